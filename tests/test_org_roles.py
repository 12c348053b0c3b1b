"""Organisations and their roles (mentions/orgs.py), and EL901 wrong-company reading them.

A draft names the company it is written to, and often others: the candidate's former and
current employers, schools, clients, a competing offer. Only a mention that reads as the
recipient's company can be a leftover from another application. All drafts are written for
these tests.
"""

from __future__ import annotations

import pytest

from etiquette_lint import Config, Linter
from etiquette_lint.mentions.orgs import ROLES, org_mentions, org_role
from etiquette_lint.rule import Context, Rule

FACTS = {"company": "Initech", "interviewer": "Jordan Lee", "role": "Support Engineer"}


class RoleProbe(Rule):
    """Reports every organisation mention with its role as the message (test only)."""

    code = "XT901"
    name = "org-role-probe"
    category = "accuracy"
    severity = "info"
    summary = why = instead = "test probe"

    def check(self, ctx: Context) -> None:
        for m in org_mentions(ctx):
            ctx.report(m.span, m.role)


@pytest.fixture(scope="module")
def el901() -> Linter:
    return Linter(Config(select=("EL901",)))


@pytest.fixture(scope="module")
def probe() -> Linter:
    return Linter(Config(select=("XT901",)), rules=[RoleProbe])


def draft(sentence: str, greeting: str = "Dear Jordan,") -> str:
    return (f"{greeting}\n\nThank you for meeting with me yesterday about the Support Engineer role. "
            f"{sentence}\n\nBest regards,\nElena Sorokina\n")


def flagged(linter: Linter, sentence: str, **kw) -> list[str]:
    text = draft(sentence, **kw)
    r = linter.lint(text, facts=FACTS, kind="thank_you")
    return [text[d.start:d.end] for d in r.diagnostics if d.code == "EL901"]


def roles(linter: Linter, sentence: str) -> list[tuple[str, str]]:
    text = draft(sentence)
    r = linter.lint(text, facts=FACTS, kind="thank_you")
    return [(text[d.start:d.end], d.message) for d in r.diagnostics]


# -- EL901: only the recipient's company is checked ----------------------------------------

@pytest.mark.parametrize("sentence,name", [
    ("I would love to join the team at Globex.", "Globex"),
    ("I would love to join the team at Globex, where my previous experience in triage would help.", "Globex"),
    ("I am excited to work at Globex and to learn your escalation playbook.", "Globex"),
    ("I built a good rapport with the team at Globex during the panel.", "Globex"),
    ("I am thrilled at the thought of working at Globex Industries soon.", "Globex Industries"),
    ("I hope to become part of Stonebridge Insurance soon.", "Stonebridge Insurance"),
])
def test_the_recipients_company_is_checked(el901, sentence, name):
    assert flagged(el901, sentence) == [name]


@pytest.mark.parametrize("sentence,name", [
    ("I would love to join Globex and bring my experience from Brandt Mutual.", "Globex"),
    ("Before that I spent five years at Brandt Mutual, and now I cannot wait to join Globex.", "Globex"),
    ("At my current employer, Halvorsen Freight, I led the rota redesign; I would love to bring that to "
     "Globex.", "Globex"),
])
def test_a_former_employer_beside_the_wrong_company(el901, sentence, name):
    assert flagged(el901, sentence) == [name]


def test_the_greeting_names_the_recipient(el901):
    assert flagged(el901, "I enjoyed it.", greeting="Dear Globex hiring team,") == ["Globex"]


@pytest.mark.parametrize("sentence", [
    # former and current employers
    "Before that I spent five years at Brandt Mutual, where I ran the claims help desk.",
    "At my current employer, Halvorsen Freight, I led a team of six.",
    "For five years I handled escalations at Brandt Mutual.",
    "Most recently, at Halvorsen Freight, I cut first-response times in half.",
    "After four years of work at Brandt Mutual, I am ready for a bigger queue.",
    "My five years working at Brandt Mutual on the claims desk taught me how to calm upset callers.",
    "Working at Halvorsen Freight, I learned to prioritise ruthlessly.",
    "I am currently working at Halvorsen Freight Logistics as a shift lead.",
    "The culture at Brandt Mutual, where I have spent the last five years, was much like yours.",
    "I currently lead a team of six engineers at Halvorsen Freight.",
    "I was part of Brandt Mutual for five years.",
    "I joined Halvorsen Freight in 2019 and have run its support desk since.",
    "Halvorsen Freight, my current employer, moved to a follow-the-sun rota last year.",
    "I was at Halvorsen Freight Logistics for six years.",
    # schools
    "I studied at Northfield College.",
    "I graduated from Northfield College with a degree in information systems.",
    "Northfield College, my alma mater, taught me to document everything.",
    # clients
    "My client Dunmore Foods relied on the triage rules I wrote.",
    "Our customers at Dunmore Foods Group never waited more than an hour.",
    "I worked with Dunmore Foods as a client for two years.",
    "One account, Dunmore Foods Group, sent us forty tickets a day.",
    # other companies on purpose
    "I have an offer from Globex Logistics, but Initech is my first choice.",
    "I have another interview at Globex next week, but this role is the one I want.",
    "Your partnership with Globex Logistics sounds exciting.",
])
def test_other_organisations_are_not_leftovers(el901, sentence):
    assert flagged(el901, sentence) == []


# -- the roles themselves ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Before that I spent five years at Brandt Mutual.", [("Brandt Mutual", "employer")]),
    ("At my current employer, Halvorsen Freight, I led a team of six.", [("Halvorsen Freight", "employer")]),
    ("I studied at Northfield College.", [("Northfield College", "school")]),
    ("My client Dunmore Foods relied on our triage.", [("Dunmore Foods", "client")]),
    ("I have an offer from Globex Logistics.", [("Globex Logistics", "other")]),
    ("I would love to join the team at Globex.", [("Globex", "recipient")]),
    ("I studied at Northfield College and then joined Brandt Mutual; now I hope to join Globex.",
     [("Northfield College", "school"), ("Brandt Mutual", "employer"), ("Globex", "recipient")]),
])
def test_each_mention_gets_a_role(probe, sentence, expected):
    assert roles(probe, sentence) == expected


def test_roles_are_the_documented_ones(probe):
    text = ("I studied at Northfield College, worked five years at Brandt Mutual, served my client Dunmore "
            "Foods, turned down an offer from Globex Logistics, and would love to join the team at Globex.")
    assert {role for _, role in roles(probe, text)} <= set(ROLES)


@pytest.mark.parametrize("before,after,role", [
    ("At my previous company, ", ", I built a knowledge base.", "employer"),
    ("I would love to join the team at ", ", where my previous experience would help.", "recipient"),
    ("my client ", " relied on us.", "client"),
    ("I graduated from ", " in 2019.", "school"),
    ("I turned down an offer from ", ".", "other"),
    ("I hope to spend many years at ", ".", ""),
])
def test_org_role_reads_the_words_around_a_name(before, after, role):
    assert org_role(before, after, "Globex")[0] == role


def test_a_template_company_is_not_an_organisation(probe):
    assert roles(probe, "I would love to join the team at ABC Corp.") == []
