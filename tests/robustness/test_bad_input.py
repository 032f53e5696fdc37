"""Every bad-input class of issue 8: one clear line naming the file, and the exit code.

Each case writes its input into a fresh folder, runs ``claimcheck validate``
on it together with a good article, and checks what the user sees: the
line on standard error, the exit code, and that the good article was still
checked. docs/robustness.md names these cases row by row.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from .conftest import DUTCH, ENGLISH

pytestmark = pytest.mark.usefixtures("nlp")


def write(folder: Path, name: str, data: bytes | str) -> str:
    path = folder / name
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return name


# (case id, file name, content, expected line on stderr, exit code)
UNREADABLE = [
    ("empty-file", "empty.txt", b"", "empty.txt: file is empty"),
    ("blank-file", "blank.md", b" \n\t\n", "blank.md: file is empty"),
    ("binary-file", "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01",
     "photo.txt: looks like a binary file, not text"),
    ("binary-no-nul", "noise.txt", bytes(range(1, 32)) * 20,
     "noise.txt: looks like a binary file, not text"),
    ("bad-utf16", "odd.txt", b"\xff\xfe\x00\xd8",
     "odd.txt: starts with a utf-16 byte order mark but is not utf-16"),
    ("html-without-text", "blank.html", "<html><head></head><body></body></html>",
     "blank.html: no article text found in the HTML"),
    ("invalid-json", "broken.json", '{"text": "A sentence.",',
     "broken.json: invalid JSON at line 1, column 24"),
    ("record-without-text", "notext.json", json.dumps({"title": "No body", "id": 7}),
     "notext.json: a record needs a string field 'text'"),
    ("jsonl-bad-line", "many.jsonl", json.dumps({"text": ENGLISH}) + "\n{oops\n",
     "many.jsonl: line 2: invalid JSON"),
    ("invalid-front-matter", "fm.md", "---\ntitle: [unclosed\n---\nText.\n",
     "fm.md: front matter is not valid YAML (line 2)"),
    ("front-matter-bad-date", "date.md", "---\npublished: last Tuesday\n---\nText.\n",
     "date.md: front matter 'published': 'last Tuesday' is not a date"),
    ("unsafe-yaml-tag", "tag.md",
     "---\nx: !!python/object/apply:os.system ['echo owned']\n---\nText.\n",
     "tag.md: front matter is not valid YAML (line 2): could not determine a constructor"),
]


@pytest.mark.parametrize(("name", "content", "line"),
                         [case[1:] for case in UNREADABLE], ids=[c[0] for c in UNREADABLE])
def test_unreadable_file_is_one_line_exit_2_and_the_rest_is_checked(
    run, tmp_path, monkeypatch, name, content, line
):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, name, content)
    write(tmp_path, "good.txt", ENGLISH)
    result = run("validate", name, "good.txt")
    assert result.code == 2
    errors = [e for e in result.err.splitlines() if not e.startswith("claimcheck: note:")]
    assert len(errors) == 1 and errors[0].startswith(f"claimcheck: {line}"), result.err
    assert "Traceback" not in result.err + result.out
    assert "1 article checked" in result.out or "2 articles checked" in result.out


def test_missing_path(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "good.txt", ENGLISH)
    result = run("validate", "nowhere.txt", "good.txt")
    assert result.code == 2
    assert result.err == "claimcheck: nowhere.txt: no such file or directory\n"
    assert "1 article checked" in result.out


def test_folder_with_no_articles(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    write(tmp_path / "drafts", "notes.docx", b"PK\x03\x04")
    write(tmp_path, "good.txt", ENGLISH)
    result = run("validate", "drafts", "good.txt")
    assert result.code == 2
    assert result.err.startswith("claimcheck: drafts: folder holds no articles (looked for .txt")
    assert "1 article checked" in result.out
    alone = run("validate", "--format", "json", "drafts")
    report = json.loads(alone.out)
    assert alone.code == 2 and report["files"][0]["error"].startswith("folder holds no articles")


def test_file_that_cannot_be_read(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "locked.txt", ENGLISH)
    write(tmp_path, "good.txt", ENGLISH)
    if os.geteuid() == 0:  # root reads files whatever their mode: refuse the open instead
        original = Path.open

        def refuse(self, *args, **kwargs):
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied")
            return original(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refuse)
    else:
        (tmp_path / "locked.txt").chmod(0)
    result = run("validate", "locked.txt", "good.txt")
    assert (result.code, result.err) == (2, "claimcheck: locked.txt: permission denied\n")
    assert "1 article checked" in result.out


def test_file_that_cannot_be_read_as_root_too(run, tmp_path, monkeypatch):
    """A path that is a FIFO or a broken symlink fails with one line, whoever runs it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    result = run("validate", "dangling.txt")
    assert result.code == 2
    assert result.err.startswith("claimcheck: dangling.txt: no such file")


def test_over_the_size_limit_is_refused_before_reading(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "big.txt", ENGLISH * 40)
    opened: list[str] = []
    original = Path.open

    def spy(self, *args, **kwargs):
        opened.append(self.name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    result = run("validate", "--max-size", "5kB", "big.txt")
    assert result.code == 2
    assert result.err == ("claimcheck: big.txt: file is 9.6 kB, over the 5.0 kB limit "
                          "(raise it with --max-size)\n")
    assert "big.txt" not in opened


@pytest.mark.parametrize(("data", "note"), [
    ("Café in Zürich, “brief”.\n".encode("cp1252"), "read as cp1252"),
    (b"Caf\xe9 \x81 menu.\n", "read as latin-1"),
    ("Zürich said so.\n".encode("utf-16"), "read as utf-16"),
], ids=["windows-1252", "latin-1", "utf-16-bom"])
def test_text_that_is_not_utf8_is_read_and_the_encoding_named(
    run, tmp_path, monkeypatch, data, note
):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "legacy.txt", data)
    result = run("validate", "legacy.txt")
    assert result.code == 0
    assert result.err == f"claimcheck: note: legacy.txt: {note}\n"


def test_utf8_with_and_without_bom_say_nothing(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a.txt", "\ufeffZürich said so.\n")
    write(tmp_path, "b.txt", "Zürich said so.\n")
    result = run("validate", "a.txt", "b.txt")
    assert (result.code, result.err) == (0, "")


def test_malformed_html_is_read_leniently(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    html = f"<html><body><article><p>{ENGLISH}<b><i></p></span>&&&;<<<>"
    write(tmp_path, "tags.html", html)
    result = run("validate", "tags.html")
    assert (result.code, result.err) == (0, "")
    assert "1 article checked" in result.out


def test_published_option_that_is_not_a_date(run):
    result = run("validate", "--published", "notadate", "seeds/")
    assert result.code == 2
    assert result.err == ("claimcheck: --published: 'notadate' is not a date "
                          "(expected YYYY-MM-DD)\n")


@pytest.mark.parametrize(("front", "warning"), [
    ("published: 2999-01-01", "publication date 2999-01-01 is more than a year after today"),
    ("date: 1066-10-14", "publication date 1066-10-14 is before 1900"),
])
def test_implausible_publication_date_warns(run, tmp_path, monkeypatch, front, warning):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "dated.md", f"---\n{front}\n---\n{ENGLISH}")
    result = run("validate", "dated.md")
    assert result.code == 0
    assert result.err.startswith(f"claimcheck: warning: dated.md: {warning}")


def test_implausible_published_option_warns_once(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a.txt", ENGLISH)
    write(tmp_path, "b.txt", ENGLISH)
    result = run("validate", "--published", "2999-01-01", "a.txt", "b.txt")
    assert result.code == 0
    assert result.err.count("\n") == 1
    assert result.err.startswith("claimcheck: warning: --published: publication date 2999-01-01")


def test_text_that_is_not_english_gets_one_info_and_no_claims(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "haven.txt", DUTCH)
    result = run("validate", "--format", "json", "haven.txt")
    assert result.code == 0
    findings = json.loads(result.out)["files"][0]["findings"]
    assert [(f["code"], f["name"], f["severity"]) for f in findings] == [
        ("CC02", "meta.not_english", "info")]
    assert run("validate", "--ignore", "CC02", "--format", "json", "haven.txt").out.count(
        '"code"') == 0
    failing = run("validate", "--fail-on", "info", "haven.txt")
    assert failing.code == 1 and "CC02  info" in failing.out


def test_no_traceback_without_debug_and_one_with_it(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a.txt", ENGLISH)

    def boom(doc, article):
        raise RuntimeError("extractor bug")

    monkeypatch.setattr("claimcheck.batch._extract", boom)
    result = run("validate", "a.txt")
    assert result.code == 2
    assert result.err == ("claimcheck: a.txt: internal error: RuntimeError: extractor bug "
                          "(run with --debug for the traceback)\n")
    with pytest.raises(RuntimeError):
        run("validate", "--debug", "a.txt")


def test_deeply_nested_html_loses_no_paragraph(tmp_path):
    """libxml2 drops what is nested past depth 256 unless asked not to."""
    from claimcheck.ingest import read_path

    depth = 600
    body = "".join(f"<div><p>Paragraph {i} says the vote was held.</p>" for i in range(depth))
    page = tmp_path / "deep.html"
    page.write_text(f"<html><body>{body}{'</div>' * depth}</body></html>", encoding="utf-8")
    (item,) = read_path(page)
    assert item.text.count("Paragraph") == depth
    assert f"Paragraph {depth - 1} says" in item.text


def test_html_nested_past_the_parser_limit_is_refused_not_cut(tmp_path):
    from claimcheck.errors import InputError
    from claimcheck.ingest import read_path

    depth = 2_100
    body = "".join(f"<div><p>Paragraph {i} says the vote was held.</p>" for i in range(depth))
    page = tmp_path / "deeper.html"
    page.write_text(f"<html><body>{body}{'</div>' * depth}</body></html>", encoding="utf-8")
    (item,) = read_path(page)
    assert isinstance(item, InputError)
    assert item.cause == ("HTML is nested more than 2048 elements deep, past the parser's "
                          "limit: it cannot be read whole")
