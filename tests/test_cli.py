"""The CLI through a subprocess, as editors and scripts call it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import SEEDS

SEED_002_SAMPLE = """Dear Sir,
Thank you so much for taking the time to meet with me yesterday to discuss the Sales Manager poition role at ABC. I enjoyed learning more about your team’s goals and how my skills could contribute to your ongoing projects.
I’m excited about the opportunity to join your team and look forward to the possibility of working together. Please don’t hesitate to reach out if you need any additional information.
Thank you again for your time and consideration.
Best regards,
"""


def seed_002_sample() -> str:
    """The sample thank-you from seed 002, cut from the article itself when it is at hand."""
    seed = SEEDS / "002_cf9db08d104e0b98.txt"
    if seed.exists():
        text = seed.read_text(encoding="utf-8")
        start = text.index("Dear Sir,")
        end = text.index("Best regards,", start) + len("Best regards,")
        return text[start:end] + "\n"
    return SEED_002_SAMPLE


@pytest.fixture
def seed_draft(tmp_path):
    path = tmp_path / "thanks.txt"
    path.write_text(seed_002_sample(), encoding="utf-8")
    return path


TEXT_LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) "
                       r"(?P<code>EL\d{3}) (?P<name>[a-z0-9-]+): (?P<msg>.+)$")


def test_seed_002_generic_salutation_in_text_format(run_cli, seed_draft):
    res = run_cli("--format", "text", str(seed_draft))
    assert res.returncode == 1, res.stderr
    lines = res.stdout.splitlines()
    assert all(TEXT_LINE.match(l) for l in lines), lines
    hit = [TEXT_LINE.match(l) for l in lines if " EL201 generic-salutation:" in l]
    assert len(hit) == 1
    assert (hit[0]["path"], hit[0]["line"], hit[0]["col"]) == (str(seed_draft), "1", "1")


def test_seed_002_in_pretty_format(run_cli, seed_draft):
    res = run_cli("--format", "pretty", "--color", "never", str(seed_draft))
    assert res.returncode == 1
    out = res.stdout
    assert "EL201 generic-salutation" in out
    assert f"{seed_draft}:1:1" in out
    block = out[out.index("EL201"):]
    assert "   1 | Dear Sir," in block
    assert "\n       ^^^^^^^^\n" in block  # 'Dear Sir' underlined under the gutter


def test_seed_002_in_json_format(run_cli, seed_draft):
    res = run_cli("--format", "json", str(seed_draft))
    assert res.returncode == 1
    doc = json.loads(res.stdout)
    assert doc["version"] == 1
    file = doc["files"][0]
    assert file["kind"] == "thank_you"
    d = next(d for d in file["diagnostics"] if d["code"] == "EL201")
    assert (d["line"], d["column"], d["name"], d["category"]) == (1, 1, "generic-salutation", "greeting")
    assert seed_002_sample()[d["start"]:d["end"]] == "Dear Sir"


def test_seed_003_templates_get_placeholder_findings(run_cli, tmp_path):
    seed = SEEDS / "003_46849967e4abf027.txt"
    text = seed.read_text(encoding="utf-8") if seed.exists() else (
        "Hello, I am just touching base to see how my candidacy for [job title] is progressing, as I continue to "
        "believe it is a really good fit for my [specific strengths].\n")
    start = text.index("Hello, I am just touching base")
    draft = tmp_path / "template.txt"
    draft.write_text(text[start:text.index("\n", start)] + "\n", encoding="utf-8")
    res = run_cli("--format", "json", str(draft))
    diags = json.loads(res.stdout)["files"][0]["diagnostics"]
    found = {draft.read_text()[d["start"]:d["end"]] for d in diags if d["category"] == "placeholder"}
    assert {"[job title]", "[specific strengths]"} <= found
    assert res.returncode == 1


def test_json_output_matches_the_schema(run_cli, seed_draft, tmp_path):
    import jsonschema
    schema = json.loads((Path(__file__).parent.parent / "docs" / "schema" / "report-v1.json").read_text())
    other = tmp_path / "b.md"
    other.write_text("---\ninterviewer: Jordan Lee\ncompany: Initech\n---\nHi {first_name},\n\n"
                     "Thanks for the interview.\n", encoding="utf-8")
    res = run_cli("--format", "json", str(seed_draft), str(other))
    doc = json.loads(res.stdout)
    jsonschema.validate(doc, schema)
    assert len(doc["files"]) == 2
    fixes = [d["fix"] for f in doc["files"] for d in f["diagnostics"] if d["fix"]]
    assert any(f["safe"] for f in fixes)


def test_exit_codes_and_fail_on(run_cli, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("Dear Ms. Lee,\n\nThank you for meeting with me yesterday about the support role.\n\n"
                     "Best regards,\nSam Rivera\n")
    res = run_cli("--select", "EL201,EL202,EL251", str(clean))
    assert res.returncode == 0, res.stdout
    assert res.stdout == ""
    bad = tmp_path / "bad.txt"
    bad.write_text("Dear Sir,\n\nThank you for the interview.\n\nBest regards,\nSam\n")
    assert run_cli("--select", "EL201", str(bad)).returncode == 1
    assert run_cli("--select", "EL201", "--fail-on", "error", str(bad)).returncode == 0
    assert run_cli("--select", "EL201", "--fail-on", "never", str(bad)).returncode == 0


def test_select_and_ignore_by_prefix_name_and_category(run_cli, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("Dear Sir,\n\nThank you for the interview about [job title].\n")
    def codes(*args):
        res = run_cli("--format", "json", *args, str(bad))
        return {d["code"] for d in json.loads(res.stdout)["files"][0]["diagnostics"]}
    assert codes("--select", "EL201") == {"EL201"}
    assert "EL201" not in codes("--ignore", "generic-salutation")
    assert codes("--select", "placeholder") == {"EL101"}
    assert "EL101" not in codes("--ignore", "EL1")
    selected = codes("--select", "EL2", "--ignore", "EL201")
    assert selected and "EL201" not in selected and all(c.startswith("EL2") for c in selected)


def test_unknown_selector_is_a_usage_error(run_cli, tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Dear Sir,\n\nThanks.\n")
    res = run_cli("--select", "EL999x", str(draft))
    assert res.returncode == 2
    assert "matches no rule" in res.stderr


def test_stdin(run_cli):
    res = run_cli("-", input="Dear Sir,\n\nThanks for the interview.\n\nBest,\nSam\n")
    assert res.returncode == 1
    assert res.stdout.startswith("<stdin>:1:1: warning EL201 generic-salutation")


@pytest.mark.parametrize("name,data,needle", [
    ("empty.txt", b"", "empty file"),
    ("bin.txt", b"\x00\x01\x02", "binary file"),
    ("bad.txt", b"Hi \x81\x8d\x8f\x90\n", "invalid UTF-8"),
    ("bad.eml", b"not an email at all\n", "malformed .eml"),
    ("fm.md", b"---\nkind: thank_you\n", "no closing '---'"),
    ("facts.md", b"---\ncolour: blue\n---\nDear Jordan,\n\nThanks.\n", "unknown fact 'colour'"),
    ("date.md", b"---\ninterview_at: someday\n---\nDear Jordan,\n\nThanks.\n", "interview_at"),
])
def test_bad_input_exits_2_with_one_line(run_cli, tmp_path, name, data, needle):
    path = tmp_path / name
    path.write_bytes(data)
    res = run_cli(str(path))
    assert res.returncode == 2
    err = res.stderr.strip().splitlines()
    assert len(err) == 1, res.stderr
    assert needle in err[0] and name in err[0]
    assert "Traceback" not in res.stderr


def test_missing_path_and_directory_exit_2(run_cli, tmp_path):
    res = run_cli(str(tmp_path / "missing.txt"))
    assert res.returncode == 2 and "no such file" in res.stderr
    res = run_cli(str(tmp_path))
    assert res.returncode == 2 and "is a directory" in res.stderr


def test_one_bad_file_does_not_hide_the_others(run_cli, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Dear Sir,\n\nThanks for the interview.\n\nBest,\nSam\n")
    res = run_cli("--format", "text", str(tmp_path / "missing.txt"), str(good))
    assert res.returncode == 2
    assert "EL201" in res.stdout


def test_rule_and_rules_commands(run_cli):
    res = run_cli("rule", "EL201")
    assert res.returncode == 0
    for heading in ("EL201 generic-salutation", "What it does", "Why it matters", "Example", "Use instead", "G3"):
        assert heading in res.stdout
    assert run_cli("rule", "generic-salutation").stdout == res.stdout
    res = run_cli("rule", "EL000")
    assert res.returncode == 2 and "no rule" in res.stderr
    res = run_cli("rules")
    assert res.returncode == 0
    assert re.search(r"^EL201\s+generic-salutation\s+greeting", res.stdout, re.M)
    listed = json.loads(run_cli("rules", "--format", "json").stdout)
    assert {"code", "name", "category", "severity", "kinds", "guidance"} <= set(listed[0])


def test_kind_flag_and_facts_flags(run_cli, tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Dear Hiring Manager,\n\nThank you for meeting with me about [job title].\n\nBest,\nSam\n")
    res = run_cli("--format", "json", "--kind", "check_in", "--role", "Support Engineer",
                  "--interviewer", "Jordan Lee", "--topic", "triage", str(draft))
    f = json.loads(res.stdout)["files"][0]
    assert f["kind"] == "check_in" and f["kind_detected"] is False
    assert f["facts"]["role"] == "Support Engineer"
    assert f["facts"]["topics"] == ["triage"]
    ph = next(d for d in f["diagnostics"] if d["code"] == "EL101")
    assert ph["fix"]["safe"] and ph["fix"]["edits"][0]["replacement"] == "Support Engineer"


def test_bad_facts_flag_exits_2_naming_the_flag(run_cli, tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Dear Jordan,\n\nThanks.\n")
    res = run_cli("--interview-at", "tuesday-ish", str(draft))
    assert res.returncode == 2
    assert "--interview-at" in res.stderr and "Traceback" not in res.stderr


def test_fix_writes_a_backup_first(run_cli, tmp_path):
    draft = tmp_path / "d.txt"
    original = "Dear Ms. Lee,\n\nThank you for discussing the [job title] role at [Company Name].\n\nBest,\nSam\n"
    draft.write_text(original)
    res = run_cli("--fix", "--company", "Initech", "--role", "Support Engineer", "--select", "EL101", str(draft))
    assert res.returncode == 0, res.stdout + res.stderr
    assert (tmp_path / "d.txt.orig").read_text() == original
    assert "the Support Engineer role at Initech." in draft.read_text()
    assert "applied 2 safe fixes" in res.stderr
    # a second run with nothing to fix leaves the backup alone
    res = run_cli("--fix", "--select", "EL101", str(draft))
    assert not (tmp_path / "d.txt.orig.1").exists()


def test_python_dash_m_and_version(run_cli):
    res = run_cli("--version")
    assert res.returncode == 0 and res.stdout.startswith("etiquette-lint ")


def test_no_paths_on_a_terminal_is_a_usage_error():
    from etiquette_lint.cli import main
    import io, sys
    class Tty(io.StringIO):
        def isatty(self):
            return True
    old = sys.stdin
    sys.stdin = Tty()
    try:
        assert main([]) == 2
    finally:
        sys.stdin = old


def test_progress_bar_only_on_long_runs(monkeypatch):
    import io
    import etiquette_lint.cli as cli

    class Tty(io.StringIO):
        def isatty(self):
            return True

    err = Tty()
    monkeypatch.setattr(cli.sys, "stderr", err)
    clock = iter([0.0, 0.1, 2.0, 2.1, 2.2, 2.3])
    monkeypatch.setattr(cli.time, "monotonic", lambda: next(clock))
    bar = cli._Progress(3, enabled=True)
    bar.step("a.txt")          # 0.1 s into the run: nothing shown yet
    assert err.getvalue() == ""
    bar.step("b.txt")          # 2 s: the bar appears
    assert "[" in err.getvalue() and "2/3 b.txt" in err.getvalue()
    bar.clear()
    assert err.getvalue().endswith("\r")
    quiet = cli._Progress(1, enabled=True)  # one file never gets a bar
    assert quiet.enabled is False


def test_text_format_reports_the_kind_on_stderr(run_cli, seed_draft):
    res = run_cli("--format", "text", str(seed_draft))
    assert f"{seed_draft}: kind thank_you (detected by the kind model (thank-you note, p=" in res.stderr
    assert all(TEXT_LINE.match(l) for l in res.stdout.splitlines())


def test_missing_spacy_model_is_a_config_error(run_cli, tmp_path):
    (tmp_path / "etiquette-lint.toml").write_text('model = "en_core_web_nonexistent"\n')
    draft = tmp_path / "d.txt"
    draft.write_text("Dear Sir,\n\nThanks.\n")
    res = run_cli(str(draft))
    assert res.returncode == 2
    assert "etiquette-lint.toml:1: model: spaCy model 'en_core_web_nonexistent' is not installed" in res.stderr
    assert "Traceback" not in res.stderr


def test_diff_shows_safe_fixes_without_writing(run_cli, tmp_path):
    draft = tmp_path / "d.txt"
    original = "Dear Ms. Lee,\n\nThank you for discussing the [job title] role.\n\nBest,\nSam\n"
    draft.write_text(original)
    res = run_cli("--diff", "--role", "Support Engineer", "--select", "EL101", str(draft))
    assert "-Thank you for discussing the [job title] role." in res.stdout
    assert "+Thank you for discussing the Support Engineer role." in res.stdout
    assert draft.read_text() == original
    assert not (tmp_path / "d.txt.orig").exists()
