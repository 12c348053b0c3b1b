"""Every registered rule's pass/fail examples run as tests (plugins included)."""

from __future__ import annotations

import pytest

from etiquette_lint import Config, Linter
from etiquette_lint.registry import load_rules
from etiquette_lint.rule import Example, Rule

_RULES = load_rules().rules


def _cases():
    for rule in _RULES:
        for i, ex in enumerate(rule.example_list()):
            yield pytest.param(rule, ex, id=f"{rule.code}-{rule.name}-{ex.expect}-{i}")


_LINTERS: dict[str, Linter] = {}


def lint_example(rule: Rule, ex: Example):
    """Lint an example with only its rule selected. The kind is the example's, else the
    rule's first kind when the rule is kind-specific, else detected."""
    if rule.code not in _LINTERS:
        _LINTERS[rule.code] = Linter(Config(select=(rule.code,)))
    kind = ex.kind
    if kind is None and len(rule.kinds) < 6:
        kind = rule.kinds[0]
    return _LINTERS[rule.code].lint(ex.text, facts=dict(ex.facts) or None, kind=kind, path=ex.path)


@pytest.mark.parametrize("rule,example", list(_cases()))
def test_rule_example(rule: Rule, example: Example) -> None:
    report = lint_example(rule, example)
    hits = [d for d in report.diagnostics if d.code == rule.code]
    assert not report.notes, report.notes
    if example.expect == "fail":
        assert hits, f"{rule.code} should flag this {report.kind} example:\n{example.text}"
        for d in hits:
            assert 0 <= d.start <= d.end <= len(example.text)
            assert d.category == rule.category
    else:
        assert not hits, f"{rule.code} should not flag this example, got: {[d.message for d in hits]}\n{example.text}"
