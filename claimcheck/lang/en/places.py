"""Names of countries as news writes them, and nationality adjectives.

pycountry knows "Russian Federation" and "Korea, Democratic People's
Republic of"; news writes "Russia" and "North Korea". These tables map the
common forms to ISO 3166-1 alpha-2 codes.
"""

from __future__ import annotations

COUNTRY_ALIASES: dict[str, str] = {
    "us": "US", "u.s.": "US", "u.s": "US", "usa": "US", "u.s.a.": "US", "america": "US",
    "united states": "US", "united states of america": "US", "the states": "US",
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "united kingdom": "GB",
    "england": "GB", "scotland": "GB", "wales": "GB",
    "russia": "RU", "north korea": "KP", "south korea": "KR", "korea": "KR",
    "iran": "IR", "syria": "SY", "turkey": "TR", "turkiye": "TR", "türkiye": "TR",
    "vietnam": "VN", "laos": "LA", "bolivia": "BO", "venezuela": "VE", "moldova": "MD",
    "tanzania": "TZ", "taiwan": "TW", "czech republic": "CZ", "czechia": "CZ",
    "palestine": "PS", "ivory coast": "CI", "the netherlands": "NL", "holland": "NL",
    "uae": "AE", "u.a.e.": "AE", "emirates": "AE", "drc": "CD", "congo": "CG",
    "democratic republic of congo": "CD", "democratic republic of the congo": "CD",
    "vatican": "VA", "burma": "MM", "macedonia": "MK", "swaziland": "SZ", "cape verde": "CV",
    "east timor": "TL", "brunei": "BN", "micronesia": "FM", "kosovo": "XK",
}
"""Common country names and abbreviations, lower-case, to ISO alpha-2 codes."""

NOT_IN_PYCOUNTRY = {"XK": "Kosovo"}

DEMONYMS: dict[str, str] = {
    "american": "US", "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB",
    "dutch": "NL", "belgian": "BE", "french": "FR", "german": "DE", "italian": "IT",
    "spanish": "ES", "portuguese": "PT", "irish": "IE", "swiss": "CH", "austrian": "AT",
    "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "icelandic": "IS",
    "polish": "PL", "czech": "CZ", "slovak": "SK", "hungarian": "HU", "romanian": "RO",
    "bulgarian": "BG", "greek": "GR", "turkish": "TR", "cypriot": "CY", "maltese": "MT",
    "estonian": "EE", "latvian": "LV", "lithuanian": "LT", "ukrainian": "UA",
    "russian": "RU", "belarusian": "BY", "moldovan": "MD", "georgian": "GE",
    "armenian": "AM", "azerbaijani": "AZ", "serbian": "RS", "croatian": "HR",
    "slovenian": "SI", "bosnian": "BA", "albanian": "AL", "macedonian": "MK",
    "montenegrin": "ME", "luxembourgish": "LU", "canadian": "CA", "mexican": "MX",
    "brazilian": "BR", "argentine": "AR", "argentinian": "AR", "chilean": "CL",
    "colombian": "CO", "peruvian": "PE", "venezuelan": "VE", "cuban": "CU",
    "bolivian": "BO", "ecuadorian": "EC", "uruguayan": "UY", "paraguayan": "PY",
    "chinese": "CN", "japanese": "JP", "korean": "KR", "south korean": "KR",
    "north korean": "KP", "taiwanese": "TW", "indian": "IN", "pakistani": "PK",
    "afghan": "AF", "bangladeshi": "BD", "sri lankan": "LK", "nepali": "NP",
    "nepalese": "NP", "vietnamese": "VN", "thai": "TH", "indonesian": "ID",
    "malaysian": "MY", "singaporean": "SG", "filipino": "PH", "philippine": "PH",
    "australian": "AU", "new zealand": "NZ", "iranian": "IR", "iraqi": "IQ",
    "syrian": "SY", "lebanese": "LB", "israeli": "IL", "palestinian": "PS",
    "jordanian": "JO", "saudi": "SA", "emirati": "AE", "qatari": "QA", "kuwaiti": "KW",
    "omani": "OM", "yemeni": "YE", "egyptian": "EG", "libyan": "LY", "tunisian": "TN",
    "algerian": "DZ", "moroccan": "MA", "sudanese": "SD", "ethiopian": "ET",
    "kenyan": "KE", "tanzanian": "TZ", "ugandan": "UG", "rwandan": "RW",
    "nigerian": "NG", "ghanaian": "GH", "senegalese": "SN", "malian": "ML",
    "south african": "ZA", "zimbabwean": "ZW", "zambian": "ZM", "angolan": "AO",
    "mozambican": "MZ", "congolese": "CD", "somali": "SO", "eritrean": "ER",
    "kazakh": "KZ", "uzbek": "UZ", "mongolian": "MN", "burmese": "MM",
    "cambodian": "KH", "laotian": "LA", "haitian": "HT", "jamaican": "JM",
}
"""Nationality adjectives, lower-case, to ISO alpha-2 codes."""

DEMONYM_NOUNS: dict[str, str] = {
    "briton": "GB", "englishman": "GB", "englishwoman": "GB", "scot": "GB",
    "welshman": "GB", "dutchman": "NL", "dutchwoman": "NL", "frenchman": "FR",
    "frenchwoman": "FR", "irishman": "IE", "irishwoman": "IE", "spaniard": "ES",
    "swede": "SE", "dane": "DK", "finn": "FI", "pole": "PL", "turk": "TR", "norwegian": "NO",
}
"""Nouns for a person of a nationality whose adjective differs ("a Briton", "a Dutchman")."""

CONTINENTS = frozenset(
    {"europe", "asia", "africa", "north america", "south america", "latin america",
     "oceania", "antarctica", "middle east", "the middle east"}
)
"""Continent and macro-region names: places, but never resolved to a country."""
