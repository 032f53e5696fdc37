"""Random consistent news articles for the mutation benchmark, rendered from our own templates.

Every date, weekday, offset and order in an article is computed from one
publication date, so the article is consistent by construction; the
benchmark then breaks exactly one thing in its text.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

PEOPLE = [
    ("Anna", "Lindqvist", "she", "Swedish", "foreign minister"),
    ("Marek", "Kowalczyk", "he", "Polish", "prime minister"),
    ("Helena", "Marques", "she", "Portuguese", "defence minister"),
    ("Tomas", "Berglund", "he", "Danish", "prime minister"),
    ("Ines", "Carvalho", "she", "Brazilian", "trade minister"),
    ("Pieter", "Vandermeer", "he", "Dutch", "finance minister"),
    ("Kenji", "Takahashi", "he", "Japanese", "foreign minister"),
    ("Amara", "Okonkwo", "she", "Nigerian", "energy minister"),
]
SPOKESPEOPLE = [("Laura", "Bennett"), ("Samuel", "Osei"), ("Clara", "Fontaine"),
                ("Jonas", "Weber")]
CITIES = [("Geneva", "Switzerland"), ("Vienna", "Austria"), ("Nairobi", "Kenya"),
          ("Lisbon", "Portugal"), ("Oslo", "Norway"), ("Madrid", "Spain"),
          ("Warsaw", "Poland"), ("Tokyo", "Japan")]
COUNTRIES = ["Japan", "Brazil", "Kenya", "Norway", "Chile", "Canada", "Egypt", "Peru",
             "Ghana", "Austria"]
TOPICS = ["energy security", "grain exports", "border controls", "climate finance",
          "arms control", "fishing rights"]
QUOTES = [
    "We have agreed to keep working together on this for as long as it takes",
    "Nobody in this room wants the talks to fail before they have even started",
    "Our governments will not accept any further delay in the reconstruction fund",
    "This agreement is a first step and we expect more from our partners next year",
    "The people we represent deserve clear answers and they will get them from us",
]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def month_day(d: dt.date) -> str:
    return f"{d:%B} {d.day}"


@dataclass
class Generated:
    text: str
    published: dt.date
    seed: int


def generate(seed: int) -> Generated:
    """One consistent article; the same seed always gives the same article."""
    rng = random.Random(seed)
    published = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(0, 2500))
    host, guest = rng.sample(PEOPLE, 2)
    spokes = rng.choice(SPOKESPEOPLE)
    city, country = rng.choice(CITIES)
    topic = rng.choice(TOPICS)
    q1, q2 = rng.sample(QUOTES, 2)
    meeting = published - dt.timedelta(days=rng.randrange(1, 6))
    statement = meeting + dt.timedelta(days=rng.randrange(0, (published - meeting).days + 1))
    offset = rng.randrange(2, 6)
    request = meeting - dt.timedelta(days=rng.randrange(8, 20))
    election = request - dt.timedelta(days=offset)
    listed = rng.sample(COUNTRIES, rng.randrange(3, 5))
    hf, hl, hp, hn, ht = host
    gf, gl, gp, gn, gt = guest
    paragraphs = [
        f"{hl} and {gl} discuss {topic} in {city}",
        f"{hn} {ht.title()} {hf} {hl} held talks with {gn} {gt.title()} {gf} {gl} in "
        f"{city} on {WEEKDAYS[meeting.weekday()]}, according to government spokeswoman "
        f"{spokes[0]} {spokes[1]}." if rng.random() < 0.5 else
        f"{hn} {ht.title()} {hf} {hl} met {gn} {gt.title()} {gf} {gl} in {city} on "
        f"{WEEKDAYS[meeting.weekday()]}, {month_day(meeting)}, {meeting.year}.",
        f"The meeting took place on {WEEKDAYS[meeting.weekday()]} in {city}, {spokes[1]} "
        f"confirmed in a statement on {WEEKDAYS[statement.weekday()]}.",
        f"{gl}, the {gn} {gt}, sought the meeting just {NUMBER_WORDS[offset]} days after "
        f"the election on {month_day(election)}.",
        f"Speaking to reporters after the talks, {hl} said: “{q1}.”",
        f"{hl} named the {NUMBER_WORDS[len(listed)]} countries {', '.join(listed[:-1])} and "
        f"{listed[-1]} as partners in the plan for {topic}.",
        f"Ahead of the meeting, {gl} said {gp} was eager to discuss {topic} in {country}. "
        f"“{q2},” {gl} said.",
    ]
    return Generated("\n\n".join(paragraphs) + "\n", published, seed)
