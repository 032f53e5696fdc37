"""Regular expressions that find time expressions, built from the English language pack.

Each rule is a name and one compiled pattern; the normaliser of the same name
(see ``normalise``) reads the match's named groups. Patterns run over the
whole text with ``finditer`` (C speed, linear), and overlapping matches are
settled afterwards, longest first. A group named ``body`` narrows the span
when the pattern needs context it should not include ("for years" -> "years").

Month and weekday names must be capitalised ("May 5", not "may"), so the
modal verb and other homographs are not taken for dates.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from claimcheck.lang.en import calendar as cal
from claimcheck.lang.en import numbers as num
from claimcheck.lang.en import time_words as tw


def _escape(word: str) -> str:
    """``word`` as a pattern: any run of spaces, either apostrophe."""
    return re.escape(word).replace(r"\ ", r"\s+").replace("'", "['’]")


def _alt(words, *, capital: bool = False) -> str:
    """An alternation of ``words``, longest first; optionally the first letter capital."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        body = _escape(word)
        if capital:
            body = "(?-i:" + re.escape(word[0].upper()) + ")" + _escape(word[1:])
        parts.append(body)
    return "(?:" + "|".join(parts) + ")"


L = r"(?<![\w.'’-])"  # left edge: not inside a word or number
R = r"(?!\w)(?!['’](?!s\b)\w)"  # right edge; a possessive or closing quote may follow
MON = _alt(cal.MONTHS, capital=True) + r"(?![a-z])"
MON_DAY = "(?:" + MON + "|" + _alt(cal.MONTH_ABBREVIATIONS, capital=True) + r"(?![a-z.]))"
"""A month beside a day number, where "Nov 5" without its period is safe too."""
WD = _alt(cal.WEEKDAYS, capital=True) + r"(?![a-z])"
DAYN = (
    r"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d|%)|"
    + "|".join(w.replace("-", r"[-\s]") for w in sorted(cal.DAY_ORDINALS, key=len, reverse=True))
    + r"(?![\w-]))"
)
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d,]\d|%|\w)"
ONES = "(?:" + "|".join(num.ONES_WORDS) + ")"
TENS = "(?:" + "|".join(num.TENS_WORDS) + ")"
NUM = (
    r"(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+1/2)?|" + TENS + r"(?:[-\s]" + ONES + ")?|"
    + _alt(set(num.SMALL_NUMBERS) | set(num.VAGUE_NUMBERS)) + r")(?:\s+and\s+a\s+half)?"
)
UNIT = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|"
    r"centur(?:y|ies)|millenni(?:um|a)|weekend)s?(?![\w])"
)
PART = r"(?:morning|afternoon|evening|night)"
MOD_PRE = (
    r"(?P<mod>(?:early|late|mid|earlier|later)(?:-|\s+)(?:in\s+)?|(?:the\s+)?(?:very\s+)?"
    r"(?:end|beginning|start|middle|close|first\s+part|latter\s+part|last\s+part)\s+of\s+)"
)
MOD_NUM = (
    r"(?P<mod>about|around|roughly|approximately|nearly|almost|more\s+than|less\s+than|"
    r"fewer\s+than|longer\s+than|over|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|"
    r"no\s+less\s+than|just\s+over|just\s+under|well\s+over|some|"
    r"nearly)(?!\s+the\b)"
)
_ABBR = _alt(cal.WEEKDAY_ABBREVIATIONS, capital=True)
WD_ABBR = "(?:" + _ABBR + r"(?=,\s)|(?<![A-Za-z]\s)" + _ABBR + r"(?=\s))"
"""'Fri, March 22' or ', Fri March 22', never 'the Sun March 5 edition'."""
WD_PRE = r"(?:(?P<wd>" + WD + "|" + WD_ABBR + r")\.?,?\s+(?:the\s+)?)?"
REL = (
    r"(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+last|the\s+previous|"
    r"the\s+coming|the\s+next|the\s+following|the\s+current|the\s+latest|the\s+very\s+same|"
    r"the\s+same|that\s+same|that\s+very|that|"
    r"the\s+prior|the\s+preceding|earlier\s+this|later\s+this|earlier\s+that|later\s+that|"
    r"earlier\s+in\s+the|later\s+in\s+the|later\s+that|the\s+most\s+recent|the\s+current)"
)
HOLIDAY = _alt(
    [
        *cal.HOLIDAYS,
        *cal.NTH_WEEKDAY_HOLIDAYS,
        *cal.EASTER_HOLIDAYS,
        *cal.OTHER_HOLIDAYS,
    ]
)

RULES: list[tuple[str, str]] = [
    ("date_numeric", r"(?<![\d/.-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/"
                     r"(?P<y>\d{4}|\d{2})(?![\d/])"),
    ("date_iso", r"(?<![\d-])(?P<y>(?:1[5-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-"
                 r"(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])"),
    ("date_mdy", L + MOD_PRE + "?" + r"(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?"
                 + WD_PRE + r"(?P<mon>" + MON_DAY + r")\s+(?:the\s+)?(?P<day>" + DAYN
                 + r")(?!\s*(?:million|billion|percent))(?:,?\s+(?P<year>" + YEAR + r")|"
                 r"(?=\s*(?:[-–]|to|through|and)\s*(?:" + MON_DAY
                 + r"\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+(?P<ryear>" + YEAR + ")))?"),
    ("week_of", L + r"(?:the\s+)?week\s+of\s+(?P<mon>" + MON_DAY + r")\s+(?:the\s+)?(?P<day>"
                + DAYN + r")(?:,?\s+(?P<year>" + YEAR + "))?"),
    ("date_range_end", L + r"(?P<mon>" + MON_DAY + r")\s+(?P<d1>3[01]|[12]\d|0?[1-9])"
                       r"(?:\s*[-–]\s*|\s+(?:to|through|until|and)\s+)"
                       r"(?P<body>(?:(?P<mon2>" + MON_DAY + r")\s+)?(?P<day>3[01]|[12]\d|0?[1-9])"
                       r"(?!\d|:\d|%)(?:,?\s+(?P<year>" + YEAR + r"))?)"
                       r"(?!\s*(?:million|billion|percent))"),
    ("date_range_dmy", L + r"(?P<d1>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)"
                       r"(?:\s*[-–]\s*|\s+(?:to|through|until|and)\s+)"
                       r"(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)\s+(?:of\s+)?(?P<mon>"
                       + MON_DAY + r")(?:,?\s+(?P<year>" + YEAR + "))?"),
    ("date_dmy", L + WD_PRE + r"(?:the\s+)?(?P<day>" + DAYN + r")\s+(?:of\s+)?(?P<mon>" + MON_DAY
                 + r")(?:,?\s+(?P<year>" + YEAR + "))?"),
    ("month_year", L + MOD_PRE + r"?(?P<mon>" + MON + r"),?\s+(?:of\s+)?(?P<year>" + YEAR
                   + r"|['’]\d\d(?!\w))"),
    ("month", L + MOD_PRE + r"?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|each|every)\s+)?"
              r"(?P<mon>" + MON + r")(?:\s+(?P<rel2>this|last|next)\s+year)?"),
    ("weekday", L + r"(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this\s+past|"
                r"this\s+coming|this|the\s+previous|the\s+following|the\s+next|each|every)\s+)?"
                r"(?P<wd>" + WD + r")(?P<pl>s)?(?:\s+(?P<part>" + PART + r")s?)?"
                r"(?!\s+(?:Agreement|Accords?|Islands?)\b)"),
    ("time", L + r"(?:(?P<mod>about|around|at\s+about|at\s+around|approximately|shortly\s+after|"
             r"shortly\s+before|just\s+after|just\s+before)\s+)?(?P<h>1[0-2]|0?[1-9])"
             r"(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\.?(?![a-z])|o['’]clock)"
             r"(?:\s+(?P<tz>" + _alt(cal.TIME_ZONES) + r")\b)?"
             r"(?:,?\s+(?:(?P<wd>" + WD + r")|(?P<rd>yesterday|today|tomorrow)|(?P<mon>" + MON
             + r")\s+(?P<day>" + DAYN + r")))?"),
    ("time24", L + r"(?P<h>[01]?\d|2[0-3]):?(?P<min>[0-5]\d)\s*(?P<tz>" + _alt(cal.TIME_ZONES)
               + r")\b"),
    ("time_in_the", L + r"(?P<h>" + NUM + r")\s+in\s+the\s+(?P<part>morning|afternoon|evening)"),
    ("noon", L + r"(?P<w>noon|midnight|midday)(?:\s+(?:(?P<wd>" + WD
             + r")|(?P<rd>yesterday|today|tomorrow)))?" + R),
    ("part_of_day", L + r"(?:(?P<mod>early|late|later|earlier|mid)[-\s]+)?"
                    r"(?:(?P<rel>this|that|last|(?<=\bin\s)the|(?<=\bduring\s)the|"
                    r"tomorrow|yesterday|the\s+next|the\s+following|the\s+previous)\s+"
                    r"|(?<=\bmid-)|(?<=\bmid\s))"
                    r"(?P<part>" + PART + ")"
                    r"(?:\s+(?P<rd>yesterday|today|tomorrow))?" + R),
    ("rel_day", L + r"(?:(?P<mod>early|late|earlier|later)\s+)?(?P<rd>the\s+day\s+before\s+"
                r"yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|overnight)"
                r"(?:\s+(?P<part>" + PART + r"))?" + R),
    ("rel_unit", L + MOD_PRE + "?" + REL + r"\s+(?P<unit>day|week|weekend|month|year|quarter|"
                 r"decade|century|fiscal\s+year|calendar\s+year|school\s+year|half|morning|night)"
                 r"(?![\w-])"),
    ("edge_of_unit", L + MOD_PRE + r"(?P<rel>the)\s+(?P<unit>week|month|year|decade|century)"
                     r"(?![\w-])"),
    ("fiscal_year", L + r"(?P<rel>the(?:\s+(?:current|latest|previous|last|next|coming|new|"
                    r"same|prior))?)\s+(?:fiscal|full|calendar|financial)\s+(?P<unit>year)"
                    r"(?!\s+(?:\d|ended|ending|that|which))(?![\w-])"),
    ("year_end", L + r"(?P<w>year-end|year['’]s\s+end|year\s+end)(?![\w-])"),
    ("year_ago", L + r"(?P<w>year-ago|year-earlier)(?![\w-])"),
    ("the_weekend", L + r"(?:over\s+)?(?P<body>(?P<rel>the)\s+(?P<unit>weekend))" + R),
    ("ago", L + "(?:" + MOD_NUM + r"\s+)?(?P<num>" + NUM + r")[\s-]+(?P<unit>" + UNIT
            + r")\s+(?:or\s+so\s+)?ago" + R),
    ("offset", L + "(?:" + MOD_NUM + r"\s+)?(?P<num>" + NUM + r")[\s-]+(?P<unit>" + UNIT
               + r")\s+(?P<dir>later|earlier|before|after|afterwards?|prior|previously|"
               r"from\s+now|hence)" + R),
    ("offset_the", L + r"(?P<num>the)\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)"
                   r"(?!\s+(?:yesterday|tomorrow))" + R),
    ("duration", L + "(?:" + MOD_NUM + r"\s+)?(?:(?P<det>the|a|an|its|each\s+of\s+the|all)"
                 r"\s+)?(?:(?P<rel>past|last|next|first|coming|previous|final|"
                 r"latest|additional|following|remaining|initial|ensuing|preceding)\s+)?"
                 r"(?P<num>" + NUM + r")(?:\s+(?:more|additional|straight|consecutive|full|long|"
                 r"short|trading|business|calendar|working|extra))?[\s-]+(?P<unit>" + UNIT
                 + r")(?![\s-]*old\b)(?P<half>\s+and\s+a\s+half)?"
                 r"(?:[\s-]+(?P<tail>long|period|term|span|stint|window|stretch))?"
                 r"(?:\s+(?P<orso>or\s+so))?" + R),
    ("bare_units", L + r"(?!(?<=\bearly\s)hours|(?<=\bsmall\s)hours|(?<=\bwee\s)hours)"
                   r"(?:the\s+)?(?P<body>(?:(?:the\s+)?(?:recent|coming|past|next|last)\s+)?"
                   r"(?P<unit>days|weeks|months|quarters|years|decades|hours|minutes|centuries))"
                   r"(?!\s+(?:old|of\s+age|ago))" + R),
    ("the_unit", L + r"(?:(?P<pre>for|during|over|throughout|within)\s+)?(?P<body>the\s+"
                 r"(?P<unit>year|week|month))(?!\s*-|\s+(?:before|after|earlier|later|ago|"
                 r"to\s+date|of|in|that|when))(?![\w-])(?=\s+(?P<ended>ended|ending))?"),
    ("decade", L + MOD_PRE + r"?(?:the\s+)?(?:(?P<mod2>early|mid|late)[-\s]+)?(?:(?P<y>1\d\d|20\d)"
               r"0['’]?s|['’](?P<yy>\d)0['’]?s|(?P<word>"
               + _alt(num.DECADE_WORDS) + r"))" + R),
    ("century", L + r"(?:the\s+)?(?:(?P<mod2>early|mid|late)[-\s]+)?(?P<ord>"
                + _alt(num.ORDINALS) + r")[\s-]+century" + R),
    ("year_range", L + r"(?P<y1>(?:1[5-9]|20)\d\d)\s*[-–]\s*(?P<y2>(?:1[5-9]|20)\d\d|\d\d)"
                   r"(?![\d%-]|\w)"),
    ("year", L + MOD_PRE + r"?(?:(?P<pre>fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+year|"
             r"the\s+fiscal\s+year|model\s+year|FY|year|post-|pre-|mid-)\s*)?(?<![\d$£€.,/])(?<!\d-)"
             r"(?P<year>" + YEAR + r")(?:\s+(?P<post>and\s+beyond|or\s+later|or\s+earlier|"
             r"and\s+after|or\s+so))?"),
    ("quarter", L + r"(?:(?P<det>the|its|this|that|last|next|a)\s+)?(?:(?:(?P<y1>" + YEAR
                + r")|(?P<yrel>last|this|next)\s+year['’]s|(?P<adj>year-ago|year-earlier|"
                r"comparable|corresponding|current|latest|recent|same|previous|past|final|fiscal|"
                r"calendar|flat|strong|weak|disappointing|record))[\s-]+)*(?P<ord>first|second|"
                r"third|fourth|1st|2nd|3rd|4th|final|last)?[\s-]*(?:fiscal[\s-]+|calendar[\s-]+)?"
                r"(?P<kw>quarter|period)(?P<pl>s)?(?!ly|-to-)"
                r"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y2>" + YEAR
                + r")|(?P<yrel2>this|last|next|the)\s+year))?" + R),
    ("half", L + r"(?:(?P<det>the|its|this|last|next)\s+)?(?:(?P<adj>fiscal|calendar)[\s-]+)?"
             r"(?P<ord>first|second|last|latter|final)[\s-]+half(?:\s+of\s+(?:(?P<y2>" + YEAR
             + r")|(?P<yrel2>this|last|next|the)\s+year))?" + R),
    ("period_code", L + r"(?-i:(?:(?P<p>[QH])(?P<n>[1-4])|(?P<n2>[1-4])(?P<p2>Q)))"
                    r"(?:(?:\s+|\s*[-/]\s*)(?:(?-i:FY)\s*)?(?P<y>" + YEAR + r")|['’](?P<yy>\d\d))?"
                    r"(?![\w-])"),
    ("season", L + MOD_PRE + r"?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|the|that|each|"
               r"every|early|late|mid)[\s-]+)?(?P<season>spring|summer|fall|autumn|winter)"
               r"(?:\s+(?:of\s+)?(?P<year>" + YEAR + r"))?(?![\w-])"),
    ("set_adverb", L + r"(?P<w>" + _alt(tw.SET_ADVERBS) + r")(?![\w-])"),
    ("set_every", L + r"(?P<q>every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>" + NUM
                  + r")\s+)?(?:(?P<unit>" + UNIT + r")|(?P<wd>" + WD + r")|(?P<mon>" + MON + "))"),
    ("set_freq", L + r"(?P<f>once|twice|thrice|(?:" + NUM + r")\s+times)\s+(?:a|an|per|each|every)"
                 r"\s+(?P<unit>" + UNIT + ")"),
    ("vague", L + r"(?P<w>" + _alt([w for w in tw.VAGUE_REFS if w not in ("earlier", "formerly")])
              + r")(?![\w-])"),
    ("holiday", L + r"(?:(?P<rel>last|next|this)\s+)?(?P<h>" + HOLIDAY + r")" + R
                + r"(?!\s+(?:Islands?|Agreement|Accords?|Rising|Rebellion|Uprising|Offensive|"
                r"Truce)\b)"),
    ("spelled_year", L + r"(?:(?P<c>nineteen)[\s-]+(?P<t>" + TENS + r")(?:[\s-]+(?P<o>" + ONES
                     + r"))?|the\s+year\s+(?P<k>two\s+thousand))" + R),
]

NAMES: list[str] = [name for name, _ in RULES]
"""The rules in the order they run (a tie between two matches goes to the earlier)."""


def _heads(words: Iterable[str]) -> tuple[str, ...]:
    """The first three letters of ``words``: every word contains its own ("sept." "sep")."""
    return tuple(sorted({w[:3] for w in words}))


_MONTHS = _heads([*cal.MONTHS, *cal.MONTH_ABBREVIATIONS])
_WEEKDAYS = _heads([*cal.WEEKDAYS, *cal.WEEKDAY_ABBREVIATIONS])
_UNITS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter",
          "year", "decade", "centur", "millenni", "weekend")
CUES: dict[str, tuple[tuple[str, ...], ...]] = {
    "date_mdy": (_MONTHS,),
    "week_of": (("week",), _MONTHS),
    "date_range_end": (_MONTHS,),
    "date_range_dmy": (_MONTHS,),
    "date_dmy": (_MONTHS,),
    "month_year": (_MONTHS,),
    "month": (_MONTHS,),
    "weekday": (_WEEKDAYS,),
    "time_in_the": (("morning", "afternoon", "evening"),),
    "noon": (("noon", "midnight", "midday"),),
    "ago": (("ago",), _UNITS),
    "offset": (("later", "earlier", "before", "after", "prior", "previously", "from", "hence"),
               _UNITS),
    "duration": (_UNITS,),
    "bare_units": (("days", "weeks", "months", "quarters", "years", "decades", "hours",
                    "minutes", "centuries"),),
    "the_unit": (("year", "week", "month"),),
    "century": (("century",),),
    "quarter": (("quarter", "period"),),
    "half": (("half",),),
    "season": (("spring", "summer", "fall", "autumn", "winter"),),
    "set_every": (("every", "each", "per"),),
    "set_freq": (("once", "twice", "thrice", "times"), _UNITS),
    "spelled_year": (("nineteen", "thousand"),),
}
"""Words a rule's every match contains, one of each group (case aside): a text without them
cannot match, so the rule is neither compiled nor run on it. Compiling all 42 patterns
costs 50-80 ms of a cold start; a typical article needs about half. The meta-test
``tests/extraction/time/test_cues.py`` proves each group from the pattern's syntax."""


@functools.cache
def compiled(name: str) -> re.Pattern[str]:
    """The rule's pattern, compiled on first use."""
    return re.compile(_PATTERNS[name], re.IGNORECASE)


def rules_for(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The rules that can match ``text``, in order, each with its compiled pattern.

    A cue is looked for as a substring of the case-folded text (``in``, not a regex
    search per group and rule): folding maps every character that a case-blind
    pattern matches to an ASCII letter ("K", the Kelvin sign, "ſ") onto that letter,
    so no rule that could match is left out."""
    folded = text.casefold()
    present: dict[tuple[str, ...], bool] = {}

    def has(words: tuple[str, ...]) -> bool:
        if words not in present:
            present[words] = any(w in folded for w in words)
        return present[words]

    return [(name, compiled(name)) for name in NAMES
            if all(has(words) for words in CUES.get(name, ()))]


_PATTERNS = dict(RULES)
