"""The part an organisation plays in a draft, decided by the words that govern it.

A candidate names many organisations: the company they write to (the recipient's company),
their current or former employers, their schools, their clients, and other companies on
purpose (a competing offer, a partner, a competitor, a product). :func:`org_role` gives a
mention its role (:data:`ROLES`) from its sentence, nearest words first:

1. what follows it and describes it: "Brandt Mutual, where I spent five years", "Halvorsen
   Freight, my current employer", "Dunmore Foods, one of my clients";
2. a frame before it that names its role: "at my current employer, X", "my client X", "I
   studied at X", "another offer from X", "my five years at X", "I currently lead a team at X";
3. a cue that it is where the candidate wants to be (:data:`STRONG_CUE`): "join X", "the team
   at X", "my application to X" -> the recipient;
4. its shape: "Northfield College" with no such cue is a school.
"""

from __future__ import annotations

import re

from .words import name_tokens

# A cue before a name that it is where the candidate wants to be: "joining X", "the role at X",
# "working for X", "an asset to X", "my application to X", "withdraw from X".
STRONG_CUE = re.compile(
    r"(?:\bjoin(?:s|ed|ing)?|"
    r"\b(?:position|positions|role|roles|job|jobs|opening|openings|opportunity|opportunities|post|vacancy|"
    r"team|teams|career|future|everyone|people|colleagues|folks|culture|mission|work|working|interview|"
    r"interviews|visit|tour|here|start|starting|employees|engineers|staff|department|offices?|"
    r"apply|applied|applying|application|contribute|contributing|grow|growing|thrive|process|recruitment|"
    r"candidacy|consideration)[ \t]+(?:over[ \t]+)?at|"
    r"\b(?:career|future|position|role|job|opportunity|start|journey|candidacy|consideration|process|"
    r"recruitment)[ \t]+with|"
    # the application you withdraw or pursue is with the company you write to
    r"\bmy[ \t]+(?:\w+[ \t]+)?(?:application|candidacy)[ \t]+(?:to|with)|"
    r"\bwithdraw\w*(?:[ \t]+(?:myself|my[ \t]+name|my[ \t]+application|my[ \t]+candidacy))?[ \t]+from|"
    r"\b(?:asset|addition|value|fit)[ \t]+(?:to|for|at)|"
    r"\bbring\w*(?:[ \t]+[\w'’]+){0,4}[ \t]+to|"
    r"\bwork(?:ing)?[ \t]+(?:for|at))[ \t]+$", re.I)

#: The parts an organisation plays in a draft. Only "recipient" can be a leftover (EL901).
ROLES = ("recipient", "employer", "school", "client", "other")

_NUM = (r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
        r"several|many|a[ \t]+few|few|a[ \t]+couple[ \t]+of)")
_DURATION = rf"{_NUM}[ \t]+(?:(?:\w+|full|long|happy|busy)[ \t]+)?(?:years?|months?|summers?|seasons?|decades?|terms?)"
# words that make the rest of a clause a wish, not a fact: "I hope to spend many years at X"
_FUTURE = re.compile(r"\b(?:look(?:ing)?[ \t]+forward|hope|hoping|would|will|could|wish|want|eager|excited|"
                     r"can['’]?t[ \t]+wait|plan(?:ning)?|dream|chance|opportunity|next|future|upcoming|"
                     r"potential(?:ly)?|prospective|soon)\b|['’]d\b|['’]ll\b", re.I)
# a gap of words inside one clause: no conjunction, infinitive, relative pronoun or wish between
_GAP = (r"(?:[ \t\n]+(?!(?:and|but|so|because|to|would|will|could|should|hope|hoping|want|love|like|excited|"
        r"eager|where|which|who|that|you|your|yours)\b)[\w'’-]+){0,8}?")
_EMPLOYMENT_VERB = (r"(?:work(?:ed|ing)?|interned|served|serve|was[ \t]+employed|am[ \t]+employed|"
                    r"started(?:[ \t]+my[ \t]+career)?|began(?:[ \t]+my[ \t]+career)?|lead|led|leading|ran|run|"
                    r"running|managed?|managing|head(?:ed)?|heading|oversaw|oversee|supervised?|supervising|"
                    r"taught|teach|teaching|volunteered|volunteer|handled?|handling|coordinated?|trained)")
_AUX = (r"(?:(?:currently|also|still|now|recently|previously|formerly|once|then|later|have|had|been|am|was|already|just|"
        r"proudly|successfully|personally|mostly|mainly|first)[ \t]+){0,3}")

# "my time at X", "my five years working at X", "my current role at X"
_MY_TIME_AT = (r"(?:(?!future|new|upcoming|potential|prospective|next|possible|dream)[\w'’-]+[ \t]+){0,3}?"
               r"(?:years?|months?|time|tenure|stint|experience|work|role|job|position|internship|placement|days|"
               r"career|summers?|contract|secondment|apprenticeship|residency|rotation)[ \t]+"
               r"(?:(?:as[ \t]+(?:an?[ \t]+)?\w+(?:[ \t]+\w+)?|there|working|so[ \t]+far|on[ \t]+(?:the[ \t]+)?\w+"
               r"(?:[ \t]+\w+)?)[ \t]+)?(?:at|with|for|in)[ \t]+(?:the[ \t]+)?$")
# one word between a subject and its verb, unless it makes the verb a wish ("where I could work")
_ADVERB = (r"(?:(?!(?:could|would|will|can|might|may|hope|want|plan|expect|shall|should|wish|intend)\b)"
           r"[\w'’]+[ \t]+)?")
_SINCE_YEAR = re.compile(r"^[ \t]*,?[ \t]*(?:since|from|between)[ \t]+(?:(?:early|late|mid-?)[ \t]*)?(?:19|20)\d\d\b",
                         re.I)
_I_WAS_THERE = re.compile(r"\bI(?:['’]ve|[ \t]+have|[ \t]+had)?[ \t]+(?:\w+[ \t]+)?(?:been|worked|served|led|run|ran|"
                          r"managed|joined|was|interned|taught|volunteered)\b|\bI['’]ve[ \t]+been\b", re.I)

_APPOSITION_ROLES: list[tuple[str, re.Pattern[str]]] = [
    ("school", re.compile(
        r"^(?:['’]s)?[ \t]*(?:,|\(|[–—-])[ \t]*(?:(?:which|who)[ \t]+(?:is|was)[ \t]+)?(?:my|our)[ \t]+"
        r"(?:(?:old|former)[ \t]+)?(?:alma[ \t]+mater|university|college|school|academy)\b"
        r"|^[ \t]*,?[ \t]*where[ \t]+I[ \t]+" + _ADVERB + r"(?:studied|graduated|trained|did[ \t]+my|earned[ \t]+my|"
        r"completed[ \t]+my|got[ \t]+my)\b"
        r"|^[ \t]*,?[ \t]*(?:class[ \t]+of|\(?['’]?)(?:19|20)\d\d\b(?=[ \t]*\)?[ \t]*(?:,|\.|$))", re.I)),
    ("client", re.compile(
        r"^(?:['’]s)?[ \t]*(?:,|\(|[–—-])[ \t]*(?:(?:which|who)[ \t]+(?:is|was)[ \t]+)?(?:an?|one[ \t]+of[ \t]+"
        r"(?:my|our|the)|my|our)[ \t]+(?:(?:\w+)[ \t]+){0,2}?(?:clients?|customers?|accounts?|vendors?|"
        r"suppliers?)\b|^[ \t]+as[ \t]+(?:an?|my|our)[ \t]+(?:\w+[ \t]+)?(?:client|customer|account)\b", re.I)),
    ("employer", re.compile(
        r"^(?:['’]s)?[ \t]*(?:,|\(|[–—-])[ \t]*(?:(?:which|who)[ \t]+(?:is|was)[ \t]+)?(?:my|our)[ \t]+"
        r"(?:(?:current|present|previous|former|last|old|first|prior|then|past)[ \t]+)?"
        r"(?:employer|company|firm|workplace|job|organi[sz]ation|agency|practice)\b"
        rf"|^[ \t]*,?[ \t]*where[ \t]+I(?:['’]ve|[ \t]+have|[ \t]+had)?[ \t]+{_ADVERB}(?:{_EMPLOYMENT_VERB}|"
        r"spent|been|was|am|built|learned|learnt|grew|joined)\b"
        r"|^[ \t]*\((?:19|20)\d\d[ \t]*[–—-]", re.I)),
]

# frames before a name that say what it is; all end where the name starts
_FRAMES: list[tuple[str, re.Pattern[str]]] = [
    ("other", re.compile(
        r"\b(?:another|other|second|competing|separate|different)[ \t]+(?:\w+[ \t]+){0,2}?(?:offers?|"
        r"interviews?|opportunit(?:y|ies)|roles?|positions?|process(?:es)?|applications?|companies|company|"
        r"firms?|employers?)[ \t]+(?:\w+[ \t]+){0,3}?(?:at|with|from|by|for)[ \t]+(?:the[ \t]+)?$"
        r"|\b(?:an?|one|received|got|have|had|accepted|another|other|competing|second)[ \t]+(?:\w+[ \t]+){0,2}?"
        r"offers?[ \t]+(?:\w+[ \t]+){0,2}?(?:from|by)[ \t]+(?:the[ \t]+)?$"
        r"|\b(?:I|I['’]ve|I[ \t]+have|have|had|recently|already|just)[ \t]+(?:\w+[ \t]+)?accepted[ \t]+(?:\w+[ \t]+){0,3}?"
        r"(?:offer|position|role|job)[ \t]+(?:\w+[ \t]+){0,2}?(?:at|with|from)[ \t]+(?:the[ \t]+)?$"
        r"|\bI[ \t]+(?:\w+[ \t]+)?(?:withdrew|declined|turned[ \t]+down|rejected)[ \t]+(?:\w+[ \t]+){0,4}?"
        r"(?:from|with|to|at|by)[ \t]+(?:the[ \t]+)?$"
        r"|\bmy[ \t]+(?:previous|prior|earlier|last|other|former|unsuccessful)[ \t]+(?:application|candidacy|"
        r"interview)s?[ \t]+(?:to|with|at|for)[ \t]+(?:the[ \t]+)?$"
        r"|\b(?:competitors?|rivals?|competition)[ \t]*(?:,|\blike\b|\bsuch[ \t]+as\b|\bincluding\b)?[ \t]*$"
        r"|\bcompared[ \t]+(?:to|with)[ \t]+$|\bpartnership[ \t]+(?:with|between)[ \t]+$"
        r"|\b(?:acquired[ \t]+by|acquisition[ \t]+of|merger[ \t]+with|acquired)[ \t]+$"
        r"|\b(?:products?|tools?|platforms?|vendors?|suppliers?|providers?|brands?|partners)[ \t]+"
        r"(?:like|such[ \t]+as|including|from)[ \t]+$", re.I)),
    ("client", re.compile(
        r"\b(?:my|our|a|an|the|one[ \t]+of[ \t]+(?:my|our)|key|major|former|previous|past|existing|big)[ \t]+"
        r"(?:\w+[ \t]+){0,2}?(?:clients?|customers?|accounts?|vendors?|suppliers?)[ \t]*"
        r"(?:,|:|\(|[–—-]|\bat\b|\blike\b|\bsuch[ \t]+as\b|\bincluding\b|\bfrom\b|\bincluded\b)?[ \t]*(?:the[ \t]+)?$"
        r"|\b(?:clients?|customers?|accounts?)[ \t]+(?:like|such[ \t]+as|including)[ \t]+$"
        r"|\bon[ \t]+behalf[ \t]+of[ \t]+(?:the[ \t]+)?$", re.I)),
    ("school", re.compile(
        r"\b(?:studied|study|studying|graduated|graduating|graduate[ \t]+of|alumn(?:us|a|i|ae)|student|enrolled|"
        r"attended|attending|degree(?![ \t]+apprentice)|diploma|(?-i:MBA|PhD|BSc|MSc|BA|BS|MA)|doctorate|"
        r"master['’]?s|bachelor['’]?s|coursework|thesis|postdoc|dissertation|semester|bootcamp)[ \t]+"
        r"(?:[\w'’]+[ \t]+){0,4}?(?:at|from|of|in)[ \t]+(?:the[ \t]+)?$", re.I)),
    ("employer", re.compile(
        r"\b(?:my|our)[ \t]+(?:(?:current|present|previous|former|last|old|first|prior|past|earlier)[ \t]+)?"
        r"(?:employer|company|firm|workplace|job|organi[sz]ation|agency|practice)[ \t]*(?:[,:(–—-][ \t]*)?"
        r"(?:(?:which|that)?[ \t]*(?:is|was)[ \t]+)?$"
        rf"|\bmy[ \t]+(?:current|present|previous|former|last|old|prior|past|earlier)[ \t]+{_MY_TIME_AT}"
        r"|\b(?:previously|formerly|before[ \t]+that|prior[ \t]+to[ \t]+that|most[ \t]+recently|until[ \t]+"
        r"(?:recently|last[ \t]+\w+)|earlier[ \t]+in[ \t]+my[ \t]+career|in[ \t]+my[ \t]+(?:last|previous|current|"
        r"former|present)[ \t]+(?:role|job|position))[ \t]*,?[ \t]*(?:I[ \t]+(?:\w+[ \t]+){1,5}?)?"
        r"(?:at|with|for)[ \t]+(?:the[ \t]+)?$"
        r"|(?<!\byou[ \t])(?<!\bthey[ \t])(?<!\bwho[ \t])(?<!\bshe[ \t])(?<!\bhe[ \t])\bjoined[ \t]+$"
        r"|\b(?:while|when)[ \t]+(?:I[ \t]+was[ \t]+)?(?:at|with)[ \t]+$"
        r"|\bduring[ \t]+my[ \t]+(?:\w+[ \t]+){0,3}?(?:at|with)[ \t]+(?:the[ \t]+)?$", re.I)),
]
# a duration or the subject "I" with an employment verb, when the clause is not a wish:
# "five years at X", "I currently lead a team of six engineers at X", "I worked on claims at X"
_DURATION_AT = re.compile(
    rf"\b{_DURATION}[ \t]+(?:(?:of[ \t]+\w+(?:[ \t]+\w+)?|working|as[ \t]+(?:an?[ \t]+)?\w+(?:[ \t]+\w+)?|there|"
    rf"on[ \t]+(?:the[ \t]+)?\w+(?:[ \t]+\w+)?|in[ \t]+\w+|I[ \t]+spent|spent)[ \t]+)?(?:at|with|for|in)[ \t]+(?:the[ \t]+)?$",
    re.I)
_MY_TIME = re.compile(rf"\bmy[ \t]+{_MY_TIME_AT}", re.I)
_I_WORKED_AT = re.compile(
    rf"\bI(?:['’](?:ve|m))?[ \t]+{_AUX}(?:{_EMPLOYMENT_VERB}|(?:was|am|have[ \t]+been|had[ \t]+been|['’]ve[ \t]+been)"
    rf"(?=[ \t]+(?:\w+ly[ \t]+)?(?:at|with)[ \t]+$)){_GAP}[ \t]+(?:at|for|with|in|by)[ \t]+(?:the[ \t]+)?$", re.I)
# "At X, I led ..." / "Working at X, I learned ...": a past main clause after a sentence-initial frame
_INITIAL_FRAME = re.compile(
    r"^[ \t]*(?:(?:most[ \t]+recently|previously|before[ \t]+that|earlier|then|later|formerly|back)[ \t]*,?[ \t]*)?"
    r"(?:at|while[ \t]+at|working[ \t]+at|working[ \t]+for|when[ \t]+at|in[ \t]+my[ \t]+time[ \t]+at|with)[ \t]+$", re.I)
_PAST_CLAUSE = re.compile(
    r"^[ \t]*,?[ \t]*(?:I|we|my[ \t]+team)[ \t]+(?:\w+ly[ \t]+)?(?:led|ran|built|rebuilt|managed|grew|cut|shipped|"
    r"sold|launched|designed|developed|created|reduced|increased|improved|implemented|handled|supported|trained|"
    r"taught|oversaw|introduced|automated|migrated|wrote|spent|worked|learned|learnt|owned|delivered|resolved|"
    r"headed|set[ \t]+up|started|halved|doubled|moved|answered|served|coordinated|ran)\b", re.I)
_FOR_DURATION = re.compile(rf"^[ \t]+for[ \t]+(?:the[ \t]+(?:past|last|first)[ \t]+)?(?:{_NUM}[ \t]+)?"
                           r"(?:\w+[ \t]+)?(?:years?|months?|decades?)\b", re.I)
_SCHOOL_HEADS = {"university", "college", "school", "institute", "academy", "polytechnic", "conservatory",
                 "seminary", "univ"}
_CLAUSE_START = re.compile(r"[;:]|,[ \t]+(?:and|but|so)\b|\b(?:and|but|so)[ \t]+(?=I\b)", re.I)


def _clause(before: str) -> str:
    """The end of ``before`` from the start of its clause ("..., and I hope to" -> " I hope to")."""
    m = None
    for m in _CLAUSE_START.finditer(before):
        pass
    return before[m.end():] if m else before


def org_role(before: str, after: str, name: str, *, strong: bool = False) -> tuple[str, str]:
    """(role, cue): what an organisation named between ``before`` and ``after`` (the rest of its
    sentence on either side) is to the candidate. ``strong``: the name was found after a cue
    that it is where the candidate wants to be."""
    for role, rx in _APPOSITION_ROLES:
        m = rx.search(after)
        if m:
            return role, m.group(0).strip(" ,(")
    for role, rx in _FRAMES:
        m = rx.search(before)
        if m:
            return role, m.group(0).strip()
    clause = _clause(before)
    if not _FUTURE.search(clause):
        for rx in (_DURATION_AT, _MY_TIME, _I_WORKED_AT):
            m = rx.search(clause)
            if m:
                return "employer", m.group(0).strip()
        for rx in (_FOR_DURATION, _SINCE_YEAR):
            m = rx.match(after)
            if m and _I_WAS_THERE.search(clause):
                return "employer", m.group(0).strip(" ,")
        if _INITIAL_FRAME.search(before) and _PAST_CLAUSE.match(after):
            return "employer", (before.strip() + " ... " + _PAST_CLAUSE.match(after).group(0).strip(" ,"))  # type: ignore[union-attr]
    m = STRONG_CUE.search(before[-60:])
    if strong or m:
        return "recipient", m.group(0).strip() if m else ""
    toks = name_tokens(name)
    if toks and toks[-1] in _SCHOOL_HEADS or toks and toks[0] in _SCHOOL_HEADS and "of" in toks:
        return "school", name
    return "", ""
