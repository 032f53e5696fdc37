"""Wording templates for the varied-wording mutation benchmark, written fresh for it.

Each template is a short article in wire style built around one construction
(a participle or relative clause on an event noun, an apposition or a
parenthesis on a date, a premodifier or possessive, a fronted adverbial,
coordination, a reporting verb with its own date, a pronoun ...). Rendered
with a ``wording_context.Draw`` it is consistent; with the values named in
``mutate`` swapped for their ``*_bad`` twins it holds exactly one slip that
the rule ``code`` is there to catch. No template was written from a failing
case: they were written before the benchmark was first run.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Template:
    code: str
    id: str
    text: str
    mutate: dict[str, str] = field(default_factory=dict)

    @property
    def family(self) -> str:
        return {"DT": "dates", "PL": "places", "PE": "people", "QT": "quotes",
                "NU": "numbers"}[self.code[:2]]


def _t(code: str, id: str, mutate: str, *paragraphs: str) -> Template:
    slots = dict(pair.split("->") for pair in mutate.split()) if mutate else {}
    return Template(code, id, "\n\n".join(paragraphs) + "\n", slots)


TEMPLATES: list[Template] = [
    # ---- dates: a weekday beside its date (DT01) ----
    _t("DT01", "apposition-weekday", "wd_ev->wd_ev_bad",
       "{A_last} begins talks in {city1}",
       "{A_full}, the {A_nat} {A_title}, arrived in {city1} on {md_ev}, a {wd_ev}, for two "
       "days of talks with {B_full}.", "{filler1}"),
    _t("DT01", "parenthesis-date", "wd_ev->wd_ev_bad",
       "Parliament backs budget",
       "Lawmakers in {country1} approved the budget on {wd_ev} ({dm_ev}) after a debate that "
       "lasted through the night, {S_full}, a parliamentary spokesperson, said.", "{filler2}"),
    _t("DT01", "fronted-full-date", "wd_ev->wd_ev_bad",
       "Port workers strike",
       "On {wd_ev}, {mdy_ev}, hundreds of dock workers walked off the job at the port of "
       "{city1}, halting traffic for most of the day.", "{filler1}"),
    _t("DT01", "relative-clause", "wd_ev->wd_ev_bad",
       "Crowds mark anniversary",
       "The ceremony, which took place on {wd_ev}, {ap_ev}, drew thousands of people to the "
       "main square of {city1}.", "{filler3}"),
    _t("DT01", "participle-day-first", "wd_ev->wd_ev_bad",
       "{A_last} wins vote",
       "The vote, held on {wd_ev} {dm_ev}, gave {A_full} a clear majority in the party.",
       "{filler2}"),
    # ---- dates: an offset against a stated day (DT02) ----
    _t("DT02", "offset-after-election", "n_off->n_off_bad",
       "{A_last} visits {city1}",
       "{A_full} flew to {city1} on {wd_ev}, {n_off} days after the {md_anchor} election that "
       "returned {A_poss} party to power.", "{filler1}"),
    _t("DT02", "fronted-later", "N_off->N_off_bad",
       "New parliament meets",
       "Voters in {country1} went to the polls on {md_anchor}.",
       "{N_off} days later, on {wd_ev}, the new parliament met for the first time in "
       "{city1}.", "{filler2}"),
    _t("DT02", "coordination-later", "n_off->n_off_bad",
       "Rail strike ends",
       "The rail strike began on {ap_anchor} and ended on {wd_ev}, {n_off} days later, when "
       "unions accepted a new offer from {org}.", "{filler3}"),
    _t("DT02", "offset-before-clause", "n_off->n_off_bad",
       "Minister resigns",
       "{A_full} resigned on {wd_ev}, {n_off} days after {A_pron} was questioned by "
       "prosecutors on {dm_anchor}.", "{filler1}"),
    # ---- dates: order between events (DT03) ----
    _t("DT03", "confirmed-in-statement", "wd_said->wd_said_bad",
       "Ministers meet in {city1}",
       "{A_full} and {B_full} met in {city1} on {wd_ev}, {S_full} confirmed in a statement "
       "released on {wd_said}.", "{filler2}"),
    _t("DT03", "reporting-pluperfect", "wd_said->wd_said_bad",
       "Talks held in {city1}",
       "{S_full}, a government spokesperson, said on {wd_said} that the talks had taken place "
       "in {city1} on {wd_ev}.", "{filler1}"),
    # the vote is told as past: "ahead of the summit on {wd_ev}" alone may name the coming
    # weekday, which a saying after the past one precedes (no contradiction)
    _t("DT03", "ahead-of", "wd_before->wd_after",
       "Vote counted",
       "Ahead of the vote, which was held on {wd_ev}, {A_last} told reporters on {wd_before} "
       "that {A_pron} expected a close result.", "{filler3}"),
    _t("DT03", "after-clause", "wd_said->wd_said_bad",
       "Delegations return",
       "After the negotiations ended in {city1} on {wd_ev}, the two delegations flew home on "
       "{wd_said}.", "{filler2}"),
    # ---- dates: a past event after publication (DT04) ----
    _t("DT04", "past-full-date", "mdy_past_late->mdy_future",
       "Bridge reopens",
       "The bridge over the river in {city1} was reopened to traffic on {mdy_past_late}, "
       "{org} said.", "{filler1}"),
    _t("DT04", "arrest-at-home", "mdy_past_late->mdy_future",
       "Former official arrested",
       "Police arrested {C_full}, a former {C_nat} official, at {C_poss} home in {city1} on "
       "{mdy_past_late}.", "{filler2}"),
    _t("DT04", "reported-fire", "mdy_past_late->mdy_future",
       "Fire destroys market",
       "Firefighters said the blaze broke out on {mdy_past_late} and burned for two days "
       "before it was brought under control.", "{filler3}"),
    # ---- dates: impossible, lengths, dated twice (DT05, DT06, DT08) ----
    _t("DT05", "day-past-month-end", "day30->day31",
       "Referendum date set",
       "The referendum will be held on {month30} {day30}, {A_full} told parliament.",
       "{filler1}"),
    _t("DT06", "n-day-visit-range", "n_len->n_len_bad",
       "{A_last} to visit {city1}",
       "{A_full} will make a {n_len}-day visit to {city1} from {md_start} to {md_end}, "
       "{A_poss} office said.", "{filler2}"),
    _t("DT06", "lasted-n-days", "n_len->n_len_bad",
       "Festival announced",
       "The festival will run for {n_len} days, from {dm_start} to {dm_end}, organisers in "
       "{city1} said.", "{filler3}"),
    _t("DT08", "vote-held-on", "md_ev->md_other",
       "{country1} votes",
       "{country1} voted in a general election on {wd_ev}.", "{filler1}",
       "Turnout in the election, held on {md_ev}, was about 61 percent, the electoral "
       "commission said."),
    _t("DT08", "meeting-twice", "dm_ev->dm_other",
       "Leaders meet",
       "{A_full} met {B_full} in {city1} on {wd_ev}.", "{filler2}",
       "The meeting, on {dm_ev}, lasted three hours, officials said."),
    # ---- places: one event in two places (PL01) ----
    _t("PL01", "met-then-meeting-in", "place2->city2",
       "{A_last} meets {B_last}",
       "{A_full} met {B_full} in {city1} on {wd_ev} to discuss trade.", "{filler1}",
       "The meeting in {place2} lasted two hours, officials said."),
    _t("PL01", "summit-held-premodifier", "place2->city2",
       "Regional summit",
       "The summit, held in {city1} on {wd_ev}, brought together leaders from a dozen "
       "countries.", "{filler2}",
       "At the {place2} summit, leaders agreed to meet again next year."),
    _t("PL01", "talks-took-place", "place2->city2",
       "Talks end",
       "The talks took place in {city1} and ended on {wd_ev} without an agreement.",
       "{filler3}", "Delegates left the talks in {place2} late in the evening."),
    _t("PL01", "arrested-then-arrest", "place2->city2",
       "Activist detained",
       "{C_full} was arrested at {C_poss} home in {city1} on {wd_ev}, {C_poss} lawyer said.",
       "{filler1}", "The arrest in {place2} drew protests from rights groups."),
    _t("PL01", "vote-relative-clause", "place2->city2",
       "Union vote",
       "Workers approved the deal in a vote that took place in {city1} on {wd_ev}.",
       "{filler2}", "The vote in {place2} was the third in a year."),
    _t("PL01", "conference-opened", "place2->city2",
       "Conference opens",
       "A conference on climate finance opened in {city1} on {wd_ev}.", "{filler3}",
       "Delegates at the conference in {place2} called for more aid."),
    _t("PL01", "ceremony-possessive", "place2->city2",
       "Medal ceremony",
       "The ceremony in {city1} on {wd_ev} honoured rescue workers.", "{filler1}",
       "{wd_ev}'s ceremony in {place2} was attended by {A_full}."),
    _t("PL01", "held-talks-speaking-after", "place2->city2",
       "Ministers hold talks",
       "{A_full} held talks with {B_full} in {city1} on {wd_ev}.", "{filler2}",
       "The talks in {place2} focused on energy prices."),
    _t("PL01", "funeral", "place2->city2",
       "Thousands mourn",
       "The funeral of the former president took place in {city1} on {wd_ev}.", "{filler3}",
       "Thousands attended the funeral in {place2}."),
    _t("PL01", "signing", "place2->city2",
       "Accord signed",
       "The two countries signed the accord in {city1} on {wd_ev}.", "{filler1}",
       "The signing in {place2} ended two years of negotiations."),
    # ---- people: nationality, title, misspelling, counted participants ----
    _t("PE01", "same-title-two-nationalities", "A_nat2->A_nat_bad",
       "{A_last} warns on prices",
       "{A_full}, the {A_nat} {A_title}, warned on {wd_ev} that prices would keep rising.",
       "{filler1}", "{A_last}, the {A_nat2} {A_title}, said talks would continue."),
    _t("PE01", "copula-then-apposition", "A_natnoun2->A_natnoun_bad",
       "Coach named",
       "The new coach, {A_full}, is {A_nat} and has worked abroad for a decade.", "{filler2}",
       "{A_last}, {A_natnoun2}, takes charge of the team next month."),
    _t("PE01", "premodifier-nationality", "A_nat2->A_nat_bad",
       "Minister visits",
       "{A_nat} {A_Title} {A_full} visited {city1} on {wd_ev}.", "{filler3}",
       "The {A_nat2} {A_title} also met business leaders."),
    _t("PE01", "two-offices", "office2->office_bad",
       "Government reshuffle",
       "Prime Minister {A_full} announced a cabinet reshuffle on {wd_ev}.", "{filler2}",
       "{office2} {A_last} said the changes would take effect next month."),
    _t("PE02", "surname-typo-later", "A_last2->A_last_bad",
       "{A_last} arrives",
       "{A_full} arrived in {city1} on {wd_ev} for two days of meetings.", "{filler1}",
       "{A_last} met {B_full} on the second day.", "{filler2}",
       "\u201c{q1},\u201d {A_last2} told reporters."),
    _t("PE02", "surname-typo-first-name", "A_last2->A_last_bad",
       "Court hearing",
       "{A_full}, a former {A_title}, appeared in court in {city1} on {wd_ev}.", "{filler3}",
       "Lawyers for {A_last} said the case had no basis.",
       "The judge adjourned the hearing and {A_first} {A_last2} left without comment."),
    _t("PE03", "two-leaders-named-three", "count_two->count_three",
       "Leaders meet",
       "{A_full} met {B_full} in {city1} on {wd_ev}.",
       "The {count_two} leaders discussed trade and border controls.", "{filler1}"),
    _t("PE03", "three-ministers", "count_three->count_four",
       "Ministers meet",
       "{A_full}, {B_full} and {C_full} held talks in {city1} on {wd_ev}.",
       "The {count_three} ministers agreed to meet again in the spring.", "{filler2}"),
    _t("PE03", "counted-apposition", "count_two->count_three",
       "Trade talks",
       "The {count_two} ministers, {A_full} and {B_full}, met in {city1} on {wd_ev}.",
       "{filler3}"),
    _t("PE03", "both-sides-named", "count_two->count_four",
       "Rivals meet",
       "{A_full} and {B_full} held talks in {city1} on {wd_ev}.", "{filler1}",
       "The {count_two} leaders later spoke to reporters."),
    # ---- quotes: one quote, two speakers; changed words; unbalanced marks ----
    _t("QT01", "said-then-said", "qB->q1",
       "{A_last} on the talks",
       "\u201c{q1},\u201d {A_last} said on {wd_ev}.", "{filler1}",
       "Later in the day, {B_last} said: \u201c{qB}.\u201d"),
    _t("QT01", "told-reporters-inversion", "qB->q1",
       "Talks end",
       "{A_full} told reporters: \u201c{q1}.\u201d", "{filler2}",
       "\u201c{qB},\u201d said {B_full}, speaking after the talks."),
    _t("QT01", "pronoun-speakers", "qB->q1",
       "Ministers speak",
       "{A_full} spoke first. \u201c{q1},\u201d {A_pron} said.", "{filler3}",
       "{B_full} was more cautious.",
       "\u201c{qB},\u201d {B_pron} said on {wd_ev}."),
    _t("QT01", "apposition-after-quote", "qB->q1",
       "{A_last} on aid",
       "\u201c{q1},\u201d said {A_full}, the {A_title}.", "{filler1}",
       "\u201c{qB},\u201d {C_full}, the {C_nat} envoy, added."),
    _t("QT02", "quoted-again-changed", "q1_again->q1_bad",
       "{A_last} on the plan",
       "\u201c{q1},\u201d {A_last} said on {wd_ev}.", "{filler2}",
       "As {A_last} put it later: \u201c{q1_again}.\u201d"),
    _t("QT02", "repeated-in-interview", "q1_again->q1_bad",
       "Minister defends plan",
       "{A_full} told parliament: \u201c{q1}.\u201d", "{filler3}",
       "In an interview the next day, {A_last} repeated: \u201c{q1_again}.\u201d"),
    _t("QT03", "colon-quote-unclosed", "close->close_bad",
       "{A_last} speaks",
       "{A_last} said: \u201c{q1}.{close} The talks went on into the evening.", "{filler1}"),
    _t("QT03", "said-after-unclosed", "close->close_bad",
       "Envoy on talks",
       "\u201c{q1},{close} {B_full} said on {wd_ev}.", "{filler2}"),
    _t("QT03", "straight-marks", "sclose->close_bad",
       "Minister on aid",
       "{A_full} said on {wd_ev}: \"{q2}.{sclose} Aid groups welcomed the remarks.",
       "{filler3}"),
    _t("QT03", "mid-paragraph", "close->close_bad",
       "Vote postponed",
       "The vote was postponed. \u201c{q2},{close} said {S_full}. Parliament will meet again "
       "next week.", "{filler1}"),
    # ---- numbers: a count against its list (NU01) ----
    _t("NU01", "colon-list", "n_list->n_list_bad",
       "Aid pledged",
       "{A_last} said {n_list} countries had pledged aid: {country1}, {country2} and "
       "{B_country}.", "{filler1}"),
    _t("NU01", "including-list", "n_list->n_list_less",
       "Talks widen",
       "Delegations from {n_list} countries, including {country1}, {country2} and "
       "{B_country}, joined the talks on {wd_ev}.", "{filler2}"),
]
