"""Contract over rule metadata: unique codes and names, fixed categories, docs present,
at least one pass and one fail example per rule."""

from __future__ import annotations

import re

import pytest

from etiquette_lint.diagnostics import CATEGORIES, SEVERITIES
from etiquette_lint.facts import KINDS
from etiquette_lint.registry import load_rules

RULESET = load_rules()
RULES = RULESET.rules


def test_rules_load_without_problems() -> None:
    assert RULESET.problems == []
    assert len(RULES) >= 5


def test_codes_and_names_are_unique() -> None:
    codes = [r.code for r in RULES]
    names = [r.name for r in RULES]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_metadata(rule) -> None:
    assert re.fullmatch(r"EL\d{3}", rule.code)
    assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)*", rule.name)
    assert rule.category in CATEGORIES
    assert rule.severity in SEVERITIES
    assert rule.kinds and set(rule.kinds) <= set(KINDS)
    assert rule.guidance, "every rule cites the guidance it enforces"
    assert all(re.fullmatch(r"G([1-9]|1\d|20)", g) for g in rule.guidance)
    assert len(rule.summary) > 20 and len(rule.why) > 20
    examples = rule.example_list()
    assert any(e.expect == "fail" for e in examples), "needs a fail example"
    assert any(e.expect == "pass" for e in examples), "needs a pass example"


def test_kind_sensitive_rules_are_kind_specific() -> None:
    """kind_sensitive only means something for a rule that does not cover every kind; the
    rules about thanks, interest, detail, templates and timing are all kind-sensitive."""
    sensitive = {r.code for r in RULES if r.kind_sensitive}
    assert all(len(r.kinds) < len(KINDS) for r in RULES if r.kind_sensitive)
    assert {"EL301", "EL311", "EL321", "EL331"} <= sensitive


def test_kind_sensitive_in_a_pack_must_be_a_boolean(tmp_path) -> None:
    from etiquette_lint.errors import RulePackError
    from etiquette_lint.packs import load_rule_file

    text = ("code: EL990\nname: test-rule\nextends: existence\ncategory: generic\nkinds: [thank_you]\n"
            "guidance: [G2]\nmessage: x\ntokens: ['foo']\nkind_sensitive: {flag}\n")
    good = tmp_path / "good.yml"
    good.write_text(text.format(flag="true"))
    assert load_rule_file(good).kind_sensitive is True
    bad = tmp_path / "bad.yml"
    bad.write_text(text.format(flag="maybe"))
    with pytest.raises(RulePackError, match="kind_sensitive"):
        load_rule_file(bad)
