"""The README stays honest: every command appears in it, and the quick start is the two make targets."""
from __future__ import annotations

import re

from conftest import ROOT

from medcollab_kg.cli.app import app

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]
    missing = [name for name in commands if f"kg {name}" not in README]
    assert not missing, f"commands missing from README: {missing}"


def test_quick_start_is_two_commands_that_exist_in_the_makefile():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("run", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, re.M)


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
