"""Timing rules (G1, G10, G11, G20): late thank-you, early check-in, too many follow-ups."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from etiquette_lint import Config, Linter
from etiquette_lint import facts as facts_mod

CORPUS = Path(__file__).resolve().parent / "corpus" / "drafts"
UTC = timezone.utc

THANKS = ("Dear Ms. Lee,\n\nThank you for meeting with me about the Support Engineer role. I enjoyed our "
          "talk about ticket triage, and I remain very interested.\n\nBest regards,\nSam Rivera\n")
CHECK_IN = ("Dear Ms. Lee,\n\nI wanted to ask whether there is any update on the Support Engineer role. I "
            "still think about our talk on ticket triage, and I remain very interested.\n\n"
            "Best regards,\nSam Rivera\n")


@pytest.fixture(scope="module")
def timing() -> Linter:
    return Linter(Config(select=("timing",)))


def codes(report, code=None):
    return [d for d in report.diagnostics if code is None or d.code == code]


def lint(linter, text, kind=None, **facts):
    return linter.lint(text, facts=facts, kind=kind)


# --------------------------------------------------------------------------- EL801 late-thank-you

class TestLateThankYou:
    def test_30_hours_is_fine_80_is_late(self, timing):
        assert not codes(lint(timing, THANKS, "thank_you", interview_at="2026-11-17T14:00",
                              sent_at="2026-11-18T20:00"))
        late = codes(lint(timing, THANKS, "thank_you", interview_at="2026-11-17T14:00",
                          sent_at="2026-11-20T22:00"))
        assert [d.code for d in late] == ["EL801"]
        d = late[0]
        assert d.category == "timing" and d.severity == "warning"
        assert d.message.startswith("interview 2026-11-17 14:00, sent 2026-11-20 22:00: 80 hours (3.3 days) "
                                    "later (guidance G1: within 24-48 h)")

    def test_boundary(self, timing):
        assert not codes(lint(timing, THANKS, "thank_you", interview_at="2026-11-17T14:00",
                              sent_at="2026-11-19T14:00"))
        assert codes(lint(timing, THANKS, "thank_you", interview_at="2026-11-17T14:00",
                          sent_at="2026-11-19T14:01"), "EL801")

    def test_well_past_suggests_sending_anyway(self, timing):
        r = lint(timing, THANKS, "thank_you", interview_at="2026-11-10T14:00", sent_at="2026-11-17T09:00")
        d = codes(r, "EL801")[0]
        assert "6.8 days" in d.message and "send it anyway" in d.message
        assert d.fix is not None and not d.fix.safe
        assert d.fix.edits[0].replacement.startswith("I apologize for the delay")
        # the fix lands at the start of the first body paragraph
        assert THANKS[d.fix.edits[0].start:].startswith("Thank you for meeting")

    def test_well_past_with_an_apology_already(self, timing):
        text = THANKS.replace("Thank you for meeting", "I am sorry this note is late. Thank you for meeting")
        d = codes(lint(timing, text, "thank_you", interview_at="2026-11-10T14:00",
                       sent_at="2026-11-17T09:00"), "EL801")[0]
        assert d.fix is None and "one short sentence" in d.message

    def test_time_zones(self, timing):
        # 14:00 in Paris is 08:00 in New York: 46 hours later, not 52
        assert not codes(lint(timing, THANKS, "thank_you", interview_at="2026-11-17T14:00+01:00",
                              sent_at="2026-11-19T06:00-05:00"))
        d = codes(lint(timing, THANKS, "thank_you", interview_at="2026-11-17T14:00+01:00",
                       sent_at="2026-11-19T09:00-05:00"))[0]
        assert "UTC+01:00" in d.message and "UTC-05:00" in d.message and "49 hours" in d.message

    def test_sent_at_from_eml_date_header(self, timing):
        text = ("From: Sam <sam@mail.example>\nTo: Jordan Lee <jordan@initech.example>\nSubject: Thanks\n"
                "Date: Sat, 21 Nov 2026 09:00:00 +0000\n\n" + THANKS)
        r = timing.lint(text, facts={"interview_at": "2026-11-17T14:00+00:00"}, kind="thank_you", path="n.eml")
        d = codes(r, "EL801")[0]
        assert "sent 2026-11-21 09:00 (.eml Date header): 91 hours" in d.message
        assert r.text[d.start:d.end] == "Dear Ms. Lee,"

    def test_sent_at_defaults_to_now(self, timing, monkeypatch):
        monkeypatch.setattr(facts_mod, "now", lambda: datetime(2026, 11, 21, 9, tzinfo=UTC))
        d = codes(lint(timing, THANKS, "thank_you", interview_at="2026-11-17T14:00+00:00"), "EL801")[0]
        assert "sending now (2026-11-21 09:00)" in d.message
        monkeypatch.setattr(facts_mod, "now", lambda: datetime(2026, 11, 18, 9, tzinfo=UTC))
        assert not codes(lint(timing, THANKS, "thank_you", interview_at="2026-11-17T14:00+00:00"))

    def test_drafted_before_the_interview(self, timing, monkeypatch):
        monkeypatch.setattr(facts_mod, "now", lambda: datetime(2026, 11, 16, 9, tzinfo=UTC))
        assert not codes(lint(timing, THANKS, "thank_you", interview_at="2026-11-17T14:00+00:00"))

    def test_only_thank_you_notes(self, timing):
        assert not codes(lint(timing, CHECK_IN, "check_in", interview_at="2026-11-01T14:00",
                              sent_at="2026-11-20T09:00"), "EL801")

    def test_detected_kind(self, timing):
        r = timing.lint(THANKS, facts={"interview_at": "2026-11-17T14:00", "sent_at": "2026-11-21T09:00"})
        assert r.kind == "thank_you" and r.kind_detected
        assert codes(r, "EL801")

    def test_no_interview_time_no_finding(self, timing):
        assert not codes(lint(timing, THANKS, "thank_you", sent_at="2026-11-21T09:00"))

    def test_options(self):
        strict = Linter(Config(select=("EL801",), rule_options={"EL801": {"max_hours": 24}}))
        assert codes(lint(strict, THANKS, "thank_you", interview_at="2026-11-17T14:00",
                          sent_at="2026-11-18T20:00"), "EL801")


# --------------------------------------------------------------------------- EL802 early-check-in

class TestEarlyCheckIn:
    def test_before_decision_date(self, timing):
        d = codes(lint(timing, CHECK_IN, "check_in", interview_at="2026-11-16T10:00", decision_by="2026-11-30",
                       sent_at="2026-11-19T09:00"))
        assert [x.code for x in d] == ["EL802"]
        assert d[0].message.startswith("decision expected by 2026-11-30, sent 2026-11-19 09:00: 11 days before it "
                                       "(guidance G11")

    def test_on_the_decision_day_is_still_early(self, timing):
        d = codes(lint(timing, CHECK_IN, "check_in", decision_by="2026-11-30", sent_at="2026-11-30T09:00"))
        assert d and "the same day" in d[0].message

    def test_after_the_decision_date_is_right(self, timing):
        for sent in ("2026-12-01T09:00", "2026-12-03T09:00", "2026-12-20T09:00"):
            assert not codes(lint(timing, CHECK_IN, "check_in", interview_at="2026-11-16T10:00",
                                  decision_by="2026-11-30", sent_at=sent)), sent

    def test_grace_days_option(self):
        patient = Linter(Config(select=("EL802",), rule_options={"EL802": {"grace_days": 7}}))
        d = codes(lint(patient, CHECK_IN, "check_in", decision_by="2026-11-30", sent_at="2026-12-03T09:00"))
        assert d and "after it" in d[0].message

    def test_without_a_decision_date_business_days(self, timing):
        # Monday interview: Friday is 4 business days later, the next Monday 5
        early = codes(lint(timing, CHECK_IN, "check_in", interview_at="2026-11-16T10:00",
                           sent_at="2026-11-20T16:00"))
        assert early and "only 4 business days later" in early[0].message
        assert codes(lint(timing, CHECK_IN, "check_in", interview_at="2026-11-16T10:00",
                          sent_at="2026-11-22T16:00"))  # Sunday: still 4
        assert not codes(lint(timing, CHECK_IN, "check_in", interview_at="2026-11-16T10:00",
                              sent_at="2026-11-23T08:00"))

    def test_nothing_known_nothing_said(self, timing):
        assert not codes(lint(timing, CHECK_IN, "check_in", sent_at="2026-11-23T08:00"))

    def test_detected_kind_is_mentioned(self, timing):
        r = timing.lint(CHECK_IN, facts={"interview_at": "2026-11-16T10:00", "sent_at": "2026-11-17T16:00"})
        assert r.kind == "check_in" and r.kind_detected
        assert "kind was detected as check-in" in codes(r, "EL802")[0].message

    def test_not_for_thank_you_notes(self, timing):
        assert not codes(lint(timing, THANKS, "thank_you", interview_at="2026-11-16T10:00",
                              decision_by="2026-11-30", sent_at="2026-11-16T19:00"))


# --------------------------------------------------------------------------- EL803 too-many-follow-ups

class TestTooManyFollowUps:
    base = {"interview_at": "2026-10-21T11:00", "decision_by": "2026-10-30", "sent_at": "2026-11-12T10:00"}

    def run(self, linter, followups, kind="check_in", **extra):
        return codes(lint(linter, CHECK_IN, kind, **{**self.base, **extra, "previous_followups": followups}))

    def test_one_unanswered_reminder_is_the_limit(self, timing):
        d = self.run(timing, [{"sent_at": "2026-11-06T10:00", "replied": False}])
        assert [x.code for x in d] == ["EL803"]
        assert "2026-11-06 10:00 (6 days earlier) is still unanswered" in d[0].message
        assert "G10" in d[0].message

    def test_let_it_go(self, timing):
        d = self.run(timing, ["2026-11-02T09:00", "2026-11-06T09:00", "2026-11-09T09:00"])
        assert "3 earlier follow-ups are unanswered" in d[0].message and "G20" in d[0].message

    def test_the_thank_you_does_not_count(self, timing):
        assert not self.run(timing, ["2026-10-21T19:00"])
        d = self.run(timing, ["2026-10-21T19:00", "2026-11-06T10:00"])
        assert d[0].message.startswith("your follow-up of 2026-11-06 10:00")

    def test_a_reply_resets_the_count(self, timing):
        assert not self.run(timing, [{"sent_at": "2026-11-02T09:00"}, {"sent_at": "2026-11-06T09:00", "replied": True}])
        assert self.run(timing, [{"sent_at": "2026-11-02T09:00", "replied": True}, {"sent_at": "2026-11-06T09:00"}])

    def test_without_interview_time_every_message_counts(self, timing):
        d = codes(lint(timing, CHECK_IN, "check_in", sent_at="2026-11-12T10:00",
                       previous_followups=["2026-10-21T19:00"]))
        assert [x.code for x in d] == ["EL803"]

    def test_several_messages_within_a_few_days(self, timing):
        # decision date passed, the thank-you unanswered, a check-in two days later
        d = codes(lint(timing, CHECK_IN, "check_in", interview_at="2026-11-16T10:00", decision_by="2026-11-16",
                       sent_at="2026-11-18T09:00", previous_followups=["2026-11-16T19:00"]))
        assert [x.code for x in d] == ["EL803"] and "38 hours earlier" in d[0].message

    def test_no_double_report_with_early_check_in(self, timing):
        d = codes(lint(timing, CHECK_IN, "check_in", interview_at="2026-11-16T10:00", sent_at="2026-11-18T09:00",
                       previous_followups=["2026-11-16T19:00"]))
        assert [x.code for x in d] == ["EL802"]

    def test_feedback_requests_too(self, timing):
        assert self.run(timing, ["2026-11-06T10:00"], kind="feedback_request")

    def test_not_for_other_kinds(self, timing):
        for kind in ("thank_you", "offer_reply", "rejection_reply", "withdrawal"):
            assert not [x for x in self.run(timing, ["2026-11-02T09:00", "2026-11-06T09:00"], kind=kind)
                        if x.code == "EL803"], kind


# --------------------------------------------------------------------------- the corpus

@pytest.mark.parametrize("name,expected", [
    ("030-thanks-late-four-days.md", ["EL801"]),
    ("031-thanks-late-apologetic.md", ["EL801"]),
    ("039-checkin-early.md", ["EL802"]),
    ("040-checkin-third-unanswered-pushy.md", ["EL803"]),
    ("041-checkin-second-unanswered.md", ["EL803"]),
    ("002-thanks-clean-icu-nurse.md", []),
    ("005-thanks-clean-panel-interview.md", []),
    ("035-checkin-clean-after-deadline.md", []),
    ("036-checkin-clean-qp.eml", []),
    ("038-checkin-clean-replied-before.md", []),
    ("042-checkin-ultimatum.md", []),
    ("086-checkin-wrong-company.md", []),
])
def test_corpus(timing, name, expected):
    r = timing.lint_file(CORPUS / name)
    assert [d.code for d in r.diagnostics] == expected
