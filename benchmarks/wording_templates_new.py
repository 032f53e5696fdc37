"""More wording templates, written fresh by the `wording` session of issue 15.

They were written after the mechanisms of that session, but before they were first
rendered, to see whether those mechanisms carry over to wording they were not built
on; the benchmark reports them apart from ``wording_templates`` (``--set new``).
Same values and conventions as there.
"""

from __future__ import annotations

from wording_templates import Template, _t

TEMPLATES_NEW: list[Template] = [
    # ---- dates ----
    _t("DT02", "before-clause-offset", "n_off->n_off_bad",
       "Accord goes to parliament",
       "The agreement was signed on {md_anchor}, {n_off} days before {A_full} presented it "
       "to parliament on {wd_ev}.", "{filler1}"),
    _t("DT02", "detained-and-freed-later", "n_off->n_off_bad",
       "Reporter freed",
       "A journalist was detained in {city1} on {md_anchor} and freed {n_off} days later, on "
       "{wd_ev}, {A_poss} employer said.", "{filler2}"),
    _t("DT03", "report-simple-past", "wd_said->wd_said_bad",
       "Suspect flees",
       "Police said on {wd_said} that the suspect fled {city1} on {wd_ev}.", "{filler3}"),
    _t("DT03", "before-clause", "wd_before->wd_after",
       "Ministers meet",
       "Before the ministers met in {city1} on {wd_ev}, {A_last} spoke to {B_last} by phone "
       "on {wd_before}.", "{filler1}"),
    _t("DT03", "announced-after-count", "wd_said->wd_said_bad",
       "Result announced",
       "{org} announced the result on {wd_said}, after the count ended on {wd_ev}.",
       "{filler2}"),
    _t("DT08", "referendum-participle", "dm_ev->dm_other",
       "{country1} rejects plan",
       "Voters in {country1} rejected the plan in a referendum on {wd_ev}.", "{filler3}",
       "The referendum, held on {dm_ev}, drew a low turnout."),
    _t("DT08", "ceremony-twice", "md_ev->md_other",
       "Memorial unveiled",
       "The ceremony took place in {city1} on {wd_ev}.", "{filler1}",
       "At the ceremony, held on {md_ev}, {A_full} laid a wreath."),
    # ---- places ----
    _t("PL01", "hearing", "place2->city2",
       "Court hearing",
       "{C_full} appeared at a hearing in {city1} on {wd_ev}.", "{filler2}",
       "The hearing in {place2} lasted an hour."),
    _t("PL01", "strike", "place2->city2",
       "Dock strike",
       "Dock workers went on strike in {city1} on {wd_ev}.", "{filler3}",
       "The strike in {place2} ended after two days."),
    _t("PL01", "attack", "place2->city2",
       "Soldiers killed",
       "Two soldiers were killed in an attack in {city1} on {wd_ev}.", "{filler1}",
       "The attack in {place2} was the third this month."),
    _t("PL01", "place-premodified-meeting", "place2->city2",
       "Leaders meet",
       "{A_full} and {B_full} met in {city1} on {wd_ev}.", "{filler2}",
       "After the {place2} meeting, {A_last} flew home."),
    _t("PL01", "rally", "place2->city2",
       "Thousands rally",
       "Thousands joined a rally in {city1} on {wd_ev}.", "{filler3}",
       "Police said the rally in {place2} was peaceful."),
    _t("PL01", "talks-which-took-place", "place2->city2",
       "Talks end",
       "The talks, which took place in {city1} on {wd_ev}, ended without a deal.", "{filler1}",
       "{A_last} said the talks in {place2} had been useful."),
    # ---- numbers ----
    _t("NU01", "dash-list", "n_list->n_list_bad",
       "Finalists named",
       "The {n_list} finalists \u2014 {country1}, {country2} and {B_country} \u2014 will meet in "
       "{city1}.", "{filler2}"),
    _t("NU01", "parenthesis-list", "n_list->n_list_bad",
       "Joint statement",
       "Ministers from {n_list} countries ({country1}, {country2} and {B_country}) signed the "
       "statement on {wd_ev}.", "{filler3}"),
    _t("NU01", "colon-after-passive", "n_list->n_list_bad",
       "Hosts named",
       "In all, {n_list} countries were named as hosts: {country1}, {country2} and "
       "{B_country}.", "{filler1}"),
    _t("NU01", "colon-after-object", "n_list->n_list_bad",
       "Observers invited",
       "The commission invited {n_list} countries to observe the vote: {country1}, "
       "{country2} and {B_country}.", "{filler2}"),
    _t("NU01", "object-list-this-year", "n_list->n_list_bad",
       "{A_last} travels",
       "{A_full} has visited {n_list} countries this year: {country1}, {country2} and "
       "{B_country}.", "{filler3}"),
]
