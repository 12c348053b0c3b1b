"""Every name the README uses works after a plain ``import etiquette_lint``; every name the
docs use exists."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# dotted names the docs use: etiquette_lint.presend.check_before_send, etiquette_lint.Linter, ...
_NAME_RE = re.compile(r"\betiquette_lint(?:\.[A-Za-z_]\w*)+")
# not Python names: the entry-point group, a language-server id, a folder
_NOT_NAMES = {"etiquette_lint.rules"}


def documented_names(docs: list[Path]) -> set[str]:
    names: set[str] = set()
    for doc in docs:
        text = doc.read_text(encoding="utf-8")
        for m in _NAME_RE.finditer(text):
            if m.group(0) not in _NOT_NAMES and text[m.end():m.end() + 1] != "/":
                names.add(m.group(0))
    return names


def test_the_readme_names_the_api():
    names = documented_names([ROOT / "README.md"])
    assert {"etiquette_lint.presend.check_before_send", "etiquette_lint.Linter", "etiquette_lint.lint"} <= names


def test_readme_names_resolve_after_a_plain_import():
    names = sorted(documented_names([ROOT / "README.md"]) | {
        "etiquette_lint.presend.check_before_send", "etiquette_lint.presend.NotReadyToSend",
        "etiquette_lint.presend.send_if_ready", "etiquette_lint.NotReadyToSend", "etiquette_lint.check_before_send",
        "etiquette_lint.Linter", "etiquette_lint.lint", "etiquette_lint.lint_file", "etiquette_lint.Config",
        "etiquette_lint.Facts", "etiquette_lint.Report", "etiquette_lint.Rule", "etiquette_lint.Context",
        "etiquette_lint.Case", "etiquette_lint.Example", "etiquette_lint.Draft", "etiquette_lint.__version__",
    })
    # a fresh interpreter: nothing imported the submodules before
    code = ("import sys, etiquette_lint\n"
            "assert 'etiquette_lint.presend' not in sys.modules, 'import etiquette_lint stays light'\n"
            "missing = []\n"
            "for name in sys.argv[1:]:\n"
            "    obj = etiquette_lint\n"
            "    try:\n"
            "        for part in name.split('.')[1:]:\n"
            "            obj = getattr(obj, part)\n"
            "    except AttributeError as exc:\n"
            "        missing.append(f'{name}: {exc}')\n"
            "print('\\n'.join(missing))\n"
            "sys.exit(1 if missing else 0)\n")
    res = subprocess.run([sys.executable, "-c", code, *names], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr


def test_names_in_the_docs_exist():
    """A name in docs/ may need its module imported first (``etiquette_lint.proofread.harper``)."""
    import importlib

    missing = []
    for name in sorted(documented_names(DOCS)):
        parts = name.split(".")
        for cut in range(len(parts), 0, -1):  # the longest importable module prefix
            try:
                obj = importlib.import_module(".".join(parts[:cut]))
                break
            except ImportError:
                continue
        try:
            for part in parts[cut:]:
                obj = getattr(obj, part)
        except AttributeError:
            missing.append(name)
    assert not missing


def test_all_lists_only_names_that_exist():
    code = "import etiquette_lint as e; missing = [n for n in e.__all__ if not hasattr(e, n)]; print(missing); assert not missing"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr


def test_an_unknown_name_is_an_attribute_error():
    import etiquette_lint

    try:
        etiquette_lint.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("etiquette_lint.no_such_thing should raise AttributeError")
