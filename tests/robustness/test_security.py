"""Security: no external entity or URL is fetched, configuration is data, paths stay relative."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from claimcheck.ingest import read_path, read_stdin

from .conftest import ENGLISH

SECRET = "TOPSECRET-4f1c9e"


@pytest.fixture
def listener():
    """A local HTTP server that records every request made to it."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(f"<!ENTITY remote '{SECRET}'>".encode())

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", hits
    server.shutdown()


def xxe_page(secret_file: Path, url: str) -> str:
    return f"""<?xml version="1.0"?>
<!DOCTYPE html [
  <!ENTITY xxe SYSTEM "file://{secret_file}">
  <!ENTITY web SYSTEM "{url}/entity">
  <!ENTITY % dtd SYSTEM "{url}/dtd"> %dtd;
]>
<html xmlns:xi="http://www.w3.org/2001/XInclude"><head><title>Harbour &xxe;</title>
<link rel="stylesheet" href="{url}/style.css"><script src="{url}/app.js"></script></head>
<body><article><p>{ENGLISH} &xxe; &web; &remote;</p>
<xi:include href="file://{secret_file}" parse="text"/>
<img src="{url}/photo.jpg"><iframe src="{url}/frame"></iframe></article></body></html>
"""


@pytest.mark.parametrize("suffix", [".html", ".xhtml", ".htm"])
def test_html_never_resolves_entities_or_fetches_urls(tmp_path, listener, suffix):
    url, hits = listener
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    page = tmp_path / f"page{suffix}"
    page.write_text(xxe_page(secret, url), encoding="utf-8")
    (item,) = read_path(page)
    assert SECRET not in item.model_dump_json()
    assert "harbour of the town reopened" in item.text
    assert hits == []


def test_html_on_stdin_never_resolves_entities(tmp_path, listener):
    import io

    url, hits = listener
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    (item,) = read_stdin(io.BytesIO(xxe_page(secret, url).encode()), kind="html")
    assert SECRET not in item.model_dump_json()
    assert hits == []


@pytest.mark.usefixtures("nlp")
def test_command_output_never_holds_the_entity_target(run, tmp_path, monkeypatch, listener):
    url, hits = listener
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    (tmp_path / "page.html").write_text(xxe_page(secret, url), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for fmt in ("text", "json", "sarif", "github"):
        result = run("validate", "--format", fmt, "page.html")
        assert result.code in (0, 1) and SECRET not in result.out + result.err
    assert hits == []


def test_yaml_front_matter_never_constructs_objects(tmp_path):
    marker = tmp_path / "ran"
    page = tmp_path / "a.md"
    page.write_text(
        f"---\nx: !!python/object/apply:os.system ['touch {marker}']\n---\n{ENGLISH}",
        encoding="utf-8",
    )
    (item,) = read_path(page)
    assert "not valid YAML" in str(item) and not marker.exists()


@pytest.mark.parametrize("table", [
    'select = "__import__(\'os\').system(\'touch {marker}\')"',
    'format = "{{{{ os.system(\'touch {marker}\') }}}}"',
    'max-size = "$(touch {marker})"',
    'jobs = "`touch {marker}`"',
])
def test_configuration_is_data_never_code(run, tmp_path, monkeypatch, table):
    marker = tmp_path / "ran"
    (tmp_path / "pyproject.toml").write_text(
        "[tool.claimcheck]\n" + table.format(marker=marker) + "\n", encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("validate", "a.txt", isolated=False)
    assert result.code == 2 and result.err.startswith("claimcheck: ")
    assert result.err.count("\n") == 1 and not marker.exists()


@pytest.mark.usefixtures("nlp")
def test_reports_never_hold_an_absolute_path(run, tmp_path, monkeypatch):
    """An input outside the working directory, named by its absolute path."""
    outside = tmp_path / "outside"
    outside.mkdir()
    here = tmp_path / "work"
    here.mkdir()
    (outside / "a.txt").write_text(
        "The harbour reopened on Friday, March 7, 2024, the port authority said.\n",
        encoding="utf-8",
    )
    (outside / "empty").mkdir()
    monkeypatch.chdir(here)
    absolute = str(outside)
    for fmt in ("json", "sarif", "github", "text"):
        result = run("validate", "--format", fmt, str(outside / "a.txt"), str(outside / "empty"))
        assert absolute not in result.out and absolute not in result.err, fmt
        assert str(tmp_path) not in result.out, fmt
    report = json.loads(run("validate", "--format", "json", str(outside / "a.txt")).out)
    assert report["files"][0]["path"] == "../outside/a.txt"
    sarif = json.loads(run("validate", "--format", "sarif", str(outside / "a.txt")).out)
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for result in sarif["runs"][0]["results"] for loc in result["locations"]}
    assert uris == {"../outside/a.txt"}


def test_entity_expansion_bomb_is_not_expanded(tmp_path):
    """'Billion laughs': internal entities are never expanded, so neither time nor text explodes."""
    import time

    lines = ['<!ENTITY a0 "lol">'] + [
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    page = tmp_path / "bomb.html"
    page.write_text(f"<?xml version='1.0'?><!DOCTYPE html [{''.join(lines)}]>"
                    f"<html><body><article><p>{ENGLISH} &a9;</p></article></body></html>",
                    encoding="utf-8")
    started = time.monotonic()
    (item,) = read_path(page)
    assert time.monotonic() - started < 5
    assert "lollol" not in item.text and len(item.text) < 2 * len(ENGLISH)
