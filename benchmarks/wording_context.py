"""The values a wording template is rendered with: dates, names and places for one draw.

Every value is computed from one publication date and one random source, so a
consistent rendering is consistent by construction; each ``*_bad`` value is
the slip a mutation puts in its place. Names and sentences are our own.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

# (first, last, pronoun, nationality adjective, nationality noun, country, title)
PEOPLE = [
    ("Ingrid", "Halvorsen", "she", "Norwegian", "a Norwegian", "Norway", "foreign minister"),
    ("Tobias", "Reinholt", "he", "Danish", "a Dane", "Denmark", "trade minister"),
    ("Lucia", "Ferraro", "she", "Italian", "an Italian", "Italy", "interior minister"),
    ("Mateo", "Quiroga", "he", "Chilean", "a Chilean", "Chile", "finance minister"),
    ("Yasmin", "Haddad", "she", "Lebanese", "a Lebanese", "Lebanon", "energy minister"),
    ("Oskar", "Wierzbicki", "he", "Polish", "a Pole", "Poland", "defence minister"),
    ("Hana", "Kobayashi", "she", "Japanese", "a Japanese", "Japan", "health minister"),
    ("Daniel", "Mensah", "he", "Ghanaian", "a Ghanaian", "Ghana", "justice minister"),
    ("Elena", "Petrescu", "she", "Romanian", "a Romanian", "Romania", "labour minister"),
    ("Rafael", "Montoya", "he", "Colombian", "a Colombian", "Colombia", "foreign minister"),
]
SPOKESPEOPLE = [("Martina", "Kessler", "she"), ("Felix", "Andersen", "he"),
                ("Priya", "Raman", "she"), ("Victor", "Lemaire", "he"),
                ("Nadia", "Sorensen", "she")]
# (city, its country): capitals and large cities the gazetteer holds without accents
CITIES = [("Vienna", "Austria"), ("Nairobi", "Kenya"), ("Lisbon", "Portugal"),
          ("Oslo", "Norway"), ("Madrid", "Spain"), ("Warsaw", "Poland"), ("Tokyo", "Japan"),
          ("Lima", "Peru"), ("Cairo", "Egypt"), ("Seoul", "South Korea"),
          ("Ottawa", "Canada"), ("Dublin", "Ireland"), ("Prague", "Czech Republic"),
          ("Athens", "Greece"), ("Manila", "Philippines"), ("Accra", "Ghana")]
ORGS = ["the Ministry of Transport", "the national electoral commission",
        "the Port Authority", "the state railway company", "the central bank"]
QUOTES = [
    "We came here to find common ground and we leave with a plan for the next months",
    "Nobody should expect miracles from a single round of talks on such a hard question",
    "The families who lost their homes need help now and not in another year",
    "Our two countries have more in common than the headlines would have people believe",
    "This decision was not taken lightly and it will be reviewed before the summer",
    "We will keep the border open for trade as long as the other side does the same",
]
FILLER = [
    "The government has faced criticism at home over rising prices and slow growth.",
    "Officials have said little in public about the details of the proposal.",
    "Opposition parties have called for a debate in parliament on the issue.",
    "Analysts say the outcome will shape relations in the region for years.",
    "The two countries have long disagreed over the terms of a trade deal.",
    "Several aid groups have urged both sides to put civilians first.",
]
NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
           "ten"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec."]
THIRTY_DAY_MONTHS = ["April", "June", "September", "November"]


def md(d: dt.date) -> str:
    return f"{d:%B} {d.day}"


def dm(d: dt.date) -> str:
    return f"{d.day} {d:%B}"


def ap(d: dt.date) -> str:
    return f"{AP_MONTHS[d.month - 1]} {d.day}"


def mdy(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def _typo(word: str, rng: random.Random) -> str:
    """One letter of ``word`` changed the way a hurried writer would (never the first)."""
    i = rng.randrange(2, len(word) - 1)
    vowels = "aeiou"
    if word[i] in vowels:
        return word[:i] + rng.choice([v for v in vowels if v != word[i]]) + word[i + 1:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _changed_quote(quote: str, rng: random.Random) -> str:
    words = quote.split()
    i = rng.randrange(3, len(words) - 2)
    return " ".join(words[:i] + words[i + 1:])


@dataclass
class Draw:
    published: dt.date
    values: dict[str, str]


def draw(seed: int) -> Draw:
    """The values of one rendering; the same seed always gives the same values."""
    rng = random.Random(seed)
    # between mid-February and mid-December, so no year-less date crosses New Year
    year = rng.randrange(2016, 2026)
    published = dt.date(year, 2, 15) + dt.timedelta(days=rng.randrange(0, 300))
    a, b, c = rng.sample(PEOPLE, 3)
    spokes = rng.choice(SPOKESPEOPLE)
    (city1, country1), (city2, country2) = rng.sample(CITIES, 2)
    while country2 == country1:
        city2, country2 = rng.choice(CITIES)
    ev = published - dt.timedelta(days=rng.randrange(1, 5))  # an event of the past week
    off = rng.randrange(2, 6)
    anchor = ev - dt.timedelta(days=off)  # an earlier event, `off` days before
    said = ev + dt.timedelta(days=rng.randrange(0, (published - ev).days + 1))
    before = ev - dt.timedelta(days=rng.randrange(1, 3))  # a day in the same week, before
    future = published + dt.timedelta(days=rng.randrange(9, 40))
    length = rng.randrange(2, 6)
    start = published + dt.timedelta(days=rng.randrange(10, 60))
    end = start + dt.timedelta(days=length - 1)
    other_day = ev - dt.timedelta(days=rng.choice([7, 8, 9, 10, 12]))
    wrong_wd = WEEKDAYS[(ev.weekday() + rng.choice([1, 2, 3, 4, 5, 6])) % 7]
    q1, q2 = rng.sample(QUOTES, 2)
    nat_bad = rng.choice([p for p in PEOPLE if p[3] != a[3]])
    filler = rng.sample(FILLER, 3)
    month30 = rng.choice(THIRTY_DAY_MONTHS)
    v: dict[str, str] = {
        "A_first": a[0], "A_last": a[1], "A_full": f"{a[0]} {a[1]}", "A_pron": a[2],
        "A_Pron": a[2].capitalize(), "A_poss": "her" if a[2] == "she" else "his",
        "A_nat": a[3], "A_natnoun": a[4], "A_country": a[5], "A_title": a[6],
        "A_Title": a[6].title(),
        "A_nat_bad": nat_bad[3], "A_natnoun_bad": nat_bad[4],
        "A_last_bad": _typo(a[1], rng),
        "B_first": b[0], "B_last": b[1], "B_full": f"{b[0]} {b[1]}", "B_pron": b[2],
        "B_nat": b[3], "B_title": b[6], "B_Title": b[6].title(), "B_country": b[5],
        "C_first": c[0], "C_last": c[1], "C_full": f"{c[0]} {c[1]}", "C_nat": c[3],
        "C_Title": c[6].title(),
        "S_full": f"{spokes[0]} {spokes[1]}", "S_last": spokes[1], "S_pron": spokes[2],
        "city1": city1, "country1": country1, "city2": city2, "country2": country2,
        "CITY1": city1.upper(),
        "org": rng.choice(ORGS),
        "q1": q1, "q2": q2, "q1_bad": _changed_quote(q1, rng),
        "wd_ev": WEEKDAYS[ev.weekday()], "wd_ev_bad": wrong_wd,
        "md_ev": md(ev), "dm_ev": dm(ev), "ap_ev": ap(ev), "mdy_ev": mdy(ev),
        "md_other": md(other_day), "dm_other": dm(other_day), "ap_other": ap(other_day),
        "md_anchor": md(anchor), "dm_anchor": dm(anchor), "ap_anchor": ap(anchor),
        "wd_anchor": WEEKDAYS[anchor.weekday()],
        "n_off": NUMBERS[off], "N_off": NUMBERS[off].capitalize(),
        "n_off_bad": NUMBERS[off + 1], "N_off_bad": NUMBERS[off + 1].capitalize(),
        "wd_said": WEEKDAYS[said.weekday()], "wd_before": WEEKDAYS[before.weekday()],
        # a day strictly after the event (a saying may fall on the event's own day), drawn
        # without the generator so that every other value stays as it was
        "wd_after": WEEKDAYS[max(said, ev + dt.timedelta(days=1)).weekday()],
        "mdy_future": mdy(future), "md_future": md(future), "dm_future": dm(future),
        "mdy_past_late": mdy(published - dt.timedelta(days=rng.randrange(8, 30))),
        "n_len": NUMBERS[length], "n_len_bad": NUMBERS[length + 1],
        "len": str(length), "len_bad": str(length + 1),
        "md_start": md(start), "md_end": md(end), "dm_start": dm(start), "dm_end": dm(end),
        "wd_start": WEEKDAYS[start.weekday()], "wd_end": WEEKDAYS[end.weekday()],
        "day_end": str(end.day), "ap_start": ap(start),
        "month30": month30, "year": str(published.year),
        "C_poss": "her" if c[2] == "she" else "his",
        "place2": rng.choice([city1, country1]), "A_nat2": a[3], "A_natnoun2": a[4],
        "A_last2": a[1], "count_two": "two", "count_three": "three", "count_four": "four",
        "qB": q2, "q1_again": q1, "close": "\u201d", "sclose": '"', "close_bad": "",
        "n_list": "three", "n_list_bad": "four", "n_list_less": "two",
        "office2": "Prime Minister", "office_bad": "President",
        "day30": "30", "day31": "31",
        "filler1": filler[0], "filler2": filler[1], "filler3": filler[2],
    }
    v["wd_said_bad"] = WEEKDAYS[before.weekday()]  # a saying dated before what it reports
    return Draw(published, v)
