"""Harper is an optional grammar supplement: a plain install never needs it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from etiquette_lint.proofread import BackendUnavailable, Vocabulary, get_backend

ROOT = Path(__file__).resolve().parent.parent

BLOCK_HARPER = """
import importlib.abc, sys
class _Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "harper" or name.startswith("harper."):
            raise ImportError("harper-py is not installed (blocked by the test)")
        return None
sys.meta_path.insert(0, _Block())
import importlib.util
_orig = importlib.util.find_spec
importlib.util.find_spec = lambda name, *a, **k: None if name == "harper" else _orig(name, *a, **k)
"""


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", BLOCK_HARPER + textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


def test_harper_is_an_extra_not_a_dependency():
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover
        import tomli as tomllib
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(d.lower().startswith("harper") for d in project["dependencies"])
    assert any(d.startswith("harper-py") for d in project["optional-dependencies"]["harper"])


def test_plain_install_checks_grammar_without_harper():
    proc = _run("""
        from etiquette_lint.proofread import get_backend, Vocabulary, BackendUnavailable
        b = get_backend("offline")
        text = "I am looking forward to meet you. He have went home."
        found = [f.rule for f in b.check(text, [(0, len(text))], Vocabulary()) if f.category == "grammar"]
        assert found, found
        assert get_backend("offline", harper="auto").harper is None
        try:
            get_backend("offline", harper=True)
        except BackendUnavailable as exc:
            print("UNAVAILABLE", exc)
        assert "harper" not in sys.modules
        print("OK")
    """)
    assert proc.returncode == 0, proc.stderr
    assert "OK" in proc.stdout
    assert "UNAVAILABLE" in proc.stdout and "pip install 'etiquette-lint[harper]'" in proc.stdout


def test_default_backend_does_not_import_harper_even_when_installed():
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent("""
        import sys
        from etiquette_lint.proofread import get_backend, Vocabulary
        text = "I am looking forward to meet you."
        get_backend("offline").check(text, [(0, len(text))], Vocabulary())
        print("harper" in sys.modules)
    """)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"


harper = pytest.importorskip("harper", reason="harper-py (the optional extra) is not installed")


@pytest.fixture(scope="module")
def with_harper():
    return get_backend("harper")


def test_harper_supplement_is_quiet_and_grammar_only(with_harper, capfd):
    text = ("I am looking forward to meet you. She have a plan. We discussed about the budget. "
            "I have went through it. Sincerly, Priya from Zylotech.")
    found = with_harper.check(text, [(0, len(text))], Vocabulary())
    out, _ = capfd.readouterr()
    assert out == ""  # harper-py 0.2.0's LookingForwardTo lint prints; it is never enabled
    harper_rules = {f.rule for f in found if f.rule.startswith("harper:")}
    assert harper_rules <= {"harper:" + name for name in
                            __import__("etiquette_lint.proofread.harper", fromlist=["LINTS"]).LINTS}
    # spelling comes from the offline backend only (Priya and Zylotech pass, Sincerly does not)
    assert [text[f.start:f.end] for f in found if f.category == "spelling"] == ["Sincerly"]
    # one finding per slip: Harper does not repeat what the targeted checks found
    spans = [(f.start, f.end) for f in found if f.category == "grammar"]
    assert all(not (a[0] < b[1] and b[0] < a[1]) for i, a in enumerate(spans) for b in spans[i + 1:])


def test_harper_does_not_misread_you_guys(with_harper):
    text = "You guys are the best crew I have met."
    assert [f for f in with_harper.check(text, [(0, len(text))], Vocabulary()) if f.category == "grammar"] == []


def test_harper_time_is_bounded(with_harper):
    text = ("He have a plan for the pour and we discussed about it at length. " * 2000)
    supplement = with_harper.harper
    supplement.check("warm up", [(0, 7)])
    t = time.perf_counter()
    found = supplement.check(text, [(0, len(text))])
    assert time.perf_counter() - t < 5.0
    from etiquette_lint.proofread.harper import MAX_CHARS

    assert found and max(f.end for f in found) <= MAX_CHARS < len(text)


def test_harper_dialect_is_passed():
    b = get_backend("offline", harper=True, dialect="british")
    assert b.harper is not None and b.harper.dialect == "british"
    with pytest.raises(BackendUnavailable):
        get_backend("offline", harper=True, dialect="martian")
