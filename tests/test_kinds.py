"""The message kind: given (``kind=`` / ``--kind``), from the facts, or read by the kind model.

The kind model's accuracy on held-out messages is measured statistically in tests/test_models.py;
here: how probabilities become a :class:`KindResult` (confidence, alternatives), the precedence
of a given kind and the facts' kind, the step-down of kind-specific warnings when the model is
unsure, and a handful of unmistakable whole messages per kind.
"""

from __future__ import annotations

import pytest

from etiquette_lint import lint
from etiquette_lint.facts import KINDS
from etiquette_lint.kinds import ALTERNATIVE_SHARE, LOW_CONFIDENCE, KindResult, from_probabilities, resolve_kind


def probs(**kw: float) -> dict[str, float]:
    out = {k: 0.0 for k in KINDS}
    out.update(kw)
    return out


# -- from_probabilities ------------------------------------------------------------------------

def test_the_top_probability_is_the_kind_and_the_confidence():
    r = from_probabilities(probs(check_in=0.8, thank_you=0.15, withdrawal=0.05))
    assert r.kind == "check_in" and r.detected
    assert r.confidence == pytest.approx(0.8)
    assert r.alternatives == () and not r.uncertain
    assert r.plausible() == ("check_in",)
    assert "check-in" in r.reason and "p=0.80" in r.reason


def test_kinds_within_reach_of_the_winner_are_alternatives():
    r = from_probabilities(probs(thank_you=0.4, rejection_reply=0.3, check_in=0.2, withdrawal=0.1))
    assert r.kind == "thank_you" and r.confidence == pytest.approx(0.4)
    # 0.3 and 0.2 are at least ALTERNATIVE_SHARE of 0.4; 0.1 is not
    assert 0.1 < ALTERNATIVE_SHARE * 0.4 <= 0.2
    assert r.alternatives == ("rejection_reply", "check_in")
    assert r.uncertain and r.plausible() == ("thank_you", "rejection_reply", "check_in")
    assert "could also be a rejection reply" in r.reason


def test_low_confidence_boundary():
    assert from_probabilities(probs(offer_reply=LOW_CONFIDENCE, thank_you=1 - LOW_CONFIDENCE)).uncertain is False
    below = from_probabilities(probs(offer_reply=LOW_CONFIDENCE - 0.01, thank_you=0.3, check_in=0.21))
    assert below.uncertain is True


def test_ties_follow_the_order_of_kinds():
    r = from_probabilities(probs(withdrawal=0.5, thank_you=0.5))
    assert r.kind == "thank_you" and r.alternatives == ("withdrawal",)


# -- resolve_kind: a given kind wins, then the facts' kind, then the model ----------------------

def test_given_kind_wins():
    r = resolve_kind("withdrawal", "check_in", probs(thank_you=0.99))
    assert r == KindResult("withdrawal", False, "given by --kind / kind=")
    assert r.confidence == 1.0 and not r.uncertain and r.plausible() == ("withdrawal",)


def test_facts_kind_wins_over_the_model():
    r = resolve_kind(None, "check_in", probs(thank_you=0.99))
    assert r.kind == "check_in" and not r.detected and r.reason == "given in facts"
    assert r.confidence == 1.0


def test_without_a_given_kind_the_model_decides():
    r = resolve_kind(None, None, probs(feedback_request=0.7, rejection_reply=0.3))
    assert r.kind == "feedback_request" and r.detected and r.confidence == pytest.approx(0.7)
    assert r.alternatives == ("rejection_reply",)


# -- through the linter --------------------------------------------------------------------------

UNSURE = ("Dear Mr. Brandt,\n\nThank you for showing me the workshop yesterday and for letting me try the new "
          "CNC router.\n\nRegards,\nKlaus")


@pytest.fixture
def unsure_model(monkeypatch):
    """The kind model, made unsure: a thank-you note at p=0.40 with a check-in close behind.
    (Which real texts leave the model unsure changes with every retrain; the step-down must not.)"""
    from etiquette_lint.analysis import Readings

    monkeypatch.setattr(Readings, "kind_probs", property(
        lambda self: probs(thank_you=0.40, check_in=0.35, rejection_reply=0.25)))


def test_low_confidence_steps_kind_specific_warnings_down_to_info(unsure_model):
    report = lint(UNSURE)
    assert report.kind == "thank_you" and report.kind_detected and report.kind_confidence < LOW_CONFIDENCE
    interest = [d for d in report.diagnostics if d.code == "EL311"]
    assert interest and all(d.severity == "info" for d in interest)
    assert "could also be" in interest[0].message


def test_a_confident_kind_keeps_the_warning():
    report = lint(UNSURE)
    assert report.kind == "thank_you" and report.kind_confidence >= LOW_CONFIDENCE
    assert [d.severity for d in report.diagnostics if d.code == "EL311"] == ["warning"]


def test_a_given_or_facts_kind_keeps_the_warning(unsure_model):
    for report in (lint(UNSURE, kind="thank_you"), lint(UNSURE, facts={"kind": "thank_you"})):
        assert report.kind == "thank_you" and not report.kind_detected and report.kind_confidence == 1.0
        assert [d.severity for d in report.diagnostics if d.code == "EL311"] == ["warning"]


def test_front_matter_kind_is_given():
    report = lint("---\nkind: withdrawal\n---\n" + UNSURE)
    assert report.kind == "withdrawal" and report.kind_detected is False


SIGN = "\n\nBest regards,\nSam Rivera"
UNMISTAKABLE = [
    ("withdrawal", "Dear Ms. Lee,\n\nI am writing to withdraw my application for the Support Engineer role. I have "
                   "accepted another position. Thank you for your time and consideration."),
    ("withdrawal", "Dear Mr. Finch,\n\nI have accepted another position and would like to withdraw my application "
                   "for the Buyer role. Thank you for your time."),
    ("offer_reply", "Dear Ms. Lee,\n\nI am delighted to accept your offer for the Support Engineer role. I will "
                    "return the signed letter today and look forward to starting on March 2."),
    ("thank_you", "Dear Ms. Lee,\n\nThank you for meeting with me yesterday to discuss the Support Engineer role. "
                  "I enjoyed hearing about your ticket triage process, and I remain very interested in the "
                  "position."),
    ("check_in", "Dear Ms. Lee,\n\nI hope you are well. I interviewed for the Support Engineer role two weeks ago "
                 "and wanted to check in on the status of my application. Is there any update on the timeline?"),
    ("rejection_reply", "Dear Ms. Lee,\n\nThank you for letting me know that you have decided to move forward "
                        "with another candidate. I am disappointed, but I appreciated the chance to meet the team, "
                        "and I hope our paths cross again."),
    ("feedback_request", "Dear Ms. Lee,\n\nThank you for letting me know about your decision. Would you be willing "
                         "to share any feedback on my interview? I would value your advice on where I can "
                         "improve."),
]


@pytest.mark.parametrize("kind,body", UNMISTAKABLE, ids=[f"{k}-{i}" for i, (k, _) in enumerate(UNMISTAKABLE)])
def test_unmistakable_messages(kind, body):
    report = lint(body + SIGN)
    assert report.kind_detected
    assert report.kind == kind
    assert report.kind_confidence >= LOW_CONFIDENCE
