"""Feeding real repositories to ``claimcheck validate``: lists of files, exclusions,
files that are not articles, symbolic link loops (issue 13)."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from claimcheck.cli import cli

from .conftest import DATA


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A folder of articles (ready-made claims, so no language model) as the working directory."""
    (tmp_path / "news").mkdir()
    shutil.copy(DATA / "weekday.claims.json", tmp_path / "news" / "bad.json")
    shutil.copy(DATA / "clean.claims.json", tmp_path / "news" / "good.json")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def validate(*args: str, input: bytes | None = None):
    result = CliRunner().invoke(cli, ["validate", "--isolated", "--format", "json", *args],
                                input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def checked_files(out: str) -> set[str]:
    """The files with findings in a JSON report."""
    return {f["path"] for f in json.loads(out)["files"] if f["findings"]}


def all_files(out: str) -> list[str]:
    return [f["path"] for f in json.loads(out)["files"]]


@pytest.mark.parametrize("separator", [b"\0", b"\n", b"\r\n"])
def test_files_from_standard_input(repo, separator):
    name = "news/Zürich – März.json"
    shutil.copy(DATA / "weekday.claims.json", repo / name)
    listing = separator.join([name.encode(), b"news/good.json", b""])
    code, out, err = validate("--files-from", "-", input=listing)
    assert code == 1, err
    assert checked_files(out) == {name}
    assert sorted(all_files(out)) == sorted([name, "news/good.json"])


def test_files_from_a_file_with_names_that_look_like_globs(repo):
    shutil.copy(DATA / "weekday.claims.json", repo / "news" / "[wire] bad.json")
    (repo / "list.txt").write_bytes(b"news/[wire] bad.json\0")
    code, out, _ = validate("--files-from", "list.txt")
    assert code == 1 and checked_files(out) == {"news/[wire] bad.json"}


def test_thousands_of_files_from_a_list(repo):
    names = []
    for i in range(3000):
        path = repo / "many" / f"{i:04d}-{'x' * 60}.json"
        path.parent.mkdir(exist_ok=True)
        shutil.copy(DATA / "clean.claims.json", path)
        names.append(str(path.relative_to(repo)).encode())
    code, out, err = validate("--files-from", "-", input=b"\0".join(names))
    assert code == 0, err[-500:]
    assert len(all_files(out)) == 3000


def test_files_from_and_paths_together_and_bad_uses(repo):
    (repo / "list.txt").write_text("news/good.json\n")
    code, out, _ = validate("--files-from", "list.txt", "news/bad.json")
    assert code == 1 and checked_files(out) == {"news/bad.json"}
    code, _, err = validate("--files-from", "-", "-", input=b"")
    assert code == 2 and "only once" in err
    code, _, err = validate()
    assert code == 2 and "--files-from" in err
    code, _, err = validate("--files-from", "nope.txt")
    assert code == 2 and "nope.txt" in err


def test_an_empty_list_checks_nothing_and_passes(repo):
    code, _, err = validate("--files-from", "-", input=b"")
    assert code == 0, err


def test_files_that_are_not_articles_are_skipped_in_a_walk_but_not_when_named(repo):
    (repo / "news" / "package.json").write_text(json.dumps({"name": "site", "version": "1.0.0"}))
    (repo / "news" / "list.json").write_text("[1, 2]")
    code, out, err = validate("news")
    assert code == 1, err  # bad.json's finding, nothing else
    assert "claimcheck: note: news/package.json: skipped, not an article" in err
    assert "claimcheck: note: news/list.json: skipped, not an article" in err
    assert checked_files(out) == {"news/bad.json"}
    code, _, err = validate("news/package.json", "news/good.json")
    assert code == 2
    assert "claimcheck: news/package.json: a record needs a string field 'text'" in err


def test_a_broken_article_in_a_walk_is_still_an_error(repo):
    (repo / "news" / "broken.json").write_text('{"text": ')
    code, _, err = validate("news")
    assert code == 2 and "news/broken.json: invalid JSON" in err


def test_symbolic_link_loops_take_one_line_each_and_the_rest_is_checked(repo):
    (repo / "news" / "a.json").symlink_to("b.json")
    (repo / "news" / "b.json").symlink_to("a.json")
    (repo / "news" / "parent").symlink_to("..", target_is_directory=True)
    code, out, err = validate("news")
    assert code == 1, err
    assert checked_files(out) == {"news/bad.json"}
    lines = [line for line in err.splitlines() if "skipped" in line]
    assert lines == [
        "claimcheck: note: news/a.json: skipped: symbolic link loop",
        "claimcheck: note: news/b.json: skipped: symbolic link loop",
        "claimcheck: note: news/parent: skipped: symbolic link loop (it leads back into a "
        "folder being walked)",
    ]
    assert "Traceback" not in err and "RuntimeError" not in err


def test_a_named_symbolic_link_loop_is_an_error(repo):
    (repo / "a.json").symlink_to("b.json")
    (repo / "b.json").symlink_to("a.json")
    code, _, err = validate("a.json", "news/good.json")
    assert code == 2 and "claimcheck: a.json:" in err and "Traceback" not in err


def test_exclude_from_the_configuration_and_the_command_line(repo):
    (repo / "news" / "drafts").mkdir()
    shutil.copy(DATA / "weekday.claims.json", repo / "news" / "drafts" / "d.json")
    (repo / "pyproject.toml").write_text('[tool.claimcheck]\nformat = "json"\n'
                                         'exclude = ["drafts/"]\n')
    run = CliRunner().invoke
    result = run(cli, ["validate", "news"], catch_exceptions=False)
    assert checked_files(result.stdout) == {"news/bad.json"}
    result = run(cli, ["validate", "--exclude", "bad.json", "news"], catch_exceptions=False)
    assert checked_files(result.stdout) == {"news/drafts/d.json"}  # --exclude replaces exclude
    result = run(cli, ["validate", "--extend-exclude", "/news/bad.json", "news"],
                 catch_exceptions=False)
    assert checked_files(result.stdout) == set() and result.exit_code == 0
    named = run(cli, ["validate", "news/drafts/d.json"], catch_exceptions=False)
    assert checked_files(named.stdout) == {"news/drafts/d.json"}
    forced = run(cli, ["validate", "--force-exclude", "news/drafts/d.json"],
                 catch_exceptions=False)
    assert checked_files(forced.stdout) == set() and forced.exit_code == 0


def test_gitignore_in_a_folder_walk(repo):
    (repo / ".git").mkdir()
    (repo / ".gitignore").write_text("bad.json\n")
    code, out, _ = validate("news")
    assert code == 0 and checked_files(out) == set()
    code, out, _ = validate("news/bad.json")
    assert code == 1


def test_a_list_of_files_is_a_list_of_candidates(repo):
    """CI passes every changed .json: a package.json among them is skipped, not an error."""
    (repo / "package.json").write_text('{"name": "site"}')
    code, out, err = validate("--files-from", "-", input=b"package.json\0news/bad.json")
    assert code == 1 and checked_files(out) == {"news/bad.json"}
    assert "claimcheck: note: package.json: skipped, not an article" in err


def test_a_json_lines_record_without_text_is_still_an_error_in_a_walk(repo):
    (repo / "news" / "feed.jsonl").write_text('{"title": "no text"}\n')
    code, _, err = validate("news")
    assert code == 2 and "news/feed.jsonl: line 1: a record needs a string field 'text'" in err
