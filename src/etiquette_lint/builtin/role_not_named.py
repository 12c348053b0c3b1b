"""EL322 role-not-named: a thank-you note or check-in that names neither the role nor the company."""

from __future__ import annotations

import re

from ..rule import Context, Rule
from ._judged import first_body_line

# Words that carry no interview-specific content however they are combined: they never
# make a role title on their own (lowercase lemmas or word forms).
TEMPLATE_VOCABULARY = frozenset("""
role roles position positions job jobs opening openings post vacancy opportunity opportunities company companies
organization organisation organizations firm firms employer business team teams team's department departments
group staff colleague colleagues member members people everyone everybody person folks panel
work working works worked culture mission missions value values vision goal goals project projects initiative
initiatives plan plans priority priorities direction strategy strategies growth success future career careers
path industry field sector environment workplace office client clients customer customers product products
service services process processes interview interviews interviewing conversation conversations discussion
discussions chat talk talks meeting meetings call calls time times day days week weeks month months morning
afternoon evening today yesterday tomorrow skill skills skillset experience experiences qualification
qualifications background backgrounds strength strengths ability abilities expertise knowledge fit candidate
candidates candidacy application applications status update updates news timeline decision decisions step steps
information question questions detail details thing things lot lots way ways aspect aspects part parts challenge
challenges responsibility responsibilities requirement requirements duty duties expectation expectations insight
insights perspective perspectives overview picture sense idea ideas feeling impression impressions chance
chances possibility possibilities contribution contributions asset assets addition environment atmosphere energy
passion enthusiasm interest interests commitment dedication approach approaches philosophy achievement
achievements accomplishment accomplishments journey growth development learning training support help
day-to-day everyday ongoing current new exciting excited interesting interested impressive great good wonderful
excellent amazing fantastic valuable various different overall general important key main innovative dynamic
collaborative supportive friendly welcoming talented passionate strong successful continued continuing recent
further additional more most much many several whole real true long short big small best better
contribute contributing contributed help helping helped grow growing join joining bring bringing make making
do doing add adding achieve achieving develop developing build building learn learned learning hear hearing
heard know knowing discuss discussed discussing meet meeting met speak speaking spoke talk talking talked
get getting see seeing look looking thank thanks enjoy enjoyed find found think thought feel felt believe
align aligned match matches suit suits fit fits serve apply applied continue continued
you your yours our ours their my me i we us they them he she him her it its this that these those
all both each every some any own such also even really truly very so well just still
organization's company's role's position's everyone's
lovely nice pleasant fun enjoyable helpful useful clear thoughtful kind kindly glad happy thrilled delighted
pleased grateful eager keen enthusiastic confident certain sure able ready willing open honest candid genuine
sincere warm positive fascinating inspiring insightful informative engaging productive meaningful rewarding
amazing awesome incredible terrific fine nice excellent outstanding remarkable unique special perfect ideal
wonderful brilliant superb significant relevant similar related particular specific certain right wrong
next last first final previous past upcoming early late quick brief full entire whole exact exactly
want wanted wish hope hoped expect expected need needed like liked love loved appreciate appreciated
mention mentioned describe described explain explained share shared show showed tell told ask asked answer
answered give gave take took come came go went leave left keep kept stay stayed stick stuck put set run
reach reached write wrote read send sent attach attached provide provided offer offered consider considered
understand understood remember remembered forget imagine picture seem seemed sound sounds sounded stand
mind minds heart course matter matters sort kind type level amount number bit piece
answer answers point points example examples case cases problem problems issue issues topic topics subject
area areas role's plan's goal's walk walked tour visit visited opportunity's
email e-mail emails note notes message messages letter letters reply replies response responses invitation
consideration confidence spent second round rounds feedback advice improve strengthen handle decide accept
switch date hiring head end start beginning lol tho haha
references reference request requests forward pleasure privilege honour honor regard regards moment
hour hours minute minutes moments generous memorable relaxed comfortable nervous easy smooth lighter
let lets allow allows allowed enable enables document documents material materials whenever anything something
""".split())

_ROLE_NOUNS = r"(?:role|position|job|opening|post|vacancy|posting|internship|offer|opportunity|gig)"
_ROLE_TITLE_RES = [
    # "the Sales Manager poition role", "the data analyst job", "Support Engineer position"
    re.compile(rf"\b(?:the|a|an|this|that|your|my)\s+((?:[\w&/'’-]+\s+){{1,4}}?){_ROLE_NOUNS}\b", re.I),
    # "as a Senior Data Engineer", "position of Office Manager"
    re.compile(r"\b(?:as an?|as the|position of|role of|title of)\s+((?:[A-Z][\w&/'’-]*\s*){1,5})"),
]
_COMPANY_RE = re.compile(
    r"\b(?:at|join|joining|joined|with|for)\s+(?!(?:Mr|Ms|Mrs|Mx|Dr|Prof)\b)"
    r"((?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and))*)")
_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")


def _norm(word: str) -> str:
    return word.lower().replace("’", "'").strip("'-.")


try:
    from spacy.lang.en.stop_words import STOP_WORDS as _SPACY_STOP
except Exception:  # pragma: no cover - spaCy is a dependency
    _SPACY_STOP = set()
_STOP = frozenset(_SPACY_STOP) | {"'s", "’s"}


class RoleNotNamed(Rule):
    code = "EL322"
    name = "role-not-named"
    category = "personalization"
    severity = "info"
    kinds = ("thank_you", "check_in")
    kind_sensitive = True
    guidance = ("G2", "G15")
    summary = ("Reports a thank-you note or check-in that names neither the role nor the company. With `role` "
               "or `company` in "
               "the facts it is a warning when neither appears; without facts it is only a suggestion "
               "(info) when no job title (\"the Support Engineer role\") can be found.")
    why = ("Interviewers and recruiters handle many openings at once; naming the position tells them at a "
           "glance which interview you mean (G15), and it is the least a tailored note does (G2).")
    instead = "Name the position once: \"... about the Support Engineer role at Initech\"."
    examples = {
        "fail": [
            {"text": "Dear Ms. Lee,\n\nThank you for meeting with me yesterday. I enjoyed our talk about ticket "
                     "triage.\n\nBest,\nSam", "facts": {"company": "Initech", "role": "Support Engineer"}},
            "Dear Ms. Lee,\n\nThank you for meeting with me yesterday. I enjoyed our talk about ticket "
            "triage.\n\nBest,\nSam",
        ],
        "pass": [
            {"text": "Dear Ms. Lee,\n\nThank you for meeting with me yesterday about the support engineer "
                     "role.\n\nBest,\nSam", "facts": {"company": "Initech", "role": "Support Engineer"}},
            {"text": "Dear Ms. Lee,\n\nThank you for meeting with me yesterday; I would love to join Initech."
                     "\n\nBest,\nSam", "facts": {"company": "Initech", "role": "Support Engineer"}},
            "Dear Ms. Lee,\n\nThank you for meeting with me yesterday about the Support Engineer position."
            "\n\nBest,\nSam",
        ],
    }

    def check(self, ctx: Context) -> None:
        d = ctx.draft
        if not d.paragraphs:
            return
        text = "\n".join(filter(None, [d.subject_text or "", d.own_text()]))
        low = " ".join(text.lower().split())
        facts = ctx.facts
        given = [v for v in (facts.role, facts.company) if v]
        if given:
            if any(_mentions(low, v) for v in given):
                return
            what = " or ".join(f"'{v}'" for v in given)
            ctx.report(first_body_line(ctx), f"the message never names {what}: say which position you mean")
            return
        for m in _ROLE_TITLE_RES[0].finditer(text):
            title = [w for w in _WORD_RE.findall(m.group(1)) if _norm(w) not in _STOP
                     and _norm(w) not in TEMPLATE_VOCABULARY]
            if title:
                return
        if _ROLE_TITLE_RES[1].search(text) or _COMPANY_RE.search(d.body_text()):
            return
        ctx.report(first_body_line(ctx), "the message does not name the position or the company: say which "
                                          "role you interviewed for", severity="info")


def _mentions(haystack: str, value: str) -> bool:
    """Case-insensitive, whitespace-tolerant; a long role matches on its distinctive words
    ("Staff Software Engineer" is named by "the staff engineer role")."""
    v = " ".join(value.lower().split())
    if v in haystack:
        return True
    words = [w for w in re.findall(r"[a-z0-9&]+", v) if w not in _STOP]
    if len(words) >= 2:
        hits = sum(1 for w in words if re.search(rf"\b{re.escape(w)}", haystack))
        return hits >= max(2, len(words) - 1)
    return False


RULES = [RoleNotNamed]
