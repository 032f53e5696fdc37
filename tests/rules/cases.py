"""Failing and passing cases for every rule, on our own sentences.

Each case is ``(code, expect, id, build)``: ``expect`` is the severity the
rule must report ("error", "warning", "info") or "pass" for no finding of
that code. The driver in test_rule_cases.py turns them into tests whose ids
carry the code, so ``pytest -k DT01`` runs one rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from claimcheck.models import (
    Anchor,
    AnchorKind,
    ClaimSet,
    Direction,
    EventStatus,
    Granularity,
    Qualifier,
)
from tests.rules.builders import (
    Claims,
    EntityKind,
    EventKind,
    RelationType,
    SpeakerBasis,
    Tense,
    place,
)

PUB = dt.date(2024, 11, 23)  # a Saturday
Case = tuple[str, str, str, Callable[[], ClaimSet]]
CASES: list[Case] = []


def case(code: str, expect: str, id: str):
    def register(fn: Callable[[], ClaimSet]) -> Callable[[], ClaimSet]:
        CASES.append((code, expect, id, fn))
        return fn
    return register


# DT01 -----------------------------------------------------------------------

@case("DT01", "error", "full-date-wrong-weekday")
def _():
    c = Claims("The talks were held on Friday, November 21, 2024, in Lima.", PUB)
    c.time("Friday, November 21, 2024", year=2024, month=11, day=21)
    return c.build()


@case("DT01", "pass", "full-date-right-weekday")
def _():
    c = Claims("The talks were held on Thursday, November 21, 2024, in Lima.", PUB)
    c.time("Thursday, November 21, 2024", year=2024, month=11, day=21)
    return c.build()


@case("DT01", "error", "yearless-date-year-from-publication")
def _():
    c = Claims("The talks were held on Friday, November 21, in Lima.", PUB)
    c.time("Friday, November 21", month=11, day=21)
    return c.build()


@case("DT01", "error", "a-year-in-a-name-gives-no-year")
def _():
    # "the 2022 Games" names an event; it does not move the story to 2022
    c = Claims("Crowds await the 2022 Games. On Monday, Nov. 21, the torch arrived.", PUB)
    c.time("2022", year=2022, value="2022")
    c.time("Monday, Nov. 21", month=11, day=21)
    return c.build()


@case("DT01", "pass", "yearless-date-in-a-year-the-text-gave")
def _():
    c = Claims("In 2020, the first case was found. On Tuesday, March 3, the plan was set.",
               dt.date(2024, 6, 1))
    c.time("2020", year=2020, value="2020")
    c.time("Tuesday, March 3", month=3, day=3)
    return c.build()


@case("DT01", "pass", "yearless-date-no-publication")
def _():
    c = Claims("The talks were held on Friday, November 21, in Lima.")
    c.time("Friday, November 21", month=11, day=21)
    return c.build()


@case("DT01", "error", "weekday-and-date-as-two-expressions")
def _():
    c = Claims("The vote was held on Monday, March 4, 2024.", PUB)
    c.time("Monday", weekday=1)
    c.time("March 4, 2024", year=2024, month=3, day=4)
    c.times[1] = c.times[1].model_copy(update={"span": c.span("March 4, 2024")})
    # March 4, 2024 is a Monday: make it wrong by moving the date to March 5
    c2 = Claims("The vote was held on Monday, March 5, 2024.", PUB)
    c2.time("Monday", weekday=1)
    c2.time("March 5, 2024", year=2024, month=3, day=5)
    return c2.build()


# DT02 -----------------------------------------------------------------------

def _seeking(meeting_weekday: str) -> ClaimSet:
    text = (f"The meeting took place on {meeting_weekday} in Palm Beach. Rutte met Trump just "
            "two days after Trump's election victory on November 5.")
    c = Claims(text, dt.date(2024, 11, 9))
    t_day = c.time(meeting_weekday)
    t_nov5 = c.time("November 5", month=11, day=5)
    ev_election = "ev2"
    t_offset = c.offset("two days after", ev_election, 2)
    c.event("meeting", times=[t_day, t_offset])
    c.event("election victory", EventKind.ELECTION, times=[t_nov5])
    return c.build()


@case("DT02", "warning", "two-days-after-november-5-is-not-friday")
def _():
    # the meeting's two days are in two sentences: a coreference, so a warning at most
    return _seeking("Friday")


@case("DT02", "error", "an-offset-in-the-clause-of-its-day")
def _():
    text = "The envoys conferred on Friday, two days after the vote on November 5."
    c = Claims(text, dt.date(2024, 11, 9))
    t_day = c.time("Friday")
    t_nov5 = c.time("November 5", month=11, day=5)
    t_offset = c.offset("two days after", "ev2", 2)
    c.event("conferred", times=[t_day, t_offset])
    c.event("vote", EventKind.ELECTION, times=[t_nov5])
    return c.build()


@case("DT02", "pass", "two-days-after-november-5-is-thursday")
def _():
    return _seeking("Thursday")


@case("DT02", "pass", "offset-dates-the-request-not-the-meeting")
def _():
    text = ("The meeting took place on Friday in Palm Beach. Rutte sought the meeting just "
            "two days after Trump's election victory on November 5.")
    c = Claims(text, PUB)
    t_day = c.time("Friday")
    t_nov5 = c.time("November 5", month=11, day=5)
    t_offset = c.offset("two days after", "ev3", 2)
    c.event("meeting", times=[t_day])
    c.event("sought", EventKind.REQUEST, times=[t_offset])
    c.event("election victory", EventKind.ELECTION, times=[t_nov5])
    return c.build()


# DT03 -----------------------------------------------------------------------

def _confirmed(statement_day: str) -> ClaimSet:
    text = (f"The meeting took place on Friday in Palm Beach, Dakhlallah confirmed in a "
            f"statement on {statement_day}.")
    c = Claims(text, PUB)
    t1 = c.time("Friday")
    t2 = c.time(statement_day)
    c.event("meeting", times=[t1])
    c.event("statement", EventKind.STATEMENT, times=[t2],
            relations=[(RelationType.ON_OR_AFTER, "ev1", "confirmed", None)])
    return c.build()


@case("DT03", "error", "statement-before-the-meeting-it-confirms")
def _():
    return _confirmed("Thursday")


@case("DT03", "pass", "statement-after-the-meeting")
def _():
    return _confirmed("Saturday")


@case("DT03", "pass", "statement-same-day")
def _():
    return _confirmed("Friday")


# DT04 -----------------------------------------------------------------------

def _ordered_against_a_date(text: str, cue: str, relation: RelationType, day: int,
                            planned: bool = False) -> Callable[[], ClaimSet]:
    """An event with no date of its own, placed only against a date ("met after ...")."""
    def build() -> ClaimSet:
        c = Claims(text, PUB)
        t = c.time(f"November {day}, 2024", year=2024, month=11, day=day,
                   tense=Tense.FUTURE if planned else Tense.PAST)
        c.event("meet" if planned else "met", relations=[(relation, t, cue, None)],
                status=EventStatus.PLANNED if planned else EventStatus.OCCURRED)
        return c.build()
    return build


# (expect, id, text, cue, relation, day of November, planned); published November 23
ORDERED_AGAINST_A_DATE = [
    # told as past, so on or before publication (a day's grace), yet after November 28
    ("error", "past-event-after-a-date-still-ahead",
     "The leaders met after November 28, 2024, in Rome.", "after", RelationType.AFTER, 28,
     False),
    ("error", "past-state-since-a-date-still-ahead",
     "The leaders have met weekly since November 28, 2024.", "since",
     RelationType.ON_OR_AFTER, 28, False),
    ("pass", "past-event-after-a-past-date",
     "The leaders met after November 18, 2024, in Rome.", "after", RelationType.AFTER, 18,
     False),
    ("pass", "past-event-before-a-date-ahead",
     "The leaders met before November 28, 2024, in Rome.", "before", RelationType.BEFORE, 28,
     False),
    ("pass", "planned-event-after-a-date-ahead",
     "The leaders will meet after November 28, 2024.", "after", RelationType.AFTER, 28, True),
    # a plan is read from the words, so no proof: a warning
    ("warning", "planned-event-before-a-date-gone",
     "The leaders will meet before November 18, 2024.", "before", RelationType.BEFORE, 18,
     True),
]
for _expect, _id, *_args in ORDERED_AGAINST_A_DATE:
    case("DT04", _expect, _id)(_ordered_against_a_date(*_args))


@case("DT04", "error", "past-event-after-publication")
def _():
    c = Claims("The leaders met on November 28, 2024, in Rome.", PUB)
    t = c.time("November 28, 2024", year=2024, month=11, day=28)
    c.event("met", times=[t])
    return c.build()


@case("DT04", "warning", "past-event-the-day-after-publication")
def _():
    # wires and time zones put some stories a day before the date they carry: only likely
    c = Claims("The leaders met on November 24, 2024, in Rome.", PUB)
    t = c.time("November 24, 2024", year=2024, month=11, day=24)
    c.event("met", times=[t])
    return c.build()


@case("DT04", "pass", "past-event-before-publication")
def _():
    c = Claims("The leaders met on November 18, 2024, in Rome.", PUB)
    t = c.time("November 18, 2024", year=2024, month=11, day=18)
    c.event("met", times=[t])
    return c.build()


def _quarter_end(text: str) -> ClaimSet:
    """A year-less date told as past, four days after publication, beside a year counted
    from publication (same sentence or not)."""
    c = Claims(text, dt.date(1989, 10, 27))
    year = c.time("A year earlier", value="1988", tense=None,
                  anchor=Anchor(kind=AnchorKind.PUBLICATION, offset="P1Y",
                                direction=Direction.BEFORE))
    i = int(year[1:]) - 1
    c.times[i] = c.times[i].model_copy(update={"granularity": Granularity.YEAR})
    t = c.time("Oct. 31", month=10, day=31)
    c.event("ended", times=[t])
    return c.build()


@case("DT04", "pass", "yearless-date-in-the-year-its-sentence-counts")
def _():
    return _quarter_end("A year earlier, the quarter ended Oct. 31 with a loss.")


@case("DT04", "warning", "yearless-date-beside-a-year-counted-in-another-sentence")
def _():
    return _quarter_end("The quarter ended Oct. 31. A year earlier, it made a loss.")


@case("DT04", "error", "yesterday-cannot-be-tuesday")
def _():
    c = Claims("Yesterday, Tuesday, the minister resigned.", PUB)
    t1 = c.time("Yesterday")
    t2 = c.time("Tuesday")
    c.event("resigned", EventKind.OTHER, times=[t1, t2])
    c.events[0] = c.events[0].model_copy(update={"kind": EventKind.STATEMENT})
    return c.build()


@case("DT04", "pass", "yesterday-is-friday")
def _():
    c = Claims("Yesterday, Friday, the minister resigned.", PUB)
    t1 = c.time("Yesterday")
    t2 = c.time("Friday")
    c.event("resigned", EventKind.STATEMENT, times=[t1, t2])
    return c.build()


@case("DT04", "pass", "untensed-fixture-after-publication")
def _():
    # a fixture list ("host ... on Nov. 28") has no past verb: nothing says it is done
    c = Claims("The hosts play Rome on November 28, 2024.", PUB)
    t = c.time("November 28, 2024", year=2024, month=11, day=28, tense=None)
    c.event("play", times=[t])
    return c.build()


@case("DT04", "pass", "planned-event-after-publication")
def _():
    c = Claims("The leaders will meet on November 28, 2024, in Rome.", PUB)
    t = c.time("November 28, 2024", year=2024, month=11, day=28, tense=Tense.FUTURE)
    c.event("meet", times=[t], status="planned")
    return c.build()


# DT05 -----------------------------------------------------------------------

@case("DT05", "error", "june-31")
def _():
    c = Claims("The vote is set for June 31, the committee said.", PUB)
    c.time("June 31", month=6, day=31, tense=Tense.FUTURE)
    return c.build()


@case("DT05", "error", "feb-29-non-leap-in-text-only")
def _():
    return Claims("The accord was signed on 29 February 2023 in Oslo.", PUB).build()


@case("DT05", "pass", "feb-29-leap")
def _():
    c = Claims("The accord was signed on 29 February 2024 in Oslo.", PUB)
    c.time("29 February 2024", year=2024, month=2, day=29)
    return c.build()


@case("DT05", "warning", "yearless-feb-29-in-non-leap-publication-year")
def _():
    return Claims("The accord was signed on February 29 in Oslo.", dt.date(2023, 3, 10)).build()


# DT06 -----------------------------------------------------------------------

def _summit(end: str) -> ClaimSet:
    text = f"Leaders gathered for the three-day summit from November 7 to {end} in Budapest."
    c = Claims(text, PUB)
    c.duration("three-day", 3)
    c.time("November 7", month=11, day=7)
    return c.build()


@case("DT06", "error", "three-day-summit-two-days")
def _():
    return _summit("8")


@case("DT06", "pass", "three-day-summit-three-days")
def _():
    return _summit("9")


@case("DT06", "pass", "offset-before-a-range-is-not-its-length")
def _():
    text = "A week before the fair, on March 14-15, the city hosts a conference."
    c = Claims(text, PUB)
    c.duration("A week before", 7)
    c.time("March 14", month=3, day=14)
    return c.build()


@case("DT06", "error", "duration-between-two-full-dates")
def _():
    text = "The two-day visit from March 3 to March 6 ended with a treaty."
    c = Claims(text, PUB)
    c.duration("two-day", 2)
    c.time("March 3", month=3, day=3)
    c.time("March 6", month=3, day=6)
    return c.build()


# DT07 -----------------------------------------------------------------------

@case("DT07", "info", "weekday-without-publication-date")
def _():
    c = Claims("The meeting took place on Friday in Palm Beach.")
    c.time("Friday")
    return c.build()


@case("DT07", "pass", "weekday-with-publication-date")
def _():
    c = Claims("The meeting took place on Friday in Palm Beach.", PUB)
    c.time("Friday")
    return c.build()


@case("DT07", "info", "yearless-date-across-new-year")
def _():
    c = Claims("The ceasefire began on December 30.", dt.date(2025, 1, 2))
    c.time("December 30", month=12, day=30)
    return c.build()


# DT08 -----------------------------------------------------------------------

def _two_dates(second: str, day: int) -> ClaimSet:
    text = f"The meeting took place on Friday. The meeting, on {second}, lasted an hour."
    c = Claims(text, PUB)
    t1 = c.time("Friday")
    t2 = c.time(second, month=11, day=day)
    c.event("meeting", times=[t1, t2])
    return c.build()


@case("DT08", "warning", "one-meeting-two-days")  # a coreference: a warning
def _():
    return _two_dates("November 20", 20)


@case("DT08", "pass", "one-meeting-same-day-twice")
def _():
    return _two_dates("November 22", 22)


def _dated_twice(text: str, trigger: str, kind: EventKind, first: str, second: tuple[str, int],
                 **event) -> ClaimSet:
    """One event dated by ``first`` (a weekday) or a November day, and by November ``second``."""
    c = Claims(text, PUB)
    t1 = c.time(first) if " " not in first else c.time(first, month=11, day=int(first[-2:]))
    t2 = c.time(second[0], month=11, day=second[1])
    c.event(trigger, kind, times=[t1, t2], **event)
    return c.build()


@case("DT08", "pass", "several-happenings-each-with-its-day")
def _():
    return _dated_twice("The Post made the request on Nov. 18 and then again on Nov. 19.",
                        "request", EventKind.MEETING, "Nov. 18", ("Nov. 19", 19), several=True)


@case("DT08", "warning", "one-request-two-days")  # the same kind, one happening
def _():
    return _dated_twice("The Post made the request on Nov. 18. The request, on Nov. 19, went "
                        "unanswered.", "request", EventKind.MEETING, "Nov. 18", ("Nov. 19", 19))


@case("DT08", "warning", "a-vote-held-on-one-day-dated-twice")
def _():
    return _dated_twice("The vote was held on Thursday. The vote, on November 22, drew a crowd.",
                        "vote", EventKind.OTHER, "Thursday", ("November 22", 22), one_day=True)


@case("DT08", "pass", "a-happening-of-no-named-kind-may-last")
def _():
    return _dated_twice("The strike began on Thursday. The strike, on November 22, shut the "
                        "port.", "strike", EventKind.OTHER, "Thursday", ("November 22", 22))


@case("DT08", "pass", "a-summit-spans-days")
def _():
    return _dated_twice("The summit opened on Thursday. The summit, on November 22, adopted a "
                        "text.", "summit", EventKind.SUMMIT, "Thursday", ("November 22", 22))


# PL01 -----------------------------------------------------------------------

FLORIDA = place("Florida", "region", "United States", "US", ["United States"], "Florida")
PALM_BEACH = place("Palm Beach", "city", "United States", "US", ["Florida", "United States"],
                   "Florida", 4167505)
WASHINGTON = place("Washington", "city", "United States", "US", ["United States"], None, 4140963)


def _placed(first: str, first_place, second: str, second_place) -> ClaimSet:
    text = f"Rutte met Trump in {first} on Friday. The meeting took place in {second}."
    c = Claims(text, PUB)
    a = c.entity(first, EntityKind.PLACE, place=first_place)
    b = c.entity(second, EntityKind.PLACE, place=second_place)
    c.event("met", places=[(first, a), (second, b)])
    return c.build()


@case("PL01", "warning", "palm-beach-and-washington")  # a coreference
def _():
    return _placed("Palm Beach", PALM_BEACH, "Washington", WASHINGTON)


@case("PL01", "pass", "several-happenings-each-in-its-place")
def _():
    text = ("Leaders spoke after the attacks in Paris on Friday. The attacks in Washington "
            "came later.")
    c = Claims(text, PUB)
    a = c.entity("Paris", EntityKind.PLACE,
                 place=place("Paris", "city", "France", "FR", ["France"], None, 2988507))
    b = c.entity("Washington", EntityKind.PLACE, place=WASHINGTON)
    c.event("attacks", EventKind.MEETING, places=[("Paris", a), ("Washington", b)], several=True)
    return c.build()


@case("PL01", "pass", "florida-contains-palm-beach")
def _():
    return _placed("Florida", FLORIDA, "Palm Beach", PALM_BEACH)


@case("PL01", "pass", "a-visit-to-two-countries")
def _():
    text = "Albright ended her visit to Kenya and Tanzania on Friday."
    c = Claims(text, PUB)
    a = c.entity("Kenya", EntityKind.PLACE, place=place("Kenya", "country", "Kenya", "KE", []))
    b = c.entity("Tanzania", EntityKind.PLACE,
                 place=place("Tanzania", "country", "Tanzania", "TZ", []))
    c.event("visit", EventKind.VISIT, places=[("Kenya", a), ("Tanzania", b)])
    return c.build()


@case("PL01", "pass", "two-places-named-together")
def _():
    text = "Talks were held in Geneva and Vienna on Friday."
    c = Claims(text, PUB)
    a = c.entity("Geneva", EntityKind.PLACE,
                 place=place("Geneva", "city", "Switzerland", "CH", ["Switzerland"]))
    b = c.entity("Vienna", EntityKind.PLACE,
                 place=place("Vienna", "city", "Austria", "AT", ["Austria"]))
    c.event("Talks", EventKind.TALKS, places=[("Geneva", a), ("Vienna", b)])
    return c.build()


def _voted(first: str, first_place, second: str, second_place) -> ClaimSet:
    text = f"Members voted in {first} on Friday. The vote in {second} was the third this year."
    c = Claims(text, PUB)
    a = c.entity(first, EntityKind.PLACE, place=first_place)
    b = c.entity(second, EntityKind.PLACE, place=second_place)
    c.event("voted", EventKind.ELECTION, places=[(first, a), (second, b)])
    return c.build()


LAGOS = place("Lagos", "city", "Nigeria", "NG", ["Nigeria"], None, 2332459)
KANO = place("Kano", "city", "Nigeria", "NG", ["Nigeria"], None, 2335204)


@case("PL01", "warning", "an-election-in-two-countries")
def _():
    return _voted("Lagos", LAGOS, "Paris", PARIS)


@case("PL01", "pass", "an-election-in-two-cities-of-one-country")
def _():
    return _voted("Lagos", LAGOS, "Kano", KANO)


@case("PL01", "pass", "unresolved-place-is-not-compared")
def _():
    return _placed("Palm Beach", PALM_BEACH, "Mar-a-Lago", None)


GENEVA = place("Geneva", "city", "Switzerland", "CH", ["Switzerland"], None, 2660646)
PARIS = place("Paris", "city", "France", "FR", ["France"], None, 2988507)


def _two_days(text: str, first_day: str, second_day: str, kind=EventKind.TALKS,
              trigger: str = "talks", dates: tuple[dict, dict] = ({}, {})) -> ClaimSet:
    """One event placed in Geneva and in Paris, each sentence with its own day."""
    c = Claims(text, PUB)
    a = c.entity("Geneva", EntityKind.PLACE, place=GENEVA)
    b = c.entity("Paris", EntityKind.PLACE, place=PARIS)
    t1 = c.time(first_day, **dates[0])
    t2 = c.time(second_day, nth=1 if second_day == first_day else 0, **dates[1])
    c.event(trigger, kind, times=[t1, t2], places=[("Geneva", a), ("Paris", b)])
    return c.build()


@case("PL01", "pass", "talks-move-on-to-another-city-the-next-day")
def _():
    return _two_days("The talks opened in Geneva on Monday. The talks ended in Paris on "
                     "Wednesday.", "Monday", "Wednesday")


@case("PL01", "pass", "stages-dated-by-calendar-date")
def _():
    return _two_days("The summit opened in Geneva on March 3. The summit closed in Paris on "
                     "March 5.", "March 3", "March 5", EventKind.SUMMIT, "summit",
                     ({"month": 3, "day": 3}, {"month": 3, "day": 5}))


@case("PL01", "pass", "an-abbreviated-month-does-not-end-the-sentence")
def _():
    return _two_days("The talks opened in Geneva on Monday, Nov. 18. The talks closed in Paris "
                     "on Wednesday, Nov. 20.", "Monday, Nov. 18", "Wednesday, Nov. 20",
                     dates=({"month": 11, "day": 18}, {"month": 11, "day": 20}))


@case("PL01", "warning", "same-day-in-two-cities")
def _():
    return _two_days("The ministers met in Geneva on Monday. The meeting, held in Paris on "
                     "Monday, ran late.", "Monday", "Monday", EventKind.MEETING, "met")


@case("PL01", "warning", "one-place-dated-the-other-not")
def _():
    text = "The ministers met in Geneva on Monday. The meeting in Paris ran late."
    c = Claims(text, PUB)
    a = c.entity("Geneva", EntityKind.PLACE, place=GENEVA)
    b = c.entity("Paris", EntityKind.PLACE, place=PARIS)
    c.event("met", EventKind.MEETING, times=[c.time("Monday")],
            places=[("Geneva", a), ("Paris", b)])
    return c.build()


@case("PL01", "pass", "a-date-of-the-sentence-that-dates-no-event")
def _():
    text = ("The talks began in Geneva on Monday. On Tuesday, the talks in Paris produced "
            "a draft.")
    c = Claims(text, PUB)
    a = c.entity("Geneva", EntityKind.PLACE, place=GENEVA)
    b = c.entity("Paris", EntityKind.PLACE, place=PARIS)
    c.time("Tuesday")  # hangs on "produced": the extractor gives it to no event
    c.event("talks", EventKind.TALKS, times=[c.time("Monday")],
            places=[("Geneva", a), ("Paris", b)])
    return c.build()


@case("PL01", "warning", "a-date-of-another-event-does-not-date-this-one")
def _():
    text = ("The ministers met in Geneva on Monday. The meeting in Paris was announced on "
            "Tuesday.")
    c = Claims(text, PUB)
    a = c.entity("Geneva", EntityKind.PLACE, place=GENEVA)
    b = c.entity("Paris", EntityKind.PLACE, place=PARIS)
    c.event("met", EventKind.MEETING, times=[c.time("Monday")],
            places=[("Geneva", a), ("Paris", b)])
    c.event("announced", EventKind.STATEMENT, times=[c.time("Tuesday")])
    return c.build()


# PE01 -----------------------------------------------------------------------

def _rutte(second_nationality: str, code: str) -> ClaimSet:
    text = (f"Rutte, the former Dutch prime minister, spoke. Later Rutte, the former "
            f"{second_nationality} prime minister, left.")
    c = Claims(text, PUB)
    c.entity("Rutte", roles=[
        ("the former Dutch prime minister", dict(title="prime minister", nationality="Dutch",
                                                 country_code="NL", qualifier=Qualifier.FORMER)),
        (f"the former {second_nationality} prime minister",
         dict(title="prime minister", nationality=second_nationality, country_code=code,
              qualifier=Qualifier.FORMER))])
    return c.build()


@case("PE01", "error", "dutch-and-belgian-prime-minister")
def _():
    return _rutte("Belgian", "BE")


@case("PE01", "pass", "dutch-both-times")
def _():
    return _rutte("Dutch", "NL")


@case("PE01", "warning", "prime-minister-and-president-of-one-country")
def _():
    text = "Prime Minister Costa arrived. President Costa then spoke."
    c = Claims(text, PUB)
    c.entity("Costa", roles=[("Prime Minister", dict(title="prime minister", exclusive=True)),
                             ("President", dict(title="president", exclusive=True))])
    return c.build()


@case("PE01", "pass", "two-titles-one-person-may-hold-together")
def _():
    text = "Minister Costa arrived. Spokesman Costa then spoke."
    c = Claims(text, PUB)
    c.entity("Costa", roles=[("Minister", dict(title="minister")),
                             ("Spokesman", dict(title="spokesman"))])
    return c.build()


# PE02 -----------------------------------------------------------------------

@case("PE02", "warning", "zalmay-zalmai")
def _():
    text = "Zalmay Khalilzad arrived on Monday. Later, Zalmai Khalilzad said talks went well."
    c = Claims(text, PUB)
    c.entity("Zalmay Khalilzad", mentions=[])
    return c.build()


@case("PE02", "pass", "consistent-spelling")
def _():
    text = "Zalmay Khalilzad arrived on Monday. Later, Khalilzad said talks went well."
    c = Claims(text, PUB)
    c.entity("Zalmay Khalilzad", mentions=["Khalilzad"])
    return c.build()


@case("PE02", "warning", "variant-sharing-a-surname")
def _():
    text = "Zalmay Khalilzad arrived on Monday. Later, Zalmai Khalilzad said talks went well."
    c = Claims(text, PUB)
    c.entity("Zalmay Khalilzad")
    c.entity("Zalmai Khalilzad")
    return c.build()


@case("PE02", "pass", "piece-of-a-hyphenated-name")
def _():
    text = ("Flags of Herceg-Bosna hung in Mostar on Monday. Later, Bosnia's envoy, "
            "Amra Selic, said the talks went well.")
    c = Claims(text, PUB)
    c.entity("Herceg-Bosna", EntityKind.PLACE)
    c.entity("Bosnia", EntityKind.PLACE)
    c.entity("Amra Selic")
    return c.build()


@case("PE02", "warning", "misspelt-next-to-a-hyphenated-name")
def _():
    text = ("Flags of Herceg-Bosna hung in Mostar on Monday. Amra Selic said the talks went "
            "well. Later, Amra Selik left.")
    c = Claims(text, PUB)
    c.entity("Herceg-Bosna", EntityKind.PLACE)
    c.entity("Amra Selic", mentions=[])
    return c.build()


@case("PE02", "pass", "two-different-people")
def _():
    text = "Elian Gonzalez flew home. Elias Ruiz, his lawyer, spoke to reporters."
    c = Claims(text, PUB)
    c.entity("Elian Gonzalez")
    c.entity("Elias Ruiz")
    return c.build()


@case("PE02", "pass", "demonym-is-not-a-misspelling")
def _():
    text = "Korea sent envoys. A Korean diplomat said the talks in Seoul went well."
    c = Claims(text, PUB)
    c.entity("Korea", EntityKind.PLACE)
    return c.build()


# PE03 -----------------------------------------------------------------------

def _leaders(names: list[str], stated: str, value: int) -> ClaimSet:
    text = f"{' and '.join(names)} met in Rome. The {stated} leaders discussed Ukraine."
    c = Claims(text, PUB)
    ids = [c.entity(n) for n in names]
    c.event("met", participants=list(zip(names, ids, strict=True)),
            count=(f"The {stated} leaders", value))
    return c.build()


@case("PE03", "warning", "two-leaders-three-named")
def _():
    return _leaders(["Rutte", "Trump", "Vance"], "two", 2)


@case("PE03", "pass", "two-leaders-two-named")
def _():
    return _leaders(["Rutte", "Trump"], "two", 2)


# QT01 -----------------------------------------------------------------------

def _credited(second: str) -> ClaimSet:
    text = (f'"We must act together on this," Rutte said. Later, "We must act together on '
            f'this," {second} said.')
    c = Claims(text, PUB)
    rutte = c.entity("Rutte")
    other = rutte if second == "Rutte" else c.entity(second)
    c.quote("We must act together on this,", rutte, "Rutte")
    c.quote("We must act together on this,", other, second, nth=1)
    c.quotes[1] = c.quotes[1].model_copy(update={"speaker_span": c.span(second, 1 if
                                                                         second == "Rutte" else 0)})
    return c.build()


@case("QT01", "error", "same-words-two-speakers")
def _():
    return _credited("Trump")


@case("QT01", "pass", "same-words-same-speaker")
def _():
    return _credited("Rutte")


@case("QT01", "warning", "named-speaker-and-anonymous-source")
def _():
    text = ('"We must act together on this," a senior official said. Later, "We must act '
            'together on this," Trump said.')
    c = Claims(text, PUB)
    trump = c.entity("Trump")
    c.quote("We must act together on this,", None, "a senior official",
            basis=SpeakerBasis.DESCRIPTION)
    c.quote("We must act together on this,", trump, "Trump", nth=1)
    return c.build()


@case("QT01", "pass", "a-marked-echo-is-no-misattribution")
def _():
    text = ('"We must act together on this," Rutte said. Later, "We must act together on '
            'this," Trump said, echoing Rutte.')
    c = Claims(text, PUB)
    c.quote("We must act together on this,", c.entity("Rutte"), "Rutte")
    c.quote("We must act together on this,", c.entity("Trump"), "Trump", nth=1)
    return c.build()


@case("QT01", "pass", "pronoun-is-no-second-speaker")
def _():
    text = ('"We must act together on this," Rutte said. Later, "We must act together on '
            'this," he said.')
    c = Claims(text, PUB)
    c.quote("We must act together on this,", c.entity("Rutte"), "Rutte")
    c.quote("We must act together on this,", None, "he", nth=1, basis=SpeakerBasis.PRONOUN)
    return c.build()


# QT02 -----------------------------------------------------------------------

def _reworded(second: str) -> ClaimSet:
    text = (f'"We will not accept any delay in aid," Rutte said. He repeated: "{second}"')
    c = Claims(text, PUB)
    r = c.entity("Rutte")
    c.quote("We will not accept any delay in aid,", r, "Rutte")
    c.quote(second, r, "He")
    return c.build()


@case("QT02", "warning", "one-word-changed")
def _():
    return _reworded("We will not accept a delay in aid.")


@case("QT02", "pass", "same-words")
def _():
    return _reworded("We will not accept any delay in aid.")


@case("QT02", "pass", "fragment-of-the-longer-quote")
def _():
    return _reworded("any delay in aid")


# QT03 -----------------------------------------------------------------------

@case("QT03", "warning", "curly-quote-never-closed")
def _():
    return Claims("Rutte said: “We will stand with Ukraine. The talks went on.", PUB).build()


@case("QT03", "pass", "curly-quote-closed")
def _():
    return Claims("Rutte said: “We will stand with Ukraine.” The talks went on.", PUB).build()


@case("QT03", "pass", "quote-continues-over-paragraphs")
def _():
    text = "Rutte said: “We will stand with Ukraine.\n\n“And we will not waver.”\n\nHe left."
    return Claims(text, PUB).build()


@case("QT03", "warning", "straight-quote-never-closed")
def _():
    return Claims('Rutte said: "We will stand with Ukraine. The talks went on.', PUB).build()


# QT04 -----------------------------------------------------------------------

@case("QT04", "info", "full-quote-no-speaker")
def _():
    text = "“We will not accept any delay in aid to Ukraine.” The talks ended on Friday."
    c = Claims(text, PUB)
    c.quote("We will not accept any delay in aid to Ukraine.")
    return c.build()


@case("QT04", "pass", "quote-with-speaker")
def _():
    text = "“We will not accept any delay in aid to Ukraine,” Rutte said."
    c = Claims(text, PUB)
    c.quote("We will not accept any delay in aid to Ukraine,", c.entity("Rutte"), "Rutte")
    return c.build()


# NU01 -----------------------------------------------------------------------

def _countries(word: str, value: int) -> ClaimSet:
    text = f"He named the {word} countries North Korea, Iran, China and Russia as threats."
    c = Claims(text, PUB)
    c.count(word, value, "countries", ["North Korea", "Iran", "China", "Russia"])
    return c.build()


@case("NU01", "error", "three-countries-four-listed")
def _():
    return _countries("three", 3)


@case("NU01", "pass", "four-countries-four-listed")
def _():
    return _countries("four", 4)


__all__ = ["CASES", "Direction"]


# QT and PE cases of the issue-16 work live in their own files and register here.
import tests.rules.cases_people  # noqa: E402,F401
import tests.rules.cases_quotes  # noqa: E402,F401
