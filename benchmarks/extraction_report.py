"""Print what extraction finds in each article of a folder, for checking by hand.

    python benchmarks/extraction_report.py [FOLDER] [--only 001,004] [--timing]

FOLDER defaults to ../shared/corpus/ beside the repository. Publication dates
come from FOLDER/index.jsonl ({"id": ..., "published": "YYYY-MM-DD"}) when it
is there. For each article it prints the people with their titles, the events
with participants, places and dates, and the quotes with their speakers, each
marked with a number so that a reader can tick them off.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus"


def publication_dates(folder: Path) -> dict[str, dt.date | None]:
    index = folder / "index.jsonl"
    dates: dict[str, dt.date | None] = {}
    if index.exists():
        for line in index.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                raw = rec.get("published")
                dates[str(rec["id"])] = dt.date.fromisoformat(raw) if raw else None
    return dates


def report(claims) -> list[str]:
    """The human-checkable lines for one ClaimSet."""
    name = {e.id: e.name for e in claims.entities}
    when = {t.id: t for t in claims.times}
    out = ["  people:"]
    for e in claims.entities:
        if e.kind.value != "person":
            continue
        roles = "; ".join(
            " ".join(x for x in (r.qualifier and r.qualifier.value, r.nationality, r.title,
                                 r.organisation and f"({r.organisation})") if x)
            for r in e.roles)
        out.append(f"    - {e.name}" + (f"  [{roles}]" if roles else ""))
    out.append("  events:")
    for ev in claims.events:
        people = ", ".join(name.get(p.entity, p.span.text) for p in ev.participants) or "-"
        places = ", ".join(p.span.text for p in ev.places) or "-"
        dates = ", ".join(f"{when[t].span.text}={when[t].value}" for t in ev.times) or "-"
        extra = ""
        if ev.refers_to:
            extra += f" refers_to={','.join(ev.refers_to)}"
        if ev.relations:
            extra += " " + ",".join(f"{r.type.value}:{r.target}" + (f"+{r.offset}" if r.offset
                                    else "") for r in ev.relations)
        out.append(f"    {ev.id} {ev.kind.value} '{ev.trigger.text}' ({ev.status.value}) "
                   f"who: {people} | where: {places} | when: {dates}"
                   f"{extra} | mentions: {len(ev.mentions)}")
    out.append("  quotes:")
    for q in claims.quotes:
        words = q.content.text.replace("\n", " ")
        words = words if len(words) <= 60 else words[:57] + "..."
        speaker = name.get(q.speaker or "", None) or (f"? ({q.speaker_span.text})"
                                                      if q.speaker_span else "?")
        flags = ("partial " if q.partial else "") + ("" if q.balanced else "UNBALANCED ")
        cue = q.cue.text if q.cue else "no cue"
        out.append(f"    {q.id} “{words}” — {speaker} [{cue}] {flags}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--only", help="comma-separated article ids (file stems)")
    parser.add_argument("--timing", action="store_true", help="print parse/extract seconds")
    args = parser.parse_args(argv)

    from claimcheck.extraction import extract_claims
    from claimcheck.models import Article
    from claimcheck.nlp import load_model

    if not args.folder.is_dir():
        print(f"no such folder: {args.folder}", file=sys.stderr)
        return 2
    dates = publication_dates(args.folder)
    wanted = set(args.only.split(",")) if args.only else None
    nlp = load_model()
    parse_s = extract_s = 0.0
    for path in sorted(args.folder.glob("*.txt")):
        if wanted and path.stem not in wanted:
            continue
        text = path.read_text(encoding="utf-8")
        published = dates.get(path.stem)
        t0 = time.perf_counter()
        doc = nlp(text)
        t1 = time.perf_counter()
        claims = extract_claims(doc, Article(text=text, source=str(path), published=published))
        t2 = time.perf_counter()
        parse_s, extract_s = parse_s + t1 - t0, extract_s + t2 - t1
        print(f"== {path.name} (published {published or 'unknown'})")
        print("\n".join(report(claims)))
    if args.timing:
        print(f"parse {parse_s:.2f}s, extraction {extract_s:.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
