"""The event layer against TimeML gold: recall, attachment to dates, and tense.

Reads the TimeML training files (``../shared/data/tempeval3/train``: TimeBank and
AQUAINT, reported apart), runs claimcheck's extraction on each document's TEXT with
its DCT as the publication date (one spaCy parse per document, then
``extract_claims``), and scores:

- **event recall**: gold EVENTs with a gold TIMEX3 in the same sentence (sentences as
  spaCy splits the text) that claimcheck represents as an event: the trigger or one of
  the mentions of a claimcheck event overlaps the gold EVENT's extent.
- **attachment accuracy**: gold TLINKs between an EVENT and a DATE TIMEX3 in the same
  sentence whose relation, read from the event's side, is IS_INCLUDED, DURING,
  SIMULTANEOUS, BEGINS or ENDS (a link written from the time's side is inverted:
  INCLUDES -> IS_INCLUDED, BEGUN_BY -> BEGINS, ENDED_BY -> ENDS). The share where
  the claimcheck event matching the gold event has, among its ``times``, a claimcheck
  time whose span overlaps the gold TIMEX3. Given over all such links ("all") and over
  the links whose event and time claimcheck both found ("found").
- **attachment precision**: of claimcheck's (event, time) pairs whose event matches a
  gold EVENT and whose time matches a gold DATE TIMEX3 in the same sentence, the share
  that gold links with one of the relations above and that no gold link contradicts
  (BEFORE, AFTER, IBEFORE, IAFTER). "not contradicted" also counts the pairs that gold
  leaves unlinked (TimeML links only part of the pairs), as an upper bound. "entailed by
  gold" also counts a pair that the closure of all gold TLINKs puts the event within the
  time (event-event, event-time and time-time links, and DATE values: "Tuesday",
  1998-08-18, lies within "August", 1998-08), as TempEval-3's temporal-awareness score
  reads sparse links; a pair gold contradicts still counts against.
- **tense**: for matched events whose gold instance says when, claimcheck's
  ``status`` against this mapping of the gold MAKEINSTANCE:
  modality will/would/shall/'ll, or tense FUTURE -> ``planned``;
  modality may/might/could/can/should/must -> ``uncertain``;
  tense PAST or PASTPART with no modality -> ``occurred`` (claimcheck's ``reported``,
  "reportedly happened", counts as occurred);
  anything else (PRESENT, INFINITIVE, PRESPART, NONE — most nouns) -> no gold status,
  not scored. Also printed: the share of those "no gold status" events that claimcheck
  calls ``occurred`` with a ``stated`` basis (it should not claim to know).

Usage::

    python benchmarks/events.py                      # both parts
    python benchmarks/events.py PATH... --misses 20  # most common missed event words
    python benchmarks/events.py --constructions 5    # missed links and events, grouped

A script, not a test: it prints numbers, asserts nothing.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import datetime as dt
import html
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "tempeval3" / "train"

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')

ATTACH = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS"}
INVERSE = {"INCLUDES": "IS_INCLUDED", "BEGUN_BY": "BEGINS", "ENDED_BY": "ENDS",
           "IS_INCLUDED": "INCLUDES", "BEGINS": "BEGUN_BY", "ENDS": "ENDED_BY",
           "BEFORE": "AFTER", "AFTER": "BEFORE", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE",
           "DURING": "DURING_INV", "DURING_INV": "DURING", "SIMULTANEOUS": "SIMULTANEOUS"}
CONTRADICT = {"BEFORE", "AFTER", "IBEFORE", "IAFTER"}
INSIDE = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY", "BEGINS", "ENDS"}
"""A TLINK relation that puts its source within its target (Allen's during, starts,
finishes, equals; TimeML's DURING is read as within)."""
INSIDE_INV = {"INCLUDES", "DURING_INV", "SIMULTANEOUS", "IDENTITY", "BEGUN_BY", "ENDED_BY"}
"""A TLINK relation that puts its target within its source."""
_DATE_VALUE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")
FUTURE_MODALS = {"will", "would", "shall", "'ll", "wo"}
UNCERTAIN_MODALS = {"may", "might", "could", "can", "should", "must", "ca"}


@dataclass
class GoldEvent:
    eid: str
    start: int
    end: int
    text: str
    cls: str
    tense: str = "NONE"
    modality: str = ""
    pos: str = ""


@dataclass
class GoldTimex:
    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str = ""


@dataclass
class Document:
    name: str
    part: str
    text: str
    dct: dt.date | None
    events: dict[str, GoldEvent]
    timexes: dict[str, GoldTimex]
    links: dict[tuple[str, str], set[str]]  # (eid, tid) -> relations read from the event
    inside: set[tuple[str, str]] = field(default_factory=set)  # (a, b): a lies within b,
    # every TLINK (event-event, event-time, time-time) and the DATE values, closed


def read_tml(path: Path) -> Document:
    """TEXT, DCT, EVENTs (with their first instance), TIMEX3s and event-time TLINKs."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    if m := re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw):
        value = dict(_ATTR.findall(m.group(1))).get("value", "")
        if re.match(r"\d{4}-\d\d-\d\d", value):
            dct = dt.date.fromisoformat(value[:10])
    body = raw[raw.index("<TEXT>") + len("<TEXT>"): raw.index("</TEXT>")]
    out: list[str] = []
    length, pos = 0, 0
    events: dict[str, GoldEvent] = {}
    timexes: dict[str, GoldTimex] = {}
    open_tags: dict[str, tuple[int, dict[str, str]]] = {}
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos:tag.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name = tag.group(1), tag.group(2)
        if name not in ("EVENT", "TIMEX3"):
            continue
        if not closing:
            open_tags[name] = (length, dict(_ATTR.findall(tag.group(3))))
        elif name in open_tags:
            start, attrs = open_tags.pop(name)
            if name == "EVENT":
                events[attrs["eid"]] = GoldEvent(attrs["eid"], start, length, "",
                                                 attrs.get("class", ""))
            else:
                timexes[attrs["tid"]] = GoldTimex(attrs["tid"], start, length, "",
                                                  attrs.get("type", ""), attrs.get("value", ""))
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for g in [*events.values(), *timexes.values()]:
        g.text = text[g.start:g.end]
    instances: dict[str, str] = {}
    for m in re.finditer(r"<MAKEINSTANCE([^>]*)/?>", raw):
        a = dict(_ATTR.findall(m.group(1)))
        eid, eiid = a.get("eventID", ""), a.get("eiid", "")
        instances[eiid] = eid
        ev = events.get(eid)
        if ev is not None and not ev.pos:
            ev.tense, ev.pos = a.get("tense", "NONE"), a.get("pos", "")
            ev.modality = a.get("modality", "").lower()
    links: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    within: set[tuple[str, str]] = set()
    for m in re.finditer(r"<TLINK([^>]*)/?>", raw):
        a = dict(_ATTR.findall(m.group(1)))
        rel = a.get("relType", "")
        ends = [instances.get(a["eventInstanceID"]) if "eventInstanceID" in a
                else a.get("timeID"),
                instances.get(a["relatedToEventInstance"]) if "relatedToEventInstance" in a
                else a.get("relatedToTime")]
        if all(ends):
            x, y = ends
            if rel in INSIDE:
                within.add((x, y))
            if rel in INSIDE_INV:
                within.add((y, x))
        if "eventInstanceID" in a and "relatedToTime" in a:
            eid, tid = instances.get(a["eventInstanceID"]), a["relatedToTime"]
        elif "timeID" in a and "relatedToEventInstance" in a:
            eid, tid = instances.get(a["relatedToEventInstance"]), a["timeID"]
            rel = INVERSE.get(rel, rel)
        else:
            continue
        if eid in events and tid in timexes:
            links[(eid, tid)].add(rel)
    values = {tid: t.value for tid, t in timexes.items()}
    if m := re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw):  # the DCT, linked to but not in TEXT
        a = dict(_ATTR.findall(m.group(1)))
        values[a.get("tid", "")] = a.get("value", "")
    for a_id, a_value in values.items():  # "Tuesday" (1998-08-18) lies within "August"
        for b_id, b_value in values.items():
            if a_id != b_id and _DATE_VALUE.fullmatch(a_value) and \
                    _DATE_VALUE.fullmatch(b_value) and a_value.startswith(b_value):
                within.add((a_id, b_id))
    part = "AQUAINT" if "AQUAINT" in path.parts else "TimeBank"
    return Document(path.name, part, text, dct, events, timexes, dict(links), _closed(within))


def _closed(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The transitive closure of "lies within" (a within b, b within c: a within c)."""
    later: dict[str, set[str]] = collections.defaultdict(set)
    for a, b in pairs:
        later[a].add(b)
    out: set[tuple[str, str]] = set()
    for start in list(later):
        seen, todo = set(), [start]
        while todo:
            for nxt in later.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        out |= {(start, b) for b in seen if b != start}
    return out


def gold_status(ev: GoldEvent) -> str | None:
    """The status the gold instance states, by the mapping in the module docstring."""
    if ev.modality in FUTURE_MODALS or ev.tense == "FUTURE":
        return "planned"
    if ev.modality in UNCERTAIN_MODALS:
        return "uncertain"
    if ev.tense in ("PAST", "PASTPART") and not ev.modality:
        return "occurred"
    return None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Score:
    events: int = 0
    recalled: int = 0
    links: int = 0
    links_found: int = 0
    attached: int = 0
    pairs: int = 0
    pairs_linked: int = 0
    pairs_uncontradicted: int = 0
    pairs_entailed: int = 0
    tense: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)
    unstated: int = 0
    unstated_claimed: int = 0
    missed_words: collections.Counter[str] = field(default_factory=collections.Counter)
    missed_links: list[str] = field(default_factory=list)
    wrong_pairs: list[str] = field(default_factory=list)
    wrong_status: list[str] = field(default_factory=list)
    link_misses: collections.Counter[str] = field(default_factory=collections.Counter)
    link_examples: dict[str, list[str]] = field(default_factory=dict)
    event_misses: collections.Counter[str] = field(default_factory=collections.Counter)
    pair_misses: collections.Counter[str] = field(default_factory=collections.Counter)
    pair_constructions: collections.Counter[tuple[str, bool]] = field(
        default_factory=collections.Counter)
    pair_examples: dict[str, list[str]] = field(default_factory=dict)
    event_examples: dict[str, list[str]] = field(default_factory=dict)

    def note(self, counter: str, group: str, example: str) -> None:
        getattr(self, counter + "_misses")[group] += 1
        getattr(self, counter + "_examples").setdefault(group, []).append(example)

    def add(self, o: Score) -> None:
        for name in ("events", "recalled", "links", "links_found", "attached", "pairs",
                     "pairs_linked", "pairs_uncontradicted", "pairs_entailed",
                     "unstated", "unstated_claimed"):
            setattr(self, name, getattr(self, name) + getattr(o, name))
        self.tense.update(o.tense)
        self.pair_constructions.update(o.pair_constructions)
        self.missed_words.update(o.missed_words)
        self.missed_links += o.missed_links
        self.wrong_pairs += o.wrong_pairs
        self.wrong_status += o.wrong_status
        for kind in ("link", "event", "pair"):
            getattr(self, kind + "_misses").update(getattr(o, kind + "_misses"))
            mine = getattr(self, kind + "_examples")
            for group, rows in getattr(o, kind + "_examples").items():
                mine.setdefault(group, []).extend(rows)


_CLAUSE_DEPS = {"relcl": "relative clause", "acl": "participial clause",
                "appos": "apposition", "conj": "coordination", "advcl": "adverbial clause",
                "ccomp": "reported clause", "xcomp": "open complement",
                "parataxis": "parenthetical clause"}


def _token_at(parsed, start: int, end: int):
    """The head token of the text ``start:end`` (the span's root), or None."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _ancestors(tok) -> list:
    out = [tok]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def construction(parsed, event: GoldEvent, timex: GoldTimex) -> str:
    """The construction that joins a gold event and its date, read from the parse.

    The path from the date up to the lowest common ancestor and down to the event:
    "date under event" (the event governs the date through prepositions and nouns
    only), or the first clause-level relation on the path (relative or participial
    clause, apposition, coordination, reported clause ...), or "premodifier" when the
    date hangs on a noun that is the event or modifies it, or "event under date".
    """
    ev, tx = _token_at(parsed, event.start, event.end), _token_at(parsed, timex.start, timex.end)
    if ev is None or tx is None:
        return "no tokens"
    up, down = _ancestors(tx), _ancestors(ev)
    common = next((a for a in up if a in down), None)
    if common is None:
        return "different sentences in the parse"
    climb = [t.dep_ for t in up[:up.index(common)]]
    fall = [t.dep_ for t in down[:down.index(common)]]
    if not fall:
        for dep in climb[1:]:  # the date's own relation is climb[0]
            if dep in _CLAUSE_DEPS:
                return "date under event, through a " + _CLAUSE_DEPS[dep]
        if any(t.pos_ in ("VERB", "AUX") for t in up[1:up.index(common)]):
            return "date under event, through another verb"
        if tx.dep_ in ("poss", "compound", "nmod", "amod") and len(climb) == 1:
            return "date premodifies the event noun"
        return "date under event (direct)"
    if not climb:
        return "event under date"
    top_t, top_e = up[up.index(common) - 1], down[down.index(common) - 1]
    side = "event" if ev.pos_ in ("VERB", "AUX") else "event noun"
    for where, dep in (("event", top_e.dep_), ("date", top_t.dep_)):
        if dep in _CLAUSE_DEPS:
            return f"{side} and date apart: {_CLAUSE_DEPS[dep]} ({where} side)"
    return f"{side} and date apart: siblings ({top_e.dep_} / {top_t.dep_})"


def event_miss(parsed, g: GoldEvent) -> str:
    """Why a gold event has no claimcheck event, by the token's part of speech and form."""
    from claimcheck.lang.en.verbs import REPORTING_VERBS

    tok = _token_at(parsed, g.start, g.end)
    if tok is None:
        return "no tokens"
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX"):
        if lemma in REPORTING_VERBS:
            return "reporting verb"
        if lemma in ("be", "have"):
            return "be/have"
        finite = tok.tag_ in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in tok.children)
        return f"verb, {'finite' if finite else 'non-finite ' + tok.tag_}"
    if tok.pos_ in ("NOUN", "PROPN"):
        return f"noun ({g.cls})"
    return f"{tok.pos_.lower()} ({g.cls})"


def score(doc: Document, nlp) -> Score:
    from claimcheck.extraction import extract_claims
    from claimcheck.models import Article

    parsed = nlp(doc.text)
    cs = extract_claims(parsed, Article(text=doc.text, published=doc.dct))
    starts = [s.start_char for s in parsed.sents]

    def sent(offset: int) -> int:
        return bisect.bisect_right(starts, offset)

    s = Score()
    sys_events = [(e, [(m.start, m.end) for m in [e.trigger, *e.mentions, *e.predicates]])
                  for e in cs.events]
    sys_times = {t.id: (t.span.start, t.span.end) for t in cs.times}
    timex_sents: set[int] = {sent(t.start) for t in doc.timexes.values()}
    match: dict[str, object] = {}
    for g in doc.events.values():
        hit = next((e for e, spans in sys_events
                    if any(_overlaps(sp, (g.start, g.end)) for sp in spans)), None)
        if hit is not None:
            match[g.eid] = hit
        if sent(g.start) in timex_sents:
            s.events += 1
            s.recalled += hit is not None
            if hit is None:
                s.missed_words[g.text.lower()] += 1
                s.note("event", event_miss(parsed, g), f"{doc.name}: {g.text!r}")
        want = gold_status(g)
        if hit is not None:
            status = hit.status.value  # type: ignore[attr-defined]
            if want is None:
                s.unstated += 1
                s.unstated_claimed += status == "occurred" and \
                    hit.status_basis.value == "stated"  # type: ignore[attr-defined]
            else:
                got = "occurred" if status == "reported" else status
                s.tense[(want, got)] += 1
                if got != want:
                    sent_text = next((x.text for x in parsed.sents
                                      if x.start_char <= g.start < x.end_char), "")
                    s.wrong_status.append(
                        f"{doc.name}: {g.text!r} gold {want} ({g.tense}, "
                        f"{g.modality or 'no modality'}) -> {got} | "
                        f"{sent_text.replace(chr(10), ' ')[:160]}")

    def time_matches(tid: str, g: GoldTimex) -> bool:
        span = sys_times.get(tid)
        return span is not None and _overlaps(span, (g.start, g.end))

    dates = {tid: t for tid, t in doc.timexes.items() if t.type == "DATE"}
    for (eid, tid), rels in doc.links.items():
        g, t = doc.events[eid], dates.get(tid)
        if t is None or not rels & ATTACH or sent(g.start) != sent(t.start):
            continue
        s.links += 1
        hit = match.get(eid)
        found = hit is not None and any(_overlaps(span, (t.start, t.end))
                                        for span in sys_times.values())
        s.links_found += found
        ok = hit is not None and any(time_matches(x, t) for x in hit.times)  # type: ignore
        s.attached += ok
        if found and not ok:
            s.missed_links.append(f"{doc.name}: {g.text!r} -- {t.text!r}")
        if not ok:
            if hit is None:
                group = "event missed: " + event_miss(parsed, g)
            elif not any(_overlaps(span, (t.start, t.end)) for span in sys_times.values()):
                group = "date missed"
            else:
                group = construction(parsed, g, t)
            sent_text = next((x.text for x in parsed.sents
                              if x.start_char <= g.start < x.end_char), "").replace("\n", " ")
            s.note("link", group, f"{doc.name}: {g.text!r} -- {t.text!r} | {sent_text[:160]}")
    for eid, hit in match.items():
        g = doc.events[eid]
        for x in hit.times:  # type: ignore[attr-defined]
            for tid, t in dates.items():
                if sent(t.start) != sent(g.start) or not time_matches(x, t):
                    continue
                s.pairs += 1
                rels = doc.links.get((eid, tid), set())
                s.pairs_linked += bool(rels & ATTACH) and not rels & CONTRADICT
                s.pairs_entailed += not rels & CONTRADICT and (
                    bool(rels & ATTACH) or (eid, tid) in doc.inside)
                s.pairs_uncontradicted += not rels & CONTRADICT
                basis = next((k.basis.value for k in hit.time_links  # type: ignore
                              if k.time == x), "clause")
                how = f"{hit.kind.value}, {basis}: {construction(parsed, g, t)}"  # type: ignore
                s.pair_constructions[(how, bool(rels & ATTACH) and not rels & CONTRADICT)] += 1
                if not rels & ATTACH:
                    s.wrong_pairs.append(f"{doc.name}: {g.text!r} -- {t.text!r} gold "
                                         f"{sorted(rels) or 'unlinked'}")
                    group = ("gold " + "/".join(sorted(rels)) if rels else "unlinked") + \
                        ": " + construction(parsed, g, t)
                    sent_text = next((x.text for x in parsed.sents
                                      if x.start_char <= g.start < x.end_char), "")
                    s.note("pair", group, f"{doc.name}: {g.text!r} -- {t.text!r} | "
                           + sent_text.replace("\n", " ")[:160])
    return s


def _files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        files.extend(sorted(p.rglob("*.tml")) if p.is_dir() else [p])
    return files


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} % ({a}/{b})" if b else "  n/a"


def report(name: str, s: Score) -> None:
    print(f"\n== {name}")
    print(f"event recall                 {_pct(s.recalled, s.events)}")
    print(f"attachment accuracy (all)    {_pct(s.attached, s.links)}")
    print(f"attachment accuracy (found)  {_pct(s.attached, s.links_found)}")
    print(f"attachment precision         {_pct(s.pairs_linked, s.pairs)}")
    print(f"  entailed by gold (closure) {_pct(s.pairs_entailed, s.pairs)}")
    print(f"  not contradicted           {_pct(s.pairs_uncontradicted, s.pairs)}")
    scored = sum(s.tense.values())
    right = sum(n for (g, c), n in s.tense.items() if g == c)
    print(f"tense accuracy               {_pct(right, scored)}")
    for want in ("occurred", "planned", "uncertain"):
        row = {c: n for (g, c), n in s.tense.items() if g == want}
        if row:
            print(f"  gold {want:9s} -> " + ", ".join(f"{c} {n}" for c, n in sorted(row.items())))
    print(f"no gold status, claimcheck 'occurred' (stated)  {_pct(s.unstated_claimed, s.unstated)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_DATA])
    parser.add_argument("--misses", type=int, default=0, metavar="N",
                        help="print the N most common missed event words")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print N missed links, N unlinked pairs and N wrong statuses")
    parser.add_argument("--constructions", type=int, default=0, metavar="N",
                        help="group missed links and missed events by construction, "
                             "with N examples of each group")
    args = parser.parse_args(argv)
    files = _files(args.paths)
    if not files:
        print("no .tml files", file=sys.stderr)
        return 2
    from claimcheck.nlp import load_model

    nlp = load_model()
    parts: dict[str, Score] = collections.defaultdict(Score)
    began = time.perf_counter()
    for path in files:
        doc = read_tml(path)
        parts[doc.part].add(score(doc, nlp))
    total = Score()
    for part in sorted(parts):
        total.add(parts[part])
    print(f"{len(files)} files, {time.perf_counter() - began:.0f} s")
    for part in sorted(parts):
        report(part, parts[part])
    report("all", total)
    if args.misses:
        print("\nmost common missed event words:")
        for word, n in total.missed_words.most_common(args.misses):
            print(f"  {n:4d} {word}")
    if args.constructions:
        for kind, title in (("link", "missed links by construction"),
                            ("pair", "pairs gold does not link as attached, by construction"),
                            ("event", "missed events (with a date in the sentence) by form")):
            print(f"\n{title}:")
            for group, n in getattr(total, kind + "_misses").most_common():
                print(f"  {n:5d} {group}")
                for row in getattr(total, kind + "_examples")[group][:args.constructions]:
                    print("          " + row)
    if args.constructions:
        print("\nattachment precision by construction:")
        groups = collections.Counter(c for c, _ in total.pair_constructions.elements())
        for group, n in groups.most_common():
            print(f"  {_pct(total.pair_constructions[(group, True)], n)}  {group}")
    if args.errors:
        print("\nmissed links (event and time both found):")
        for line in total.missed_links[:args.errors]:
            print("  " + line)
        print("\npairs gold does not link as attached:")
        for line in total.wrong_pairs[:args.errors]:
            print("  " + line)
        print("\nstatus against the gold instance's tense and modality:")
        for line in total.wrong_status[:args.errors]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
