"""Readiness score (src/etiquette_lint/score.py, docs/score.md): values, bands, and the
promise that more or worse findings never raise it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from etiquette_lint import lint
from etiquette_lint.diagnostics import CATEGORIES, SEVERITIES, Diagnostic
from etiquette_lint.score import ERROR_CEILING, band, readiness_score


def diag(category: str = "tone.casual", severity: str = "warning", code: str = "EL999") -> Diagnostic:
    return Diagnostic(code=code, name="x", category=category, severity=severity, message="m",
                      start=0, end=1, line=1, column=1, end_line=1, end_column=2)


def test_clean_draft_scores_100() -> None:
    assert readiness_score([]) == 100


def test_documented_values() -> None:
    assert readiness_score([diag()]) == 88                                   # one warning
    assert readiness_score([diag("length"), diag("tone.casual")]) == 76      # two problems
    assert readiness_score([diag(), diag(), diag()]) == 78                   # one problem, three times
    assert readiness_score([diag(code="EL521"), diag(code="EL522"), diag(code="EL523")]) == 64  # three problems
    assert readiness_score([diag(severity="info")]) == 99
    assert readiness_score([diag(severity="error")]) == ERROR_CEILING        # 70 by weight, capped at 69
    assert readiness_score([diag("length"), diag("tone.casual"), diag("greeting", "info")]) == 75


def test_info_findings_barely_move_it() -> None:
    infos = [diag(c, "info") for c in CATEGORIES]
    assert readiness_score(infos) == 95
    assert readiness_score(infos * 10) == 95


def test_a_category_costs_at_most_40() -> None:
    assert readiness_score([diag("tone.casual", "error")] * 20) == 55
    assert readiness_score([diag("tone.casual")] * 50) == 73
    assert readiness_score([diag("tone.casual", code=f"EL5{i:02}") for i in range(10)]) == 55


def test_any_error_means_fix_before_sending() -> None:
    assert band(readiness_score([diag(severity="error")])) == "fix before sending"
    assert band(readiness_score([diag()])) == "worth a revision"
    assert band(readiness_score([diag(severity="info")] * 3)) == "ready to send"


def test_never_below_zero() -> None:
    everything = [diag(c, s) for c in CATEGORIES for s in SEVERITIES for _ in range(3)]
    assert readiness_score(everything) == 0


findings = st.lists(st.tuples(st.sampled_from(CATEGORIES), st.sampled_from(SEVERITIES),
                              st.sampled_from(["EL101", "EL401", "EL501", "EL502"])), max_size=25)


@settings(max_examples=500, deadline=None)
@given(findings, st.sampled_from(CATEGORIES), st.sampled_from(SEVERITIES), st.sampled_from(["EL101", "EL501"]))
def test_adding_a_finding_never_raises_the_score(base, category, severity, code) -> None:
    before = [diag(c, s, k) for c, s, k in base]
    assert readiness_score(before + [diag(category, severity, code)]) <= readiness_score(before)


def test_raising_an_info_in_a_capped_category_does_not_raise_the_score() -> None:
    """The counterexample hypothesis found for a separate info cap."""
    before = [diag("placeholder", "error", "EL101"), diag("placeholder", "info", "EL101"),
              diag("placeholder", "warning", "EL401")]
    after = [diag("placeholder", "error", "EL101"), diag("placeholder", "warning", "EL101"),
             diag("placeholder", "warning", "EL401")]
    assert readiness_score(after) <= readiness_score(before)


@settings(max_examples=500, deadline=None)
@given(findings.filter(bool), st.data())
def test_a_worse_severity_never_raises_the_score(base, data) -> None:
    i = data.draw(st.integers(0, len(base) - 1))
    cat, sev, code = base[i]
    worse = data.draw(st.sampled_from(SEVERITIES[SEVERITIES.index(sev):]))
    before = [diag(c, s, k) for c, s, k in base]
    after = list(before)
    after[i] = diag(cat, worse, code)
    assert readiness_score(after) <= readiness_score(before)


@settings(max_examples=200, deadline=None)
@given(findings)
def test_order_does_not_matter(base) -> None:
    diags = [diag(c, s, k) for c, s, k in base]
    assert readiness_score(diags) == readiness_score(list(reversed(diags)))


def test_reports_carry_the_score() -> None:
    clean = lint("Dear Ms. Lee,\n\nThank you for meeting with me yesterday about the Support Engineer role. "
                 "I enjoyed our talk about ticket triage and the on-call rotation, and I am even more excited "
                 "about joining the team.\n\nBest regards,\nSam Rivera", kind="thank_you")
    rough = lint("Hey Jordan,\n\nthx for the chat about the [job title] role lol, def still interested!!\n\n"
                 "Cheers,\nSam", kind="thank_you")
    assert clean.score > rough.score
    assert rough.score <= ERROR_CEILING
    assert rough.score == readiness_score(rough.diagnostics)
