"""An event noun's day from the clause around it, where the parse does not give it.

- A reduced relative on an event noun: "Turnout in the election, held on May 5,
  ...". A past participle of a light verb ("held", "staged", "convened") set
  off by a comma right after a noun phrase takes that phrase as its theme, as
  the passive "the election was held" does; the small model often hangs such a
  participle on the clause's subject instead. The participle becomes one of the
  event's anchors, so the times and places below it are the event's (a clause link).
- A whole happening on one day: "the election, held on February 25", "the ceremony
  took place on Sunday". A verb of occurrence with a day of its own says the happening
  took place within that day, not only that it was under way then ("the summit
  opened on Monday"), so the event is ``one_day`` even when its kind may last days.
- A setting: "Kenya voted in an election on Sunday", "was injured in an attack
  on Monday", "spoke at the ceremony on Friday". A clause whose verb takes an
  event noun through "in", "at" or "during" happens at that event, so the
  clause's day is the event's day too. The parse does not say that the day is
  the event's own, so the link is ``sentence``: it can give a warning, never an error.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimcheck.extraction.events import Draft
from claimcheck.extraction.line_breaks import same_line
from claimcheck.lang.en.grammar import SETTING_PREPOSITIONS
from claimcheck.lang.en.verbs import LIGHT_VERBS, OCCURRENCE_VERBS
from claimcheck.models import EventKind, Granularity, LinkBasis, TimeExpression


def anchor_participles(doc: Doc, drafts: list[Draft]) -> None:
    """Make a light verb's participle after "<event noun phrase>," an anchor of the event,
    also when the parse hung it on another noun and it was read as a happening of its own
    ("Voters in the referendum, held on March 10, ...")."""
    own = {d.trigger.i: d for d in drafts if d.generic and d.anchors == {d.trigger.i}}
    taken = {i for d in drafts for i in d.anchors} - own.keys()
    nouns = {d.trigger.i: d for d in drafts if d.trigger.pos_ == "NOUN"}
    for t in doc:
        if t.tag_ != "VBN" or t.i in taken or t.lemma_.lower() not in LIGHT_VERBS \
                or t.i < 2 or doc[t.i - 1].text != "," or _has_own_subject(t):
            continue
        noun = _phrase_head(doc[t.i - 2])
        if noun is not None and noun.i in nouns and same_line(noun, t) \
                and t.head.i != noun.i:  # the parse got it right: nothing to mend
            nouns[noun.i].anchors.add(t.i)
            taken.add(t.i)
            if t.i in own:
                drafts.remove(own[t.i])


def _has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _phrase_head(last: Token) -> Token | None:
    """The noun a noun phrase ending in ``last`` is headed by ("the general election")."""
    node = last
    while node.dep_ in ("compound", "amod", "nummod") and node.head.i > node.i:
        node = node.head
    return node if node.pos_ == "NOUN" and node.i == last.i else None


def date_by_setting(drafts: list[Draft]) -> None:
    """Give an undated event noun the clause's own days when the clause happens at it."""
    by_anchor = {i: d for d in drafts for i in d.anchors}
    for d in drafts:
        noun = d.trigger
        if noun.pos_ != "NOUN" or d.times or d.kind in (EventKind.STATEMENT, EventKind.REQUEST) \
                or noun.dep_ != "pobj" or noun.head.lower_ not in SETTING_PREPOSITIONS:
            continue
        verb = noun.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "rejected the plan in a referendum": the parse put it on the object
        host = by_anchor.get(verb.i)
        if host is None or host is d or verb.pos_ != "VERB" or not same_line(verb, noun):
            continue
        for tid in host.times:
            if host.time_basis.get(tid, LinkBasis.CLAUSE) in (LinkBasis.CLAUSE,
                                                               LinkBasis.EXPLICIT):
                d.times.append(tid)
                d.time_basis.setdefault(tid, LinkBasis.SENTENCE)


def mark_one_day(doc: Doc, drafts: list[Draft], times: list[TimeExpression]) -> None:
    """Set ``one_day`` on each draft whose verb of occurrence has a day of its own."""
    days = {t.id: t for t in times if t.granularity is Granularity.DAY}
    for d in drafts:
        # its own verbs, or a participle or relative clause on the noun ("the vote, held ...")
        candidates = [doc[i] for i in d.anchors] + [
            c for c in d.trigger.children if c.dep_ in ("acl", "relcl") and same_line(c, d.trigger)]
        verbs = [v for v in candidates if v.lemma_.lower() in OCCURRENCE_VERBS
                 and (v.lemma_.lower() != "take"
                      or any(c.dep_ == "dobj" and c.lower_ == "place" for c in v.children))]
        if not verbs:
            continue
        for tid in d.times:
            t = days.get(tid)
            span = None if t is None else doc.char_span(t.span.start, t.span.end,
                                                        alignment_mode="expand")
            if span is not None and any(_governs(v, span.root) for v in verbs) \
                    and not any(c.dep_ == "conj" for c in span.root.children):
                d.one_day = True  # (not "held Monday and Tuesday": two days)
                break


def _governs(verb: Token, root: Token) -> bool:
    """ "held | on | Sunday", "held | Sunday": the day is the verb's own adverbial."""
    head = root.head
    if head.dep_ == "prep" and head.lower_ == "on":
        head = head.head
    return head.i == verb.i
