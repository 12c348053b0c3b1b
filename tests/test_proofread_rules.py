"""Spelling and grammar wired into the engine: rules, facts vocabulary, config, backends."""

from __future__ import annotations

import socket

import pytest

from etiquette_lint import Config, Linter, lint

SEED_LINE = ("Dear Ms. Lee,\n\nThank you so much for taking the time to meet with me yesterday to discuss the "
             "Sales Manager poition role at ABC.\n\nBest regards,\nSam Rivera\n")


def spelling(report):
    return [(report.text[d.start:d.end], d.fix.edits[0].replacement if d.fix else None)
            for d in report.diagnostics if d.category == "spelling"]


def test_seed_002_poition_is_flagged_with_position_first():
    report = lint(SEED_LINE, config=Config(select=("EL601",)))
    assert spelling(report) == [("poition", "position")]
    d = report.diagnostics[0]
    assert d.severity == "warning" and d.fix is not None and d.fix.safe is False


def test_seven_common_misspellings():
    words = {"poition": "position", "recieve": "receive", "oppurtunity": "opportunity",
             "definately": "definitely", "intrested": "interested", "managment": "management",
             "collegue": "colleague"}
    text = ("Dear Ms. Lee,\n\nI hope to recieve news about the poition. The oppurtunity is definately one I am "
            "intrested in, and your managment style impressed my collegue too.\n\nBest regards,\nSam\n")
    found = dict(spelling(lint(text, config=Config(select=("EL601",)))))
    assert set(found) == set(words)
    assert sum(found[w] == right for w, right in words.items()) >= 6


def test_names_and_terms_are_not_misspellings():
    text = ("Dear Priya,\n\nThank you for walking me through how Acme uses Kubernetes for its SaaS CRM. The "
            "onboarding plan and the ROI numbers were great, and I will connect on LinkedIn and send a "
            "follow-up by e-mail.\n\nBest regards,\nSam\n")
    assert spelling(lint(text, config=Config(select=("EL601",)))) == []


def test_facts_and_vocabulary_accept_and_reject():
    text = "Dear Siobhan,\n\nThank you for the tour of Zylotech and the qwzx demo.\n\nBest,\nSam\n"
    cfg = Config(select=("EL601",), vocabulary={"accept": ("qwzx",), "reject": ("tour",)})
    found = [w for w, _ in spelling(Linter(cfg).lint(text, facts={"company": "Zylotech",
                                                                 "interviewer": "Siobhan Nakamura"}))]
    assert found == ["tour"]


def test_quoted_text_and_signature_are_not_proofread():
    text = ("Hi Jordan,\n\nThank you for the tour.\n\nBest,\nSam Rivera\nSr. Enginer, Acmme\n\n"
            "On Tue, Jordan wrote:\n> Thnaks for comming in\n")
    assert spelling(lint(text, config=Config(select=("EL601",)))) == []


def test_grammar_findings():
    text = "Dear Ms. Lee,\n\nThank you for the the interview. It was a honor.\n\nBest regards,\nSam\n"
    report = lint(text, config=Config(select=("EL611",)))
    assert {report.text[d.start:d.end] for d in report.diagnostics} >= {"the the"}
    assert all(d.category == "grammar" for d in report.diagnostics)


def test_no_socket_is_opened_by_the_default_backend(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network touched")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    report = Linter().lint(SEED_LINE)
    assert any(d.code == "EL601" for d in report.diagnostics)


def test_languagetool_down_is_one_note_and_other_rules_still_run():
    # a port on loopback that nothing listens on
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    cfg = Config(proofread={"backend": "languagetool", "languagetool-url": f"http://127.0.0.1:{port}",
                            "timeout": 1})
    report = Linter(cfg).lint(SEED_LINE.replace("Dear Ms. Lee", "Dear Sir"))
    assert len(report.notes) == 1 and "languagetool" in report.notes[0].lower(), report.notes
    codes = {d.code for d in report.diagnostics}
    assert "EL201" in codes
    assert "EL601" in codes  # checked offline instead


def test_languagetool_needs_a_server_or_install_in_config(tmp_path):
    from etiquette_lint import ConfigError, load_config

    path = tmp_path / "etiquette-lint.toml"
    path.write_text('[proofread]\nbackend = "languagetool"\n')
    with pytest.raises(ConfigError, match="languagetool-url"):
        load_config(path)


@pytest.mark.parametrize("sentence,slip,fix", [
    ("I know you're time is valuable.", "you're", "your"),
    ("I am looking forward to here from you.", "here", "hear"),
])
def test_more_certain_confusions(sentence, slip, fix):
    from etiquette_lint.proofread import Vocabulary, get_backend

    found = get_backend().check(sentence, [(0, len(sentence))], Vocabulary())
    assert [(sentence[f.start:f.end], f.suggestions[0]) for f in found] == [(slip, fix)]


@pytest.mark.parametrize("sentence", [
    "I hope you're well and your team is too.",
    "I moved here from Boston last year.",
    "Glad to be here from the start.",
    "Your team triages tickets and the intercompany ledger is tagged before forecasting.",
    "The roastery and the stormwater project were highlights; I met Mr. osei at the cafe.",
])
def test_correct_sentences_stay_quiet(sentence):
    from etiquette_lint.proofread import Vocabulary, get_backend

    assert get_backend().check(sentence, [(0, len(sentence))], Vocabulary()) == []


def test_closed_compound_rule_keeps_classic_slips():
    from etiquette_lint.proofread import Vocabulary, get_backend

    text = "Thankyou for the tour, I learned alot."
    found = {text[f.start:f.end] for f in get_backend().check(text, [(0, len(text))], Vocabulary())}
    assert found == {"Thankyou", "alot"}


def test_verb_agreement_after_i():
    from etiquette_lint.proofread import Vocabulary, get_backend

    text = "I understands the decision, I wishes you well and I has learned a lot; I tries."
    found = [(text[f.start:f.end], f.suggestions[0]) for f in get_backend().check(text, [(0, len(text))],
                                                                                   Vocabulary())]
    assert found == [("understands", "understand"), ("wishes", "wish"), ("has", "have"), ("tries", "try")]
    fine = ("I discuss budgets, I address issues, I always plan, I thus agree, I guess so, and I process "
            "invoices; as I was saying, I focus on results. Thanks, I appreciate it.")
    assert get_backend().check(fine, [(0, len(fine))], Vocabulary()) == []


def test_derived_forms_pass_but_classic_slips_do_not():
    from etiquette_lint.proofread import Vocabulary, get_backend

    slips = "begining occured prefered publically refered writting gratefull"
    found = [slips[f.start:f.end] for f in get_backend().check(slips, [(0, len(slips))], Vocabulary())]
    assert found == slips.split()
    real = "triages stormwater roastery intercompany tagged forecasting rebranding cutovers"
    assert get_backend().check(real, [(0, len(real))], Vocabulary()) == []


def test_one_slip_one_message_and_terms_without_a_correction_are_not_reported():
    text = ("Hi Jordan,\n\nthx for the chat about the mesocosm study and the pre-shift checks, sooo "
            "glad we met.\n\nBest,\nSam\n")
    report = lint(text)
    spelled = {report.text[d.start:d.end]: d.severity for d in report.diagnostics if d.category == "spelling"}
    assert "thx" not in spelled  # reported once, as texting shorthand
    assert any(d.category == "tone.casual" and report.text[d.start:d.end] == "thx" for d in report.diagnostics)
    assert "mesocosm" not in spelled  # a term: no common word is a typical slip away
    assert "pre" not in spelled and "sooo" not in spelled
