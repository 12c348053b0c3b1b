"""Configuration discovery, validation (file, line, key) and overrides."""

from __future__ import annotations

import pytest

from etiquette_lint import Config, ConfigError, Linter, find_config, load_config

DEAR_SIR = "Dear Sir,\n\nThank you for the interview.\n\nBest regards,\nSam\n"


def test_found_upward_from_the_draft(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.etiquette-lint]\nignore = ["EL201"]\n')
    sub = tmp_path / "drafts" / "2026"
    sub.mkdir(parents=True)
    assert find_config(sub) == tmp_path / "pyproject.toml"
    (sub.parent / "etiquette-lint.toml").write_text('select = ["EL2"]\n')
    assert find_config(sub) == sub.parent / "etiquette-lint.toml"


def test_pyproject_without_our_section_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tmp_path) is None or find_config(tmp_path).parent != tmp_path


@pytest.mark.parametrize("body,key,line", [
    ('select = ["EL2"]\ncolour = "blue"\n', "colour", 2),
    ('fail-on = "sometimes"\n', "fail-on", 1),
    ('\n\nselect = "EL2"\nignore = [1, 2]\n', "ignore", 4),
    ('[severity]\nEL201 = "loud"\n', "severity.EL201", 2),
    ('[proofread]\nbackend = "offline"\nserver = "x"\n', "proofread.server", 3),
    ('profile = "aggro"\n', "profile", 1),
    ('rule-paths = ["does-not-exist"]\n', "rule-paths", 1),
])
def test_invalid_config_names_file_line_and_key(tmp_path, body, key, line):
    path = tmp_path / "etiquette-lint.toml"
    path.write_text(body)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.path == str(path)
    assert info.value.line == line
    assert key in str(info.value)


def test_malformed_toml(tmp_path):
    path = tmp_path / "etiquette-lint.toml"
    path.write_text('select = ["EL2"\n')
    with pytest.raises(ConfigError, match="malformed TOML"):
        load_config(path)


def test_rule_options_validated_against_rules(tmp_path):
    path = tmp_path / "etiquette-lint.toml"
    path.write_text('[rules.too-long]\nmaxx = 10\n')
    with pytest.raises(ConfigError) as info:
        Linter(load_config(path))
    assert "maxx" in str(info.value) and info.value.line == 2
    path.write_text('[rules.EL401]\nmax = "ten"\n')
    with pytest.raises(ConfigError, match="expected a number"):
        Linter(load_config(path))
    path.write_text('[rules.EL999]\nmax = 1\n')
    with pytest.raises(ConfigError, match="no rule"):
        Linter(load_config(path))


def test_thresholds_and_severity_from_config(tmp_path):
    path = tmp_path / "etiquette-lint.toml"
    path.write_text('select = ["EL401", "EL201"]\n[rules.too-long]\nmax = 5\nper_kind = {}\n'
                    '[severity]\ngeneric-salutation = "error"\n')
    linter = Linter(load_config(path))
    report = linter.lint(DEAR_SIR)
    by_code = {d.code: d for d in report.diagnostics}
    assert by_code["EL201"].severity == "error"
    assert "EL401" in by_code and "under 5" in by_code["EL401"].message
    assert not report.ok("error")


def test_selection_specificity():
    from etiquette_lint.registry import load_rules

    rules = {r.code: r for r in load_rules().rules}
    cfg = Config(select=("EL2",), ignore=("EL20",), extend_select=("EL201",))
    assert cfg.enabled(rules["EL201"])      # a full code beats a shorter prefix
    assert not cfg.enabled(rules["EL202"])
    assert cfg.enabled(rules["EL251"])
    assert not Config(select=("ALL",), ignore=("greeting",)).enabled(rules["EL201"])
    assert Config(select=("greeting",)).enabled(rules["EL202"])
    assert not Config(select=("greeting",)).enabled(rules["EL251"])


def test_extra_rule_pack_folder(tmp_path):
    pack = tmp_path / "house"
    pack.mkdir()
    (pack / "no-hey.yml").write_text(
        "code: EL980\nname: house-no-dear-friend\nextends: existence\ncategory: greeting\nguidance: [G3]\n"
        "scope: greeting\nmessage: \"'{match}' is not our house style\"\ntokens: ['dear friend']\n"
        "summary: Flags 'Dear friend' greetings.\nwhy: House style wants the person's name.\n"
        "examples:\n  fail: [\"Dear friend,\\n\\nThanks.\"]\n  pass: [\"Dear Jordan,\\n\\nThanks.\"]\n")
    (tmp_path / "etiquette-lint.toml").write_text('rule-paths = ["house"]\n')
    linter = Linter(load_config(tmp_path / "etiquette-lint.toml"))
    report = linter.lint("Dear friend,\n\nThanks for the interview.\n\nBest,\nSam\n")
    assert any(d.code == "EL980" and d.message == "'Dear friend' is not our house style" for d in report.diagnostics)


def test_malformed_rule_pack_is_reported_with_file_line_and_field(tmp_path, run_cli):
    pack = tmp_path / "house"
    pack.mkdir()
    (pack / "broken.yml").write_text("code: EL981\nname: broken-rule\nextends: existance\ncategory: greeting\n"
                                     "message: x\ntokens: [a]\n")
    (pack / "badregex.yml").write_text("code: EL982\nname: bad-regex\nextends: existence\ncategory: greeting\n"
                                       "message: x\ntokens: ['(unclosed']\n")
    (tmp_path / "etiquette-lint.toml").write_text('rule-paths = ["house"]\n')
    draft = tmp_path / "d.txt"
    draft.write_text(DEAR_SIR)
    res = run_cli("--format", "text", str(draft))
    assert res.returncode == 1  # the other rules still ran
    assert "EL201" in res.stdout
    assert "broken.yml:3: field 'extends'" in res.stderr
    assert "badregex.yml:6: field 'tokens'" in res.stderr
    assert "Traceback" not in res.stderr


def test_cli_flags_override_config(tmp_path, run_cli):
    (tmp_path / "etiquette-lint.toml").write_text('ignore = ["EL201"]\nfail-on = "error"\n')
    draft = tmp_path / "d.txt"
    draft.write_text(DEAR_SIR)
    assert "EL201" not in run_cli(str(draft)).stdout
    res = run_cli("--select", "EL201", "--fail-on", "warning", str(draft))
    # --select replaces select, but the config's ignore still applies (as in Ruff)
    assert "EL201" not in res.stdout
    res = run_cli("--isolated", "--fail-on", "warning", str(draft))
    assert "EL201" in res.stdout and res.returncode == 1
    other = tmp_path / "other.toml"
    other.write_text('select = ["EL201"]\n')
    res = run_cli("--config", str(other), str(draft))
    assert res.stdout.count("\n") == 1 and "EL201" in res.stdout


def test_bad_config_on_the_cli_exits_2(tmp_path, run_cli):
    (tmp_path / "etiquette-lint.toml").write_text('select = ["EL2"]\nunknown-key = 1\n')
    draft = tmp_path / "d.txt"
    draft.write_text(DEAR_SIR)
    res = run_cli(str(draft))
    assert res.returncode == 2
    assert f"{tmp_path / 'etiquette-lint.toml'}:2: unknown-key: unknown key" in res.stderr
