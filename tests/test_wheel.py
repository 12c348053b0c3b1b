"""The wheel ships the YAML rule packs and lints from a non-editable install."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_rule_packs_and_lints_from_an_unpacked_install(tmp_path):
    out = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out), str(ROOT)], check=True, timeout=300)
    wheel = next(out.glob("etiquette_lint-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    packs = [n for n in names if n.startswith("etiquette_lint/_rules/") and n.endswith(".yml")]
    repo_packs = list((ROOT / "rules").rglob("*.yml"))
    assert len(packs) == len(repo_packs) > 0
    assert "etiquette_lint/py.typed" in names
    # the rule cases: `etiquette-lint rule CODE` reads them at run time
    cases = [n for n in names if n.startswith("etiquette_lint/cases/") and n.endswith(".yml")]
    assert len(cases) == len(list((ROOT / "src" / "etiquette_lint" / "cases").glob("*.yml"))) > 0
    assert any(n.endswith("entry_points.txt") for n in names)

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    draft = tmp_path / "d.txt"
    draft.write_text("Dear Sir,\n\nThank you for the interview.\n\nBest regards,\nSam\n")
    env = {**os.environ, "PYTHONPATH": str(site)}
    # run from tmp_path so the repo's src/ cannot be imported by accident
    res = subprocess.run([sys.executable, "-c",
                          "import etiquette_lint, etiquette_lint.cli, sys; from etiquette_lint.packs import builtin_rules_dir; "
                          "print(etiquette_lint.__file__); print(builtin_rules_dir()); "
                          "sys.exit(etiquette_lint.cli.main(sys.argv[1:]))", "--format", "text", str(draft)],
                         capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    lines = res.stdout.splitlines()
    assert lines[0].startswith(str(site)), lines
    assert lines[1] == str(site / "etiquette_lint" / "_rules")
    assert any("EL201 generic-salutation" in l for l in lines), res.stdout + res.stderr
    assert res.returncode == 1
    assert "warning" not in res.stderr, res.stderr
    # the rule reference reads the shipped case files
    res = subprocess.run([sys.executable, "-c", "import etiquette_lint.cli, sys; sys.exit(etiquette_lint.cli.main(sys.argv[1:]))",
                          "rule", "EL526"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "Cases: etiquette_lint/cases/EL526.yml" in res.stdout and "With the fix applied:" in res.stdout
