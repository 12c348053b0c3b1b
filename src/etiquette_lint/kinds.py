"""Message kind: given in facts, else detected from the candidate's own words.

Detection scores each kind by the phrases that signal its *intent* (withdrawing,
answering an offer, acknowledging a rejection, asking for feedback, asking for an
update). A thank-you note is the default: almost every follow-up thanks the reader,
so thanks alone never outvotes an explicit intent. Each phrase pattern counts once,
whatever the number of matches, so one repeated word cannot carry a draft.

The report states the kind and why: ``KindResult(kind, detected, reason)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .facts import KINDS

_NUM = r"(?:a|one|two|three|four|five|six|several|a few|\d+)"

# (kind, weight, pattern). Patterns run on the subject and the candidate's own text.
_SIGNALS: list[tuple[str, float, str]] = [
    # -- withdrawal: the candidate leaves the process
    ("withdrawal", 8, r"\bwithdraw(?:al|ing|n|s)?\b"),
    ("withdrawal", 6, r"\bremove (?:me|my (?:name|application|candidacy))\b"
                      r"|\btake (?:myself|my name|my application) out of\b"
                      r"|\bno longer (?:wish|want|be able|able) to (?:be considered|pursue|continue|proceed|move forward)\b"
                      r"|\b(?:have to|must|will|going to|gonna|need to|'ll|decided to) (?:have to )?pass on\b"
                      r"|\b(?:decline|declining) (?:the|your) (?:invitation|next|second|third|final)\b"
                      r"|\bstep(?:ping)? (?:back|away|aside) from (?:the|this|my) (?:process|application|candidacy|search)\b"),
    ("withdrawal", 4, r"\baccepted (?:an|another|a) (?:\w+ )?(?:offer|position|role|job)\b"
                      r"|\b(?:got|received|have) (?:an|another) (?:\w+ )?offer\b"
                      r"|\bdecided to (?:accept|pursue|take) (?:an|another|a different)\b"),
    # -- offer_reply: an answer to a job offer
    ("offer_reply", 5, r"\b(?:accept|accepting|accepted) (?:the|your|this) (?:\w+ ){0,4}?(?:offer|position|role|job)\b"
                       r"|\b(?:delighted|happy|pleased|thrilled|excited|glad|honou?red) to accept\b"
                       r"|\bthank(?:s| you)(?: so much| very much)? for (?:the|your|this) (?:\w+ )?offer\b"
                       r"|\bI (?:happily |gladly |formally )?accept\b(?! (?:an|another))|\boffering me\b|\boffer letter\b|\bcounter[- ]?offer\b"
                       r"|\bsigned (?:and \w+ )?(?:the )?(?:offer|letter|contract)\b"
                       r"|\b(?:decline|declining|turn down) (?:the|your) (?:\w+ )?offer\b"),
    ("offer_reply", 3, r"\b(?:the|your|this|job|written|formal|verbal|generous) offer\b"
                       r"|\bstart(?:ing)? date\b|\bcompensation\b|\bbase salary\b|\bsalary\b|\bsigning bonus\b"
                       r"|\brelocation (?:allowance|package|assistance)\b|\bbackground check\b"
                       r"|\bonboarding (?:paperwork|forms|documents)\b|\bmy first day\b"),
    # -- rejection_reply: acknowledging a "no"
    ("rejection_reply", 5, r"(?<!why I was )\b(?:not|n't) (?:been )?(?:selected|chosen|successful|moving forward)\b"
                           r"|\bwent (?:to|with) (?:another|a different|an internal) (?:candidate|applicant)\b"
                           r"|\b(?:position|role|job) (?:went|has gone|was filled|has been filled)\b"
                           r"|\b(?:decided|chose|chosen) to (?:move forward|go|proceed) with (?:another|other|a different)\b"
                           r"|\b(?:understand|respect|accept) (?:your|the) decision\b"
                           r"|\bsorry to hear\b|\bdisappoint(?:ed|ing|ment)\b|\byour rejection\b"
                           r"|\b(?:candidate|person|applicant|whoever|the one) (?:you|they|the team) (?:picked|chose|selected|hired|went with)\b"),
    ("rejection_reply", 3, r"\bthank(?:s| you)(?: so much| very much)? for letting me know\b"
                           r"|\bkeep me in mind\b|\bfuture (?:\w+ )?(?:openings|opportunities|roles|positions|vacancies)\b"
                           r"|\bconsidered for (?:future|other|similar)\b|\bpaths cross\b|\breconsider\b"
                           r"|\b(?:your|the)(?: \w+)? decision\b(?! (?:date|timeline|process|by))"
                           r"|\b(?:the other|another|the successful|the chosen) candidate\b"
                           r"|\bif anything (?:else )?(?:opens up|comes up|changes)\b"
                           r"|\bbest of luck with (?:the|your) (?:new hire|search|hire)\b"),
    # -- feedback_request: asking what to improve
    ("feedback_request", 5, r"\b(?:share|give|offer|provide|send|pass on)(?: me)? (?:any |some |a few words of |brief |your |a little )?feedback\b"
                            r"|\b(?:appreciate|welcome|value|grateful for)(?: any| some| a few words of| your| brief)? feedback\b"
                            r"|\bfeedback (?:on|about|from) (?:my|the) (?:interview|answers|performance|panel|application|candidacy|presentation)\b"
                            r"|\brequest(?:ing)? (?:for )?(?:some )?feedback\b|\bfeedback request\b"
                            r"|\b(?:what|anything|where)(?: at all)?(?: that)? I (?:did|could have done|might have done|should have done) (?:wrong|differently|better)\b"
                            r"|\b(?:how|where|what) I (?:could|can|might|should) (?:improve|have improved|strengthen|do better|have been stronger|work on)\b"
                            r"|\b(?:where|why) (?:my answers|my answer|I) fell short\b|\bexplanation of why\b|\bwhy I was not selected\b"
                            r"|\bareas? (?:for|of) (?:improvement|growth)\b"),
    # -- check_in: asking for an update
    ("check_in", 5, r"\bany (?:update|updates|news)\b|\b(?:an|any) update (?:on|regarding|about)\b"
                    r"|\b(?:status|update) (?:on|of|regarding|about) (?:my|the)\b"
                    r"|\bcheck(?:ing)? in (?:on|about|regarding|to see)\b|\bchecking in\b"
                    r"|\bfollow(?:ing)?[- ]up (?:on|regarding|about) (?:my|the|our)\b|\bfollow[- ]?up\b(?= *$)"
                    r"|\btouch(?:ing)? base\b|\bwhere (?:things|we|I) stand\b"
                    r"|\b(?:has|have) (?:a|the|any) decision been\b|\b(?:whether|if) (?:a|the|any) decision (?:has|had|was)\b"
                    r"|\bwaiting to hear\b|\b(?:haven'?t|have not|not) (?:yet )?heard (?:back|anything)\b|\bheard back\b"
                    r"|\bwanted to (?:ask|check|see|inquire|find out) (?:whether|if|about|on|where|how)\b"
                    r"|\bwrite once more\b|\breiterate my (?:strong |continued )?interest\b"
                    r"|\b(?:hiring|decision) timeline\b|\bsend me a decision\b"
                    r"|\b(?:it has|it's|it has now) (?:now )?been " + _NUM + r" (?:weeks?|days?|months?) since\b"
                    r"|\bsince the decision date\b|\bhow my (?:candidacy|application) is (?:progressing|going)\b"),
    ("check_in", 3, r"\bdecide(?:d)? by\b|\bdecision (?:by|around|date|in about|within)\b|\btimeline\b"
                    r"|\bmy (?:application|candidacy)\b"),
    # -- thank_you: thanks for the interview itself, recent
    ("thank_you", 4, r"\bthank(?:s| you)(?: so much| very much| again)? for (?:taking the time|meeting|speaking|talking"
                     r"|interviewing|the interview|the conversation|the chat|the call|the opportunity to (?:interview|meet|speak)"
                     r"|the time you|welcoming|the (?:\w+ )?(?:session|tour|visit)|having me|inviting me to (?:interview|meet))\b"
                     r"|\b(?:it was|it's) (?:good|great|a pleasure|lovely|nice|wonderful) (?:to meet|meeting|speaking|talking|to speak|to talk)\b"),
    ("thank_you", 3, r"\b(?:yesterday|today|this (?:morning|afternoon|evening)|tonight)\b"),
    ("thank_you", 1, r"\benjoyed (?:our|the|meeting|speaking|talking|learning|hearing)\b"),
]


def _alternatives(pattern: str) -> list[str]:
    """Split a pattern at its top-level '|': each alternative is a signal of its own."""
    out, depth, cur, i = [], 0, "", 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur += pattern[i:i + 2]
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    out.append(cur)
    return [a for a in out if a]


_COMPILED = [(k, w, re.compile(alt, re.I | re.M)) for k, w, p in _SIGNALS for alt in _alternatives(p)]

# When two intents tie, the more decisive one wins.
_PRIORITY = ("withdrawal", "offer_reply", "feedback_request", "rejection_reply", "check_in", "thank_you")
MIN_INTENT = 4  # an intent kind must score this much to beat the thank-you default
FEEDBACK_MARGIN = 3  # a rejection reply often asks for feedback: a feedback request must clearly dominate

_LABELS = {
    "thank_you": "thank-you note", "check_in": "check-in", "offer_reply": "offer reply",
    "rejection_reply": "rejection reply", "feedback_request": "feedback request", "withdrawal": "withdrawal",
}


@dataclass(frozen=True)
class KindResult:
    kind: str
    detected: bool
    reason: str


STRONG = 5  # a signal this heavy states the intent outright ("I accept the offer", "withdraw")


def kind_scores(text: str) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Score of each kind and the phrases that gave it."""
    scores, evidence, _ = _score(text)
    return scores, evidence


def _score(text: str) -> tuple[dict[str, float], dict[str, list[str]], dict[str, float]]:
    scores = {k: 0.0 for k in KINDS}
    strongest = {k: 0.0 for k in KINDS}
    evidence: dict[str, list[str]] = {k: [] for k in KINDS}
    for kind, weight, rx in _COMPILED:
        matches = list(rx.finditer(text))
        if not matches:
            continue
        scores[kind] += weight
        strongest[kind] = max(strongest[kind], weight)
        for m in matches:
            phrase = " ".join(m.group(0).split())
            if phrase and phrase.lower() not in (e.lower() for e in evidence[kind]):
                evidence[kind].append(phrase)
    return scores, evidence, strongest


def detect_kind(text: str) -> KindResult:
    """The kind of a draft from its subject and own words (see the module docstring)."""
    scores, evidence, strongest = _score(text)
    intents = [k for k in _PRIORITY if k != "thank_you"]
    best = max(intents, key=lambda k: (scores[k], -_PRIORITY.index(k)))
    if best == "rejection_reply" or best == "feedback_request":
        f, r = scores["feedback_request"], scores["rejection_reply"]
        if f and r:
            best = "feedback_request" if f >= r + FEEDBACK_MARGIN else "rejection_reply"
    # Only circumstantial signals ("salary", "start date", "your decision"): they must also
    # outweigh the thank-you signals, as a thank-you note may mention them too.
    weak_only = strongest[best] < STRONG and scores[best] <= scores["thank_you"]
    if scores[best] < MIN_INTENT or weak_only or (
            best in ("check_in", "feedback_request") and scores["thank_you"] > scores[best]):
        if scores["thank_you"] > 0:
            return KindResult("thank_you", True, f"detected as a thank-you note from {_shown(evidence['thank_you'])}")
        return KindResult("thank_you", True, "detected: no clear signal, assumed a thank-you note")
    return KindResult(best, True, f"detected as a {_LABELS[best]} from {_shown(evidence[best])}")


def _shown(phrases: list[str]) -> str:
    return ", ".join(f"'{p[:40]}'" for p in phrases[:3])


def resolve_kind(given: str | None, facts_kind: str | None, text: str) -> KindResult:
    if given:
        return KindResult(given, False, "given by --kind / kind=")
    if facts_kind:
        return KindResult(facts_kind, False, "given in facts")
    return detect_kind(text)
