"""[tool.claimcheck] in pyproject.toml: found upwards, validated, overridden by the command."""

from __future__ import annotations

import shutil

import pytest

from claimcheck.config import Config, find_config, load_config, parse_size
from claimcheck.errors import ConfigError
from claimcheck.models import Severity

from .conftest import DATA


def write(folder, body):
    (folder / "pyproject.toml").write_text(f"[project]\nname = 'x'\n\n{body}")


def test_found_from_a_subfolder(tmp_path):
    write(tmp_path, "[tool.claimcheck]\nfail-on = 'warning'\nselect = ['DT', 'PL01']\n"
                    "extensions = ['txt', '.MD']\nmax-size = '2MB'\n\n"
                    "[tool.claimcheck.severity]\nPE01 = 'warning'\n")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    assert find_config(sub) == tmp_path / "pyproject.toml"
    config = load_config(start=sub)
    assert config.fail_level is Severity.WARNING
    assert config.select == ("DT", "PL01")
    assert config.extensions == (".txt", ".md")
    assert config.max_size == 2_000_000
    assert config.severity == {"PE01": Severity.WARNING}


def test_a_pyproject_without_the_table_is_passed_over(tmp_path):
    write(tmp_path, "[tool.claimcheck]\njobs = 2\n")
    (tmp_path / "inner").mkdir()
    write(tmp_path / "inner", "[tool.ruff]\nline-length = 80\n")
    assert load_config(start=tmp_path / "inner").jobs == 2


def test_defaults_without_any_file(tmp_path):
    assert load_config(start=tmp_path) == Config()


@pytest.mark.parametrize(("body", "message"), [
    ("[tool.claimcheck]\ncolour = true\n", "unknown key(s) colour"),
    ("[tool.claimcheck]\nfail-on = 'sometimes'\n", "fail-on: 'sometimes' is not one of"),
    ("[tool.claimcheck]\njobs = 0\n", "jobs"),
    ("[tool.claimcheck.severity]\nDT01 = 'fatal'\n", "DT01: 'fatal'"),
    ("[tool.claimcheck\n", "not valid TOML"),
])
def test_bad_configuration_is_named(tmp_path, body, message):
    write(tmp_path, body)
    with pytest.raises(ConfigError, match="pyproject.toml") as info:
        load_config(start=tmp_path)
    assert message in str(info.value)


def test_command_line_overrides_key_by_key():
    config = Config(select=("DT",), fail_on="never").override(fail_on="error", select=None)
    assert config.select == ("DT",) and config.fail_on == "error"


@pytest.mark.parametrize(("text", "size"), [("5MB", 5_000_000), ("500kB", 500_000),
                                            ("1000", 1000), (42, 42)])
def test_sizes(text, size):
    assert parse_size(text) == size


def test_cli_reads_the_config_and_flags_override_it(run, tmp_path, monkeypatch):
    write(tmp_path, "[tool.claimcheck]\nfail-on = 'never'\nformat = 'github'\n")
    shutil.copy(DATA / "weekday.claims.json", tmp_path / "a.json")
    monkeypatch.chdir(tmp_path)
    from click.testing import CliRunner

    from claimcheck.cli import cli

    quiet = CliRunner().invoke(cli, ["validate", "a.json"])
    assert quiet.exit_code == 0 and quiet.stdout.startswith("::error file=a.json,")
    loud = CliRunner().invoke(cli, ["validate", "--fail-on", "error", "--format", "text", "a.json"])
    assert loud.exit_code == 1 and loud.stdout.startswith("a.json:3:26  DT01")
    isolated = CliRunner().invoke(cli, ["validate", "--isolated", "a.json"])
    assert isolated.exit_code == 1


def test_cli_reports_a_bad_config_in_one_line(tmp_path, monkeypatch):
    write(tmp_path, "[tool.claimcheck]\nformat = 'xml'\n")
    shutil.copy(DATA / "clean.claims.json", tmp_path / "a.json")
    monkeypatch.chdir(tmp_path)
    from click.testing import CliRunner

    from claimcheck.cli import cli

    result = CliRunner().invoke(cli, ["validate", "a.json"])
    assert result.exit_code == 2 and "format: 'xml' is not one of" in result.stderr


def test_exclusions_are_read_from_the_files_folder(tmp_path):
    write(tmp_path, "[tool.claimcheck]\nexclude = ['/drafts']\nextend-exclude = ['*.wire.md']\n"
                    "force-exclude = true\nrespect-gitignore = false\n")
    (tmp_path / "sub").mkdir()
    config = load_config(start=tmp_path / "sub")
    assert config.exclude.patterns == ("/drafts",) and config.exclude.base == tmp_path
    assert [e.patterns for e in config.extend_exclude] == [("*.wire.md",)]
    assert config.force_exclude is True and config.walk.gitignore is False
    assert config.exclude.matches(tmp_path / "drafts" / "a.md")
    assert not config.exclude.matches(tmp_path / "sub" / "drafts" / "a.md")  # anchored
    assert Config().exclude.matches(tmp_path / "x" / "node_modules", is_dir=True)


@pytest.mark.parametrize(("body", "message"), [
    ("exclude = 3", "exclude: expected a list of gitignore-style patterns"),
    ("extend-exclude = [1]", "extend-exclude: expected a list of gitignore-style patterns"),
    ("force-exclude = 'yes'", "force-exclude: 'yes' is not true or false"),
])
def test_bad_exclusions_are_named(tmp_path, body, message):
    write(tmp_path, f"[tool.claimcheck]\n{body}\n")
    with pytest.raises(ConfigError, match=message):
        load_config(start=tmp_path)
