"""Offices one person rarely holds at once in one country; language data for PE01."""

EXCLUSIVE_TITLES = frozenset({
    "president", "prime minister", "chancellor", "king", "queen", "emperor",
    "vice president", "foreign minister", "defence minister", "defense minister",
    "finance minister", "secretary of state", "secretary general", "secretary-general",
    "speaker", "premier", "governor", "mayor",
})
