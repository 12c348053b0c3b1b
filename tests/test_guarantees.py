"""Issue 12's second half, as regression tests: clear errors instead of tracebacks, options
that do what they say, and a pre-send API that is safe in a long-running, threaded process.

docs/guarantees.md lists each guarantee beside the test that holds it.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from etiquette_lint import Config, ConfigError, FactsError, InputError, Linter, lint
from etiquette_lint import linter as linter_mod
from etiquette_lint import presend
from etiquette_lint.presend import NotAMessage, NotReadyToSend, check_before_send

DRAFT = "Dear Ms. Lee,\n\nThank you for the interview on Monday.\n\nBest regards,\nSam\n"
GOOD = ("Hi Jordan,\n\nThank you for walking me through the ticket triage process and the on-call rotation "
        "on Tuesday. Hearing how the team cut response times made me even more excited about the Support "
        "Engineer role at Initech.\n\nBest regards,\nSam Rivera\n")


def no_traceback(res) -> None:
    assert "Traceback" not in res.stderr and "Error:" not in res.stderr.replace("error:", ""), res.stderr


# --------------------------------------------------------------------------- the pre-send API

@pytest.mark.parametrize("bad", [None, 5, 3.5, ["Dear Sir"], object()])
def test_check_before_send_rejects_what_is_not_a_message(bad):
    with pytest.raises(NotAMessage) as info:
        check_before_send(bad)
    err = info.value
    assert isinstance(err, TypeError) and isinstance(err, InputError)  # a clear error, of both kinds
    assert "must be a str, bytes or an email.message.Message" in str(err)
    assert type(bad).__name__ in str(err) or "None" in str(err)


def test_check_before_send_rejects_an_unknown_fail_on():
    with pytest.raises(ValueError, match="fail_on: 'sometimes'"):
        check_before_send(DRAFT, fail_on="sometimes")


def test_check_before_send_reads_8bit_bytes_with_their_charset():
    msg = ("From: sam@example.com\r\nTo: jordan.lee@initech.example\r\nSubject: Thank you for Tuesday's "
           "interview\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\n" + GOOD.replace("\n", "\r\n").replace("Rivera", "Rivéra")
           ).encode("latin-1")
    report = check_before_send(msg, fail_on="never")
    assert "Sam Rivéra" in report.text  # not "Riv\ufffdra": the bytes were not decoded as UTF-8 first


def test_lazy_shared_linter_is_created_once_across_threads(monkeypatch):
    texts = (GOOD, GOOD.replace("Hi Jordan,", "Dear Sir,"))

    def outcome(text: str, linter=None):
        try:
            return "ok", tuple(d.code for d in check_before_send(text, linter=linter).diagnostics)
        except NotReadyToSend as exc:
            return "refused", tuple(d.code for d in exc.report.diagnostics)

    expected = [outcome(t, Linter()) for t in texts]  # what one thread alone sees
    assert expected[1][0] == "refused" and "EL201" in expected[1][1]
    made = []
    real = presend.Linter

    class Counting(real):
        def __init__(self, *a, **k):
            made.append(1)
            super().__init__(*a, **k)

    monkeypatch.setattr(presend, "Linter", Counting)
    monkeypatch.setattr(presend, "_LINTER", None)
    start = threading.Barrier(8)
    results: dict[int, list] = {}
    errors: list = []

    def worker(i: int) -> None:
        start.wait()
        try:
            results[i] = [outcome(t) for t in texts for _ in range(3)]
        except Exception as exc:  # pragma: no cover - the failure we are testing for
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert len(made) == 1  # one shared linter, not one per racing thread
    assert len(results) == 8
    for got in results.values():  # every thread saw exactly what a single thread sees
        assert got == [e for e in expected for _ in range(3)]


def test_lint_with_many_configs_keeps_a_bounded_number_of_linters(monkeypatch):
    """A server linting with a new Config object per request must stay flat: linters are
    cached by what the configuration says, a few at most, not one per object forever."""
    made = []
    real = linter_mod.Linter

    class Counting(real):
        def __init__(self, *a, **k):
            made.append(1)
            super().__init__(*a, **k)

    monkeypatch.setattr(linter_mod, "Linter", Counting)
    monkeypatch.setattr(linter_mod, "_DEFAULT", type(linter_mod._DEFAULT)())
    # 600 drafts, each with a fresh Config object, cycling through three settings
    for i in range(600):
        config = Config(select=("EL2", "EL4"), severity={"EL201": ("error", "warning", "info")[i % 3]})
        lint(DRAFT.replace("Monday", f"day {i}"), config=config)
    assert len(made) == 3
    assert len(linter_mod._DEFAULT) == 3
    # and many distinct settings: the cache never grows past its bound
    for i in range(3 * linter_mod.MAX_CACHED_LINTERS):
        lint(DRAFT, config=Config(select=("EL4",), rule_options={"too-long": {"max": 100 + i}}))
        assert len(linter_mod._DEFAULT) <= linter_mod.MAX_CACHED_LINTERS
    # a mapping goes through the same cache
    before = len(made)
    for _ in range(5):
        lint(DRAFT, config={"select": ["EL4"], "rules": {"too-long": {"max": 100}}})
    assert len(made) - before <= 1


def test_config_fingerprint_is_by_value():
    a = Config(select=("EL2",), rule_options={"too-long": {"max": 5}})
    b = Config(select=("EL2",), rule_options={"too-long": {"max": 5}})
    c = Config(select=("EL2",), rule_options={"too-long": {"max": 6}})
    assert a is not b and a.fingerprint() == b.fingerprint() != c.fingerprint()


# --------------------------------------------------------------------------- configuration errors

CONFIG_CASES = {
    "tool-not-a-table": ("pyproject.toml", b"tool = 5\n", "tool: expected a table", True),
    "section-not-a-table": ("pyproject.toml", b"[tool]\netiquette-lint = 5\n", "expected a table", True),
    "section-typo": ("pyproject.toml", b'[project]\nname = "x"\n[tool.etiquette-lint\nselect = ["EL2"]\n',
                     "pyproject.toml:3: malformed TOML", False),
    "section-underscore": ("pyproject.toml", b'[tool.etiquette_lint]\nselect = ["EL2"]\n',
                           "[tool.etiquette_lint] is not read", False),
    "pyproject-not-utf8": ("pyproject.toml", b'[tool.etiquette-lint]\nignore = ["EL2\xe9"]\n',
                           "pyproject.toml:2: configuration is not UTF-8", False),
    "toml-not-utf8": ("etiquette-lint.toml", b'ignore = ["EL2\xe9"]\n', "not UTF-8", False),
    "deeply-nested": ("etiquette-lint.toml", b"x = " + b"[" * 5000 + b"]" * 5000 + b"\n", "nested too deeply",
                      False),
    "nested-within-parser-limit": ("etiquette-lint.toml", b"x = " + b"[" * 40 + b"]" * 40 + b"\n",
                                   "nested too deeply", False),
    "per-kind-number": ("etiquette-lint.toml", b"[rules.too-long]\nper_kind = 5\n",
                        "etiquette-lint.toml:2: rules.too-long.per_kind: expected a table", False),
    "per-kind-unknown-kind": ("etiquette-lint.toml", b"[rules.too-long]\nper_kind = {thanks = {max = 5}}\n",
                              "'thanks' is not a message kind", False),
    "per-kind-bad-value": ("etiquette-lint.toml", b'[rules.too-long]\nper_kind = {thank_you = {max = "x"}}\n',
                           "per_kind.thank_you.max: expected a number", False),
    "max-nan": ("etiquette-lint.toml", b"[rules.too-long]\nmax = nan\n",
                "etiquette-lint.toml:2: rules.too-long.max: expected a finite number", False),
    "max-inf": ("etiquette-lint.toml", b"[rules.too-long]\nmax = inf\n", "expected a finite number", False),
    "max-negative": ("etiquette-lint.toml", b"[rules.too-long]\nmax = -1\n", "0 or more", False),
    "select-empty": ("etiquette-lint.toml", b"select = []\n", "etiquette-lint.toml:1: select: empty", False),
    "ignore-everything": ("etiquette-lint.toml", b'ignore = ["ALL"]\n', "no rule is selected", False),
}


@pytest.mark.parametrize("case", list(CONFIG_CASES))
def test_bad_configuration_is_a_clear_error(run_cli, tmp_path, case):
    name, body, expected, explicit = CONFIG_CASES[case]
    (tmp_path / name).write_bytes(body)
    (tmp_path / "d.txt").write_text(DRAFT)
    args = ["--config", name] if explicit else []
    res = run_cli(*args, "d.txt")
    assert res.returncode == 2, res.stdout + res.stderr
    assert expected in res.stderr
    assert name in res.stderr
    no_traceback(res)


def test_empty_select_flag_is_a_clear_error(run_cli, tmp_path):
    (tmp_path / "d.txt").write_text(DRAFT)
    res = run_cli("--isolated", "--select", "", "d.txt")
    assert res.returncode == 2 and "--select: empty" in res.stderr
    no_traceback(res)


def test_config_given_to_the_api_as_a_number_is_a_config_error():
    with pytest.raises(ConfigError, match="must be a table"):
        from etiquette_lint.config import config_from_mapping
        config_from_mapping(5)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- options that do something

LONG = "Dear Ms. Lee,\n\n" + "Thank you for the interview about the triage work at Initech. " * 4 + \
    "\n\nBest regards,\nSam\n"  # 48 words of her own


def _el401(linter: Linter, kind: str) -> list[str]:
    return [d.message for d in linter.lint(LONG, kind=kind).diagnostics if d.code == "EL401"]


def test_user_max_wins_over_the_built_in_per_kind_values():
    """Issue 12: [rules.too-long] max = N lost to the rule's own per-kind limits."""
    linter = Linter(Config(select=("EL401",), rule_options={"too-long": {"max": 30}}))
    for kind in ("thank_you", "check_in", "offer_reply", "withdrawal"):
        (message,) = _el401(linter, kind)
        assert "under 30" in message
    default = Linter(Config(select=("EL401",)))
    assert _el401(default, "thank_you") == []  # 48 words: fine under the built-in 200


def test_user_per_kind_wins_over_the_user_max():
    linter = Linter(Config(select=("EL401",), rule_options={
        "too-long": {"max": 30, "per_kind": {"check_in": {"max": 100}}}}))
    assert _el401(linter, "check_in") == []
    assert "under 30" in _el401(linter, "thank_you")[0]


def test_max_from_a_config_file_wins(run_cli, tmp_path):
    (tmp_path / "etiquette-lint.toml").write_text('select = ["too-long"]\n[rules.too-long]\nmax = 30\n')
    (tmp_path / "d.txt").write_text(LONG)
    res = run_cli("--kind", "thank_you", "--format", "json", "d.txt")
    (d,) = json.loads(res.stdout)["files"][0]["diagnostics"]
    assert d["code"] == "EL401" and "under 30" in d["message"]


CHECK_IN = ("Dear Mr. Oyelowo,\n\nI wanted to check in on the Branch Operations Manager position and ask "
            "whether there is any update.\n\nBest regards,\nPriya\n")


@pytest.mark.parametrize("facts,default,assertive", [
    ({"interview_at": "2026-11-16T10:00", "sent_at": "2026-11-17T16:00"}, ["EL802"], []),
    ({"interview_at": "2026-11-16T10:00", "sent_at": "2026-11-17T09:00",
      "previous_followups": [{"sent_at": "2026-11-16T19:00"}]}, ["EL802"], []),
    # a stated decision date is respected under both profiles
    ({"interview_at": "2026-11-16T10:00", "decision_by": "2026-11-30", "sent_at": "2026-11-17T16:00"},
     ["EL802"], ["EL802"]),
    # and one unanswered reminder is still the limit
    ({"interview_at": "2026-10-21T11:00", "decision_by": "2026-10-30", "sent_at": "2026-11-12T10:00",
      "previous_followups": [{"sent_at": "2026-11-06T10:00"}]}, ["EL803"], ["EL803"]),
])
def test_assertive_profile_follows_seed_003(facts, default, assertive):
    """profile = "assertive" is read: a next-day touch-base is not early (seed 003's sequence)."""
    for profile, expected in (("default", default), ("assertive", assertive)):
        linter = Linter(Config(select=("timing",), profile=profile))
        codes = [d.code for d in linter.lint(CHECK_IN, facts=facts, kind="check_in").diagnostics]
        assert codes == expected, profile


def test_profile_from_a_config_file(tmp_path):
    from etiquette_lint import load_config

    (tmp_path / "etiquette-lint.toml").write_text('profile = "assertive"\nselect = ["timing"]\n')
    linter = Linter(load_config(tmp_path / "etiquette-lint.toml"))
    report = linter.lint(CHECK_IN, facts={"interview_at": "2026-11-16T10:00", "sent_at": "2026-11-17T16:00"},
                         kind="check_in")
    assert report.diagnostics == []


# --------------------------------------------------------------------------- facts errors

BAD_DATES = ["2026-02-30", "0000-01-01", "2026-02-30 10:00", "9999-12-31"]


@pytest.mark.parametrize("value", BAD_DATES)
def test_bad_date_in_front_matter(run_cli, tmp_path, value):
    (tmp_path / "d.md").write_text(f"---\ncompany: Initech\ninterview_at: {value}\n---\n{DRAFT}")
    res = run_cli("d.md")
    assert res.returncode == 2, res.stdout + res.stderr
    assert "d.md:3: interview_at:" in res.stderr
    no_traceback(res)


@pytest.mark.parametrize("value", BAD_DATES)
@pytest.mark.parametrize("where", ["sidecar", "--facts"])
def test_bad_date_in_a_facts_file(run_cli, tmp_path, value, where):
    (tmp_path / "d.txt").write_text(DRAFT)
    name = "d.facts.yaml" if where == "sidecar" else "facts.yaml"
    (tmp_path / name).write_text(f"company: Initech\ninterview_at: {value}\n")
    res = run_cli(*(["--facts", name] if where == "--facts" else []), "d.txt")
    assert res.returncode == 2, res.stdout + res.stderr
    assert f"{name}:2: interview_at:" in res.stderr
    no_traceback(res)


def test_bad_date_in_a_toml_facts_file(run_cli, tmp_path):
    (tmp_path / "d.txt").write_text(DRAFT)
    (tmp_path / "facts.toml").write_text("interview_at = 2026-02-30\n")
    res = run_cli("--facts", "facts.toml", "d.txt")
    assert res.returncode == 2 and "facts.toml:1: malformed TOML" in res.stderr
    no_traceback(res)


@pytest.mark.parametrize("value", ["2026-02-30", "0000-01-01", "2026-02-30T10:00", "9999-12-31T23:00"])
def test_bad_date_through_the_api_is_a_facts_error(value):
    with pytest.raises(FactsError, match="interview_at"):
        lint(DRAFT, facts={"interview_at": value})


def test_aliases_in_facts_are_refused(run_cli, tmp_path):
    (tmp_path / "d.txt").write_text(DRAFT)
    (tmp_path / "d.facts.yaml").write_text("a: &a [x, x]\nb: &b [*a, *a]\ntopics: *b\n")
    res = run_cli("d.txt")
    assert res.returncode == 2 and "d.facts.yaml:2: malformed YAML: aliases" in res.stderr
    no_traceback(res)


def test_deeply_nested_facts_are_refused(run_cli, tmp_path):
    (tmp_path / "d.txt").write_text(DRAFT)
    (tmp_path / "d.facts.yaml").write_text("topics: " + "[" * 3000 + "]" * 3000 + "\n")
    res = run_cli("d.txt")
    assert res.returncode == 2 and "nested more than" in res.stderr
    no_traceback(res)


# --------------------------------------------------------------------------- packs and inputs

PACK_CASES = {
    "extends-list": "code: EL951\nname: bad-one\nextends: [existence]\ncategory: generic\nmessage: x\n"
                    "tokens: ['foo']\n",
    "tokens-number": "code: EL952\nname: bad-two\nextends: existence\ncategory: generic\nmessage: x\ntokens: 5\n",
    "per-kind-number": "code: EL953\nname: bad-three\nextends: metric\nmetric: words\ncategory: length\n"
                       "message: x\nper_kind: {thank_you: 5}\n",
    "options-list": "code: EL954\nname: bad-four\nextends: existence\ncategory: generic\nmessage: x\n"
                    "tokens: ['foo']\noptions: [1]\n",
    "patterns-strings": "code: EL955\nname: bad-five\nextends: existence\ncategory: generic\nmessage: x\n"
                        "patterns: ['foo']\n",
    "swap-list": "code: EL956\nname: bad-six\nextends: substitution\ncategory: generic\nmessage: x\n"
                 "swap: [a, b]\n",
}


def test_malformed_pack_rules_are_skipped_with_a_warning(run_cli, tmp_path):
    pack = tmp_path / "house"
    pack.mkdir()
    for name, body in PACK_CASES.items():
        (pack / f"{name}.yml").write_text(body)
    (pack / "good.yml").write_text("code: EL959\nname: says-initech\nextends: existence\ncategory: generic\n"
                                   "message: \"'{match}' found\"\ntokens: ['Initech']\n")
    (tmp_path / "etiquette-lint.toml").write_text('rule-paths = ["house"]\nselect = ["EL959", "EL2"]\n')
    (tmp_path / "d.txt").write_text(DRAFT.replace("Monday", "Monday at Initech"))
    res = run_cli("--format", "text", "d.txt")
    no_traceback(res)
    assert res.returncode == 1, res.stderr  # the run went on: the good rule reported
    assert "EL959 says-initech" in res.stdout
    for name in PACK_CASES:
        line = next(l for l in res.stderr.splitlines() if f"{name}.yml" in l)
        assert "warning" in line and "field '" in line and "skipped" in line, line
    assert "field 'extends': expected one word, got ['existence']" in res.stderr
    assert "field 'tokens': expected a list of regular expressions, got 5" in res.stderr


def test_non_utf8_draft_gets_a_note(run_cli, tmp_path):
    (tmp_path / "d.txt").write_bytes(DRAFT.replace("Lee", "Lée").encode("cp1252"))
    res = run_cli("--format", "json", "d.txt")
    (f,) = json.loads(res.stdout)["files"]
    assert any("not valid UTF-8" in n and "cp1252" in n for n in f["notes"])
    assert "not valid UTF-8" in res.stderr
    utf8 = tmp_path / "u.txt"
    utf8.write_text(DRAFT.replace("Lee", "Lée"), encoding="utf-8")
    (g,) = json.loads(run_cli("--format", "json", "u.txt").stdout)["files"]
    assert not any("UTF-8" in n for n in g["notes"])


# --------------------------------------------------------------------------- the fuzzer itself

def test_parser_fuzzer_runs_and_finds_nothing_in_facts_config_and_packs(tmp_path):
    """A short run of fuzz/fuzz_parsers.py (the full run is documented in docs/guarantees.md)."""
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "fuzz" / "fuzz_parsers.py"
    res = subprocess.run([sys.executable, str(script), "9", "--targets", "facts,config,packs", "--seed", "3",
                          "--slow", "30",  # under a loaded CI machine; the bounds tests hold the timing
                          "--out", str(tmp_path / "findings")], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "no findings" in res.stdout
    for target in ("facts", "config", "packs"):
        line = next(l for l in res.stdout.splitlines() if l.strip().startswith(target))
        assert "clear errors" in line and " 0 inputs" not in line
