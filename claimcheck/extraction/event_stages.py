"""Stage words: a mention that takes an event on to a later stage.

"the talks continued in Paris", "the talks, which resumed on Tuesday", "the
resumption of the talks": the stage may be in another place and on another day,
so the stage verb stands for the mention (it is one of its anchors) and
coreference keeps the mention apart from the first stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from claimcheck.extraction.line_breaks import same_line
from claimcheck.lang.en.events import STAGE_NOUNS, STAGE_VERBS

if TYPE_CHECKING:
    from claimcheck.extraction.events import Draft


def new_stage(d: Draft) -> bool:
    """Whether a noun mention names a later stage of its event, not the event again."""
    return stage_word(d) is not None


def stage_word(d: Draft) -> Token | None:
    """The word that makes a noun mention a later stage of its event, if any.

    "the talks continued (were moved, resumed) in Paris", "the talks are to resume",
    "the talks, which reconvened on Tuesday", "negotiators resumed the talks",
    "the resumption (second session) of the talks".
    """
    t = d.trigger
    if t.pos_ not in ("NOUN", "PROPN"):
        return None
    head = t.head
    if head.i != t.i and same_line(t, head):
        if t.dep_ in ("nsubj", "nsubjpass", "dobj") and head.pos_ in ("VERB", "AUX"):
            if head.lemma_.lower() in STAGE_VERBS:
                return head
            if t.dep_ != "dobj":  # "the talks are set to resume"
                for c in head.children:
                    if c.dep_ == "xcomp" and c.lemma_.lower() in STAGE_VERBS and same_line(c, t):
                        return c
        if t.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in STAGE_NOUNS:
            return head.head
    return next((c for c in t.children if c.dep_ in ("relcl", "acl")
                 and c.lemma_.lower() in STAGE_VERBS and same_line(c, t)), None)
