"""The composite action (action.yml): its inputs, the actions it uses, and its shell steps
run for real, with bash, on a real repository (issue 13)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.cli.conftest import DATA
from tests.conftest import ROOT

from .test_changed_files import Repos, git

ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
STEPS = {step.get("name", step.get("uses", "")): step for step in ACTION["runs"]["steps"]}


def uses(prefix: str) -> str:
    (found,) = [s["uses"] for s in ACTION["runs"]["steps"] if s.get("uses", "").startswith(prefix)]
    return found


def test_current_major_versions_of_the_actions_it_uses():
    assert uses("actions/setup-python@") == "actions/setup-python@v6"
    assert uses("github/codeql-action/upload-sarif@") == "github/codeql-action/upload-sarif@v4"


def test_sarif_upload_is_off_by_default_and_its_category_is_per_mode_and_ref():
    assert ACTION["inputs"]["upload-sarif"]["default"] == "false"
    upload = STEPS["Upload SARIF"]
    assert "inputs.upload-sarif == 'true'" in upload["if"]
    category = upload["with"]["category"]
    assert "inputs.sarif-category" in category
    assert "steps.changed.outputs.mode" in category and "github.ref" in category


def test_inputs_reach_the_shell_through_the_environment_only():
    for step in ACTION["runs"]["steps"]:
        assert "${{" not in step.get("run", "")


def test_it_installs_itself_and_never_pypis_claimcheck():
    install = STEPS["Install claimcheck"]["run"]
    assert '"${PACKAGE:-$GITHUB_ACTION_PATH}"' in install


def test_the_run_step_uses_only_options_validate_has(run):
    script = STEPS["Run claimcheck"]["run"]
    used = set(re.findall(r"--[a-z][a-z-]+", script.split("claimcheck validate", 1)[1]))
    assert {"--files-from", "--force-exclude", "--format", "--sarif-output"} <= used
    known = set(re.findall(r"--[a-z][a-z-]+", run("validate", "--help").out))
    assert used <= known


def bash_step(name: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    step = STEPS[name]
    full = {**os.environ, **env, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
            "PYTHONPATH": str(ROOT), "GITHUB_ACTION_PATH": str(ROOT)}
    return subprocess.run(["bash", "-e", "-c", step["run"]], cwd=cwd, env=full,
                          capture_output=True, text=True)


@pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None,
                    reason="needs git and bash")
def test_the_steps_run_on_a_push_with_a_non_ascii_name(tmp_path):
    repos = Repos(tmp_path)
    before = repos.commit("one", write=["README.md"])
    repos.push("main")
    shutil.copy(DATA / "weekday.claims.json", repos.dev / "Ünïcode – file.json")
    (repos.dev / "package.json").write_text('{"name": "site"}')
    git(repos.dev, "add", ".")
    git(repos.dev, "commit", "-q", "-m", "two")
    repos.push("main")
    ci = repos.checkout("main")
    outputs = tmp_path / "outputs"
    outputs.touch()
    base = {"RUNNER_TEMP": str(tmp_path), "GITHUB_OUTPUT": str(outputs)}
    found = bash_step("Find the articles to check", {
        **base, "GITHUB_EVENT_NAME": "push", "EVENT_BEFORE": before, "INPUT_PATHS": "",
        "INPUT_EXTENSIONS": ".md .json", "INPUT_CHANGED_ONLY": "auto"}, ci)
    assert found.returncode == 0, found.stderr
    values = dict(line.split("=", 1) for line in outputs.read_text().splitlines())
    assert values["count"] == "2" and values["mode"] == "changed"
    checked = bash_step("Run claimcheck", {
        **base, "LIST": values["list"], "FAIL_ON": "error", "ARGS": "--isolated",
        "SARIF": str(tmp_path / "out.sarif")}, ci)
    assert checked.returncode == 0, checked.stderr
    assert "::error file=Ünïcode – file.json,line=3" in checked.stdout
    assert "package.json: skipped, not an article" in checked.stderr
    assert "exit-code=1" in outputs.read_text()
    assert (tmp_path / "out.sarif").is_file()
