"""The package type-checks under ``mypy --strict`` (it ships ``py.typed``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("mypy", reason="mypy is in the 'test' extra: pip install -e '.[test]'")


def test_mypy_strict_passes(tmp_path_factory):
    # one cache per test session (and per xdist worker), never in the work tree
    cache = tmp_path_factory.getbasetemp() / "mypy-cache"
    env = {**os.environ, "MYPY_FORCE_COLOR": "0"}
    res = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--hide-error-context",
                          "--cache-dir", str(cache), "--config-file", str(ROOT / "pyproject.toml"),
                          str(ROOT / "src" / "etiquette_lint")],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    errors = [line for line in res.stdout.splitlines() if ": error:" in line]
    assert res.returncode == 0 and not errors, (
        f"mypy --strict found {len(errors)} errors:\n" + "\n".join(errors or [res.stdout + res.stderr]))
