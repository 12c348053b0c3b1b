"""Interview facts: parsing, validation, time zones, sources and their precedence, bad facts
through the API (FactsError) and through the CLI (exit 2, file and key named, no traceback)."""

from __future__ import annotations

import json
import textwrap
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

import etiquette_lint
from etiquette_lint import Facts, FactsError, FollowUp, Linter
from etiquette_lint import facts as facts_mod
from etiquette_lint.facts import (business_days_between, facts_from_headers, facts_from_mapping,
                                  key_lines, load_facts_file, load_sidecar, parse_time, sent_time)

BODY = ("Dear Ms. Lee,\n\nThank you for meeting with me about the Support Engineer role at Initech. "
        "I enjoyed our talk about ticket triage.\n\nBest regards,\nSam Rivera\n")
UTC = timezone.utc


def front(facts: str, body: str = BODY) -> str:
    return "---\n" + textwrap.dedent(facts).strip() + "\n---\n" + body


def eml(date_header: str = "Wed, 18 Nov 2026 09:30:00 +0000", to: str = "Jordan Lee <jordan.lee@initech.example>",
        body: str = BODY) -> str:
    return (f"From: Sam Rivera <sam@mail.example>\nTo: {to}\nSubject: Thank you\nDate: {date_header}\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}")


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


# --------------------------------------------------------------------------- parsing values

class TestParseTime:
    def test_iso_forms(self):
        assert parse_time("2026-11-17T14:00+01:00", "k") == datetime(2026, 11, 17, 13, 0, tzinfo=UTC)
        assert parse_time("2026-11-17 14:00Z", "k") == datetime(2026, 11, 17, 14, 0, tzinfo=UTC)
        assert parse_time("2026-11-17T14:00:30 UTC", "k") == datetime(2026, 11, 17, 14, 0, 30, tzinfo=UTC)
        assert parse_time("2026-11-17 9:05", "k").hour == 9
        assert parse_time("2026-11-17T14:00 +05:30", "k").utcoffset() == timedelta(hours=5, minutes=30)
        assert parse_time("2026-11-17T14:00-0500", "k").utcoffset() == timedelta(hours=-5)
        assert parse_time("2026-11-17T14:00:00.5Z", "k").microsecond == 500000

    def test_naive_is_local_time(self, monkeypatch):
        monkeypatch.setenv("TZ", "America/New_York")
        import time
        time.tzset()
        try:
            winter = parse_time("2026-11-17T14:00", "k")
            summer = parse_time("2026-07-01T14:00", "k")
            assert winter.utcoffset() == timedelta(hours=-5)
            assert summer.utcoffset() == timedelta(hours=-4)  # daylight saving time on that date
            assert (winter.hour, summer.hour) == (14, 14)
        finally:
            monkeypatch.setenv("TZ", "UTC")
            time.tzset()

    def test_dates(self):
        assert parse_time("2026-11-24", "decision_by", end_of_day=True).time().hour == 23
        assert parse_time(date(2026, 11, 24), "interview_at").hour == 0
        assert parse_time(datetime(2026, 11, 24, 10), "k").tzinfo is not None

    @pytest.mark.parametrize("value", ["next Tuesday", "2026-13-01", "2026-02-30", "2026-11-17T25:00",
                                       "17/11/2026", "", True, 12, [1, 2], {"a": 1}])
    def test_bad_values_name_the_key(self, value):
        with pytest.raises(FactsError) as exc:
            parse_time(value, "interview_at")
        assert "interview_at" in str(exc.value)
        assert exc.value.key == "interview_at"


class TestMapping:
    def test_all_fields(self):
        f = facts_from_mapping({
            "kind": "thank-you", "interviewer": ["Rania Haddad", "Luis Ferreira"],
            "interviewer_email": "Jordan Lee <jordan.lee@initech.example>", "company": "Initech",
            "role": "Support Engineer", "interview_at": "2026-11-17T14:00", "sent_at": "2026-11-18T09:30",
            "decision_by": "2026-11-24", "topics": ["ticket triage", "on-call rotation"],
            "previous_followups": [{"sent_at": "2026-11-17T20:00", "replied": True}],
        })
        assert f.kind == "thank_you"
        assert f.interviewer == ("Rania Haddad", "Luis Ferreira")
        assert f.interviewer_email == "jordan.lee@initech.example"
        assert f.decision_by.hour == 23 and f.decision_by.minute == 59
        assert f.previous_followups == (FollowUp(parse_time("2026-11-17T20:00", "x"), True),)
        assert f.to_dict()["interviewer"] == ["Rania Haddad", "Luis Ferreira"]

    def test_single_interviewer_string_and_empty_values(self):
        f = facts_from_mapping({"interviewer": "Jordan Lee", "topics": [], "company": None, "role": ""})
        assert f.interviewer == ("Jordan Lee",)
        assert not f.given("topics") and not f.given("company") and not f.given("role")

    def test_followups_sorted_and_shorthand(self):
        f = facts_from_mapping({"previous_followups": ["2026-11-25T10:00", {"sent_at": "2026-11-20T10:00"}]})
        assert [x.sent_at.day for x in f.previous_followups] == [20, 25]
        assert not any(x.replied for x in f.previous_followups)

    @pytest.mark.parametrize("data,key,fragment", [
        ({"compnay": "Initech"}, "compnay", "did you mean 'company'"),
        ({"title": "Hello"}, "title", "unknown fact 'title'"),
        ({"kind": "love_letter"}, "kind", "is not one of"),
        ({"interviewer": {"name": "Jordan"}}, "interviewer", "expected a string or a list"),
        ({"interviewer": ["Jordan", ["Sam"]]}, "interviewer", "expected strings"),
        ({"company": ["Initech"]}, "company", "expected a string"),
        ({"company": True}, "company", "expected a string"),
        ({"interviewer_email": "jordan at initech"}, "interviewer_email", "not an e-mail address"),
        ({"interview_at": "yesterday"}, "interview_at", "cannot parse"),
        ({"decision_by": "2026-02-30"}, "decision_by", "not a valid date"),
        ({"sent_at": 5}, "sent_at", "expected a date or time"),
        ({"previous_followups": "soon"}, "previous_followups", "previous_followups[0]"),
        ({"previous_followups": 3}, "previous_followups", "expected a list"),
        ({"previous_followups": [{"when": "2026-11-20"}]}, "previous_followups", "unknown key 'when'"),
        ({"previous_followups": [{"replied": True}]}, "previous_followups", "sent_at is required"),
        ({"previous_followups": [{"sent_at": "2026-11-20", "replied": "no"}]}, "previous_followups",
         "expected true or false"),
        ({"interview_at": "2026-11-18T10:00", "sent_at": "2026-11-17T10:00"}, "sent_at", "is before interview_at"),
        ({"interview_at": "2026-11-18T10:00", "decision_by": "2026-11-10"}, "decision_by", "is before interview_at"),
        ({"sent_at": "2026-11-18T10:00", "previous_followups": ["2026-11-19T10:00"]}, "previous_followups",
         "is after sent_at"),
    ])
    def test_bad_facts(self, data, key, fragment):
        with pytest.raises(FactsError) as exc:
            facts_from_mapping(data, path="draft.md", lines={k: 3 for k in data})
        message = str(exc.value)
        assert fragment in message
        assert message.startswith("draft.md:3: ")
        assert exc.value.key == key
        assert key.split("[")[0] in message

    def test_not_a_mapping(self):
        with pytest.raises(FactsError):
            facts_from_mapping(["company", "Initech"])  # type: ignore[arg-type]


class TestFactsObject:
    def test_constructor_normalizes(self):
        f = Facts(interviewer="Jordan Lee", interview_at="2026-11-17T14:00")
        assert f.interviewer == ("Jordan Lee",)
        assert f.interview_at.tzinfo is not None

    def test_constructor_makes_naive_datetimes_aware(self):
        f = Facts(interview_at=datetime(2026, 11, 17, 14), sent_at=datetime(2026, 11, 18, 9),
                  previous_followups=(FollowUp(datetime(2026, 11, 17, 20)),))
        assert facts_mod.hours_between(f.interview_at, f.sent_at) == 19
        assert f.previous_followups[0].sent_at.tzinfo is not None

    def test_constructor_rejects_bad_values(self):
        with pytest.raises(FactsError):
            Facts(kind="memo")
        with pytest.raises(FactsError):
            Facts(interview_at="soon")

    def test_merged_keeps_origins(self):
        a = facts_from_mapping({"company": "Initech", "role": "Support Engineer"}, origin="sidecar")
        b = facts_from_mapping({"company": "Globex"}, origin="front matter")
        m = a.merged(b)
        assert (m.company, m.role) == ("Globex", "Support Engineer")
        assert m.origin("company") == "front matter" and m.origin("role") == "sidecar"


class TestTimeHelpers:
    def test_business_days(self):
        mon = datetime(2026, 11, 16, 10, tzinfo=UTC)
        assert business_days_between(mon, mon) == 0
        assert business_days_between(mon, mon + timedelta(days=4)) == 4   # Friday
        assert business_days_between(mon, mon + timedelta(days=6)) == 4   # Sunday
        assert business_days_between(mon, mon + timedelta(days=7)) == 5   # next Monday
        assert business_days_between(mon, mon + timedelta(days=21)) == 15

    def test_now_is_injectable(self, monkeypatch):
        monkeypatch.setenv("ETIQUETTE_LINT_NOW", "2026-11-20T09:00+00:00")
        assert facts_mod.now() == datetime(2026, 11, 20, 9, tzinfo=UTC)
        assert sent_time(Facts()) == (datetime(2026, 11, 20, 9, tzinfo=UTC), "now")
        f = Facts(sent_at="2026-11-18T09:00+00:00", origins={"sent_at": "front matter"})
        assert sent_time(f)[1] == "front matter"
        monkeypatch.delenv("ETIQUETTE_LINT_NOW")
        fixed = datetime(2030, 1, 1, tzinfo=UTC)
        monkeypatch.setattr(facts_mod, "now", lambda: fixed)
        assert sent_time(Facts())[0] == fixed

    def test_format_times_shows_offsets_only_when_they_differ(self):
        a = parse_time("2026-11-17T14:00+01:00", "a")
        b = parse_time("2026-11-18T09:00+01:00", "b")
        c = parse_time("2026-11-18T09:00-05:00", "c")
        assert facts_mod.format_times(a, b) == ["2026-11-17 14:00", "2026-11-18 09:00"]
        assert facts_mod.format_times(a, c) == ["2026-11-17 14:00 UTC+01:00", "2026-11-18 09:00 UTC-05:00"]


def test_key_lines_yaml_and_toml():
    yaml_text = "company: Initech\nprevious_followups:\n  - sent_at: 2026-11-20\n  - {sent_at: 2026-11-25}\nrole: X\n"
    assert key_lines(yaml_text, 1) == {"company": 1, "previous_followups": 2, "previous_followups[0]": 3,
                                       "previous_followups[1]": 4, "role": 5}
    toml_text = ('company = "Initech"\n[[previous_followups]]\nsent_at = 2026-11-20\n'
                 '[[previous_followups]]\nsent_at = 2026-11-25\n')
    lines = key_lines(toml_text, 1)
    assert lines["company"] == 1 and lines["previous_followups[1]"] == 4 and "sent_at" not in lines


# --------------------------------------------------------------------------- sources

class TestSources:
    def test_headers(self):
        f = facts_from_headers({"date": datetime(2026, 11, 18, 9, 30, tzinfo=UTC),
                                "to": ["jordan.lee@initech.example"]})
        assert f.sent_at == datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
        assert f.interviewer_email == "jordan.lee@initech.example"
        assert f.origin("sent_at") == ".eml Date header"
        assert facts_from_headers({}) == Facts()

    @pytest.mark.parametrize("name", ["draft.facts.yaml", "draft.facts.yml", "draft.txt.facts.yaml",
                                      "draft.facts.toml", "draft.txt.facts.toml"])
    def test_sidecar_names(self, tmp_path, name):
        draft = tmp_path / "draft.txt"
        draft.write_text(BODY)
        content = 'company = "Initech"\n' if name.endswith(".toml") else "company: Initech\n"
        (tmp_path / name).write_text(content)
        f = load_sidecar(str(draft))
        assert f is not None and f.company == "Initech"
        assert f.origin("company") == f"sidecar {name}"

    def test_no_sidecar(self, tmp_path):
        draft = tmp_path / "draft.txt"
        draft.write_text(BODY)
        assert load_sidecar(str(draft)) is None
        assert load_sidecar("<string>") is None

    def test_two_sidecars_are_an_error(self, tmp_path):
        draft = tmp_path / "draft.txt"
        draft.write_text(BODY)
        (tmp_path / "draft.facts.yaml").write_text("company: A\n")
        (tmp_path / "draft.facts.toml").write_text('company = "B"\n')
        with pytest.raises(FactsError, match="two facts files"):
            load_sidecar(str(draft))

    def test_facts_file_errors(self, tmp_path):
        bad_yaml = tmp_path / "a.facts.yaml"
        bad_yaml.write_text("company: [unclosed\n")
        with pytest.raises(FactsError, match="malformed YAML"):
            load_facts_file(bad_yaml)
        bad_toml = tmp_path / "b.facts.toml"
        bad_toml.write_text('company = \n')
        with pytest.raises(FactsError, match="malformed TOML") as exc:
            load_facts_file(bad_toml)
        assert exc.value.line == 1
        listy = tmp_path / "c.facts.yaml"
        listy.write_text("- company\n")
        with pytest.raises(FactsError, match="mapping"):
            load_facts_file(listy)
        with pytest.raises(FactsError, match="no such facts file"):
            load_facts_file(tmp_path / "missing.yaml")


class TestPrecedence:
    """.eml headers < sidecar < front matter < CLI flags / API."""

    def test_eml_header_then_sidecar(self, tmp_path, linter):
        path = tmp_path / "note.eml"
        path.write_text(eml())
        r = linter.lint_file(path)
        assert r.facts.sent_at == datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
        assert r.facts.interviewer_email == "jordan.lee@initech.example"
        (tmp_path / "note.facts.yaml").write_text("sent_at: 2026-11-19T08:00+00:00\n"
                                                  "interviewer_email: hr@initech.example\n")
        r = linter.lint_file(path)
        assert r.facts.sent_at == datetime(2026, 11, 19, 8, tzinfo=UTC)
        assert r.facts.interviewer_email == "hr@initech.example"
        assert r.facts.origin("sent_at") == "sidecar note.facts.yaml"

    def test_sidecar_then_front_matter_then_api(self, tmp_path, linter):
        path = tmp_path / "note.md"
        path.write_text(front("company: Front\nrole: Support Engineer\n"))
        (tmp_path / "note.facts.yaml").write_text("company: Side\ninterviewer: Jordan Lee\nrole: Analyst\n")
        r = linter.lint_file(path)
        assert (r.facts.company, r.facts.role, r.facts.interviewer) == ("Front", "Support Engineer",
                                                                        ("Jordan Lee",))
        r = linter.lint_file(path, facts={"company": "Api"})
        assert (r.facts.company, r.facts.role) == ("Api", "Support Engineer")
        assert r.facts.origin("company") == "API"
        assert r.facts.origin("interviewer") == "sidecar note.facts.yaml"

    def test_eml_headers_lowest(self, tmp_path, linter):
        path = tmp_path / "note.eml"
        path.write_text(eml())
        r = linter.lint_file(path, facts={"sent_at": "2026-11-20T10:00+00:00"})
        assert r.facts.sent_at.day == 20

    def test_string_api_has_no_sidecar(self, linter):
        r = linter.lint(front("company: Initech"), facts=Facts(role="Support Engineer"))
        assert (r.facts.company, r.facts.role) == ("Initech", "Support Engineer")

    def test_report_json_lists_facts(self, linter):
        r = linter.lint(front("company: Initech\ninterview_at: 2026-11-17T14:00+00:00"))
        assert r.to_dict()["facts"] == {"company": "Initech", "interview_at": "2026-11-17T14:00:00+00:00"}


class TestBadFactsThroughTheAPI:
    def test_unknown_key_in_front_matter(self, linter):
        with pytest.raises(FactsError) as exc:
            linter.lint(front("company: Initech\nintervewer: Jordan Lee"), path="d.md")
        assert str(exc.value).startswith("d.md:3: unknown fact 'intervewer' (did you mean 'interviewer'?)")

    def test_module_level_lint(self):
        with pytest.raises(etiquette_lint.FactsError, match="interview_at"):
            etiquette_lint.lint(BODY, facts={"interview_at": "last Tuesday"})
        with pytest.raises(etiquette_lint.FactsError, match="sent_at"):
            etiquette_lint.lint(BODY, facts={"interview_at": "2026-11-18T10:00", "sent_at": "2026-11-17T10:00"})
        with pytest.raises(etiquette_lint.FactsError):
            etiquette_lint.lint(BODY, facts=["company"])  # type: ignore[arg-type]

    def test_inconsistency_across_sources_names_the_later_file(self, tmp_path, linter):
        path = tmp_path / "note.md"
        path.write_text(front("sent_at: 2026-11-16T09:00"))
        (tmp_path / "note.facts.yaml").write_text("company: Initech\ninterview_at: 2026-11-17T14:00\n")
        with pytest.raises(FactsError) as exc:
            linter.lint_file(path)
        assert str(exc.value).startswith(f"{path}:2: sent_at 2026-11-16 09:00 (from front matter) is before "
                                         "interview_at 2026-11-17 14:00 (from sidecar note.facts.yaml)")

    def test_bad_sidecar_names_the_sidecar(self, tmp_path, linter):
        path = tmp_path / "note.txt"
        path.write_text(BODY)
        side = tmp_path / "note.facts.toml"
        side.write_text('company = "Initech"\ninterview_at = "tomorrow-ish"\n')
        with pytest.raises(FactsError) as exc:
            linter.lint_file(path)
        assert str(exc.value).startswith(f"{side}:2: interview_at: cannot parse")

    def test_bad_kind_argument(self, linter):
        with pytest.raises(FactsError):
            linter.lint(BODY, kind="memo")

    def test_facts_error_is_an_etiquette_lint_error(self):
        assert issubclass(FactsError, etiquette_lint.EtiquetteLintError)


# --------------------------------------------------------------------------- the CLI

def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text)
    return p


def _assert_clean_error(result, *fragments: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("etiquette-lint: error:")]
    assert lines, result.stderr
    for f in fragments:
        assert f in result.stderr, (f, result.stderr)


class TestCLI:
    def test_unknown_key_in_front_matter(self, tmp_path, run_cli):
        _write(tmp_path, "d.md", front("company: Initech\nsalary: 100"))
        r = run_cli("d.md")
        _assert_clean_error(r, "d.md:3:", "unknown fact 'salary'")

    def test_unparseable_date_in_sidecar(self, tmp_path, run_cli):
        _write(tmp_path, "d.txt", BODY)
        _write(tmp_path, "d.facts.yaml", "company: Initech\n\ndecision_by: end of month\n")
        r = run_cli("d.txt")
        _assert_clean_error(r, "d.facts.yaml:3:", "decision_by")

    def test_wrong_type_in_toml_sidecar(self, tmp_path, run_cli):
        _write(tmp_path, "d.txt", BODY)
        _write(tmp_path, "d.txt.facts.toml", 'interviewer = "Jordan Lee"\ntopics = [["a"]]\n')
        r = run_cli("d.txt")
        _assert_clean_error(r, "d.txt.facts.toml:2:", "topics")

    def test_sent_before_interview_in_front_matter(self, tmp_path, run_cli):
        _write(tmp_path, "d.md", front("interview_at: 2026-11-18T10:00\nsent_at: 2026-11-17T10:00"))
        r = run_cli("d.md")
        _assert_clean_error(r, "d.md:3:", "sent_at", "is before interview_at")

    def test_bad_flag_names_the_flag(self, tmp_path, run_cli):
        _write(tmp_path, "d.txt", BODY)
        r = run_cli("--interview-at", "2026-11-18T25:00", "d.txt")
        _assert_clean_error(r, "--interview-at:", "not a valid date or time")
        r = run_cli("--interview-at", "2026-11-18T10:00", "--sent-at", "2026-11-17T10:00", "d.txt")
        _assert_clean_error(r, "--sent-at:", "is before interview_at")
        r = run_cli("--interviewer-email", "nobody", "d.txt")
        _assert_clean_error(r, "--interviewer-email:")
        r = run_cli("--previous-followup", "2026-11-20T10:00,perhaps", "d.txt")
        _assert_clean_error(r, "--previous-followup:")

    def test_flag_inconsistent_with_front_matter(self, tmp_path, run_cli):
        _write(tmp_path, "d.md", front("interview_at: 2026-11-17T14:00"))
        r = run_cli("--sent-at", "2026-11-16T10:00", "d.md")
        _assert_clean_error(r, "d.md", "sent_at 2026-11-16 10:00 (from --sent-at)",
                            "interview_at 2026-11-17 14:00 (from front matter)")

    def test_other_drafts_still_linted(self, tmp_path, run_cli):
        _write(tmp_path, "bad.md", front("nonsense: 1"))
        _write(tmp_path, "good.txt", BODY)
        r = run_cli("--format", "json", "bad.md", "good.txt")
        assert r.returncode == 2 and "bad.md:2:" in r.stderr
        assert [f["path"] for f in json.loads(r.stdout)["files"]] == ["good.txt"]

    def test_facts_file_flag(self, tmp_path, run_cli):
        _write(tmp_path, "d.txt", BODY)
        _write(tmp_path, "f.toml", 'company = "Initech"\ninterview_at = 2026-11-17T14:00:00Z\n')
        r = run_cli("--format", "json", "--facts", "f.toml", "--role", "Support Engineer",
                    "--sent-at", "2026-11-18T09:00Z", "d.txt")
        assert r.returncode in (0, 1), r.stderr
        facts = json.loads(r.stdout)["files"][0]["facts"]
        assert facts["company"] == "Initech" and facts["role"] == "Support Engineer"
        assert facts["interview_at"] == "2026-11-17T14:00:00+00:00"
        r = run_cli("--facts", "missing.yaml", "d.txt")
        _assert_clean_error(r, "missing.yaml", "no such facts file")

    def test_flags_override_everything(self, tmp_path, run_cli):
        _write(tmp_path, "d.md", front("company: Front\ninterviewer: Jordan Lee"))
        _write(tmp_path, "d.facts.yaml", "company: Side\nrole: Side Role\n")
        r = run_cli("--format", "json", "--company", "Flag", "--interviewer", "A B", "--interviewer", "C D",
                    "--topic", "ticket triage", "--previous-followup", "2026-11-20T10:00,replied", "d.md")
        facts = json.loads(r.stdout)["files"][0]["facts"]
        assert facts["company"] == "Flag" and facts["role"] == "Side Role"
        assert facts["interviewer"] == ["A B", "C D"] and facts["topics"] == ["ticket triage"]
        assert facts["previous_followups"][0]["replied"] is True

    def test_eml_date_header_is_sent_at(self, tmp_path, run_cli):
        _write(tmp_path, "n.eml", eml(date_header="Fri, 20 Nov 2026 22:00:00 +0000"))
        r = run_cli("--format", "json", "--interview-at", "2026-11-17T14:00Z", "n.eml")
        data = json.loads(r.stdout)["files"][0]
        assert data["facts"]["sent_at"] == "2026-11-20T22:00:00+00:00"
        assert any(d["code"] == "EL801" for d in data["diagnostics"])

    def test_now_from_environment(self, tmp_path, run_cli):
        _write(tmp_path, "d.txt", BODY)
        r = run_cli("--format", "json", "--interview-at", "2026-11-17T14:00Z", "d.txt",
                    env={"ETIQUETTE_LINT_NOW": "2026-11-18T20:00Z"})
        assert not [d for d in json.loads(r.stdout)["files"][0]["diagnostics"] if d["code"] == "EL801"]
        r = run_cli("--format", "json", "--interview-at", "2026-11-17T14:00Z", "d.txt",
                    env={"ETIQUETTE_LINT_NOW": "2026-11-21T22:00Z"})
        late = [d for d in json.loads(r.stdout)["files"][0]["diagnostics"] if d["code"] == "EL801"]
        assert late and "sending now (2026-11-21 22:00)" in late[0]["message"]
