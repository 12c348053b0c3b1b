"""Shared fixtures: one Linter per test session (rules and spaCy load once)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"

# Timing rules compare against "now" only when sent_at is missing; tests pin facts explicitly.
os.environ.setdefault("TZ", "UTC")


@pytest.fixture(scope="session")
def linter():
    from etiquette_lint import Linter

    return Linter()


@pytest.fixture
def run_cli(tmp_path):
    """Run the CLI in a subprocess, as a user would."""
    import subprocess

    def run(*args: str, input: str | None = None, cwd: Path | None = None, env: dict | None = None):
        full_env = {**os.environ, **(env or {})}
        return subprocess.run([sys.executable, "-m", "etiquette_lint", *args], input=input,
                              capture_output=True, text=True, cwd=cwd or tmp_path, env=full_env, timeout=120)

    return run
