"""Content rules: gratitude, continued interest, specific detail, cookie-cutter text.

The NLP doc is ``spacy.blank("en")`` + sentencizer + lookup lemmas: no part-of-speech
tags, no parser. Specificity is judged from what such a doc gives reliably:

- *topic phrases*: the words after a topic cue ("about", "on", "discussion of",
  "the ... you described", "tour of", "working through") that are not template
  vocabulary ("the team's goals", "your ongoing projects", "the role");
- proper nouns that are not sentence-initial and not the role, the company or the
  addressee ("Power BI", "Dr. Whitman", "Discord");
- numbers, hyphenated compounds ("on-call", "cold-chain"), quoted terms.

A word right after a subject pronoun is a verb the candidate did ("I cycled home"), never
part of a topic. A noun next to a verb form outside a topic cue ("the street grinning") is
evidence, but not *solid* evidence: when the user listed the interview topics and none is
mentioned, only solid evidence softens no-specific-detail to a suggestion.

Template wording is found two ways: fixed phrases (``TEMPLATE_PATTERNS``: "I am writing to
follow up on my application") and stock *frames* (``STOCK_FRAMES``: "thank you for the
chance", "I remain interested in", "make a valuable contribution", "look forward to
hearing", in their variants), which make a sentence template only when it has some length
and nothing specific outside the frame.

With ``facts.topics`` the interview topics themselves are matched (lemma- and
case-insensitive; a multi-word topic matches on any of its distinctive words, so
"on-call rotation" is found in "the rotation" and in "on-call").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from ..rule import Context, Rule
from ..text import Span

# ---------------------------------------------------------------------------------------------
# vocabulary

# Words that carry no interview-specific content however they are combined: the vocabulary
# of template follow-ups (lowercase lemmas or word forms).
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

# Capitalised words that say nothing specific.
_CAPS_NEUTRAL = frozenset("""
I I'm I've I'd I'll Mr Mrs Ms Mx Dr Prof Sir Madam Miss Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December
Thank Thanks Best Regards Sincerely Dear Hi Hello Hey Please Kind Warm OK Re Fwd
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
_BRACKETED_RE = re.compile(r"\[[^\]\n]*\]|\{\{?[^}\n]*\}\}?|<[^>\n]*>")
_TITLES = frozenset({"mr", "ms", "mrs", "mx", "dr", "prof", "professor", "nurse", "principal", "coach", "chef"})

_TOPIC_CUES_AFTER = frozenset("""
about on regarding re discussing discussed discuss discussion describing described explaining explained how for with
mentioning mentioned showing showed shown presenting presented outlining outlined sharing shared tour
of into through around behind exercise case question questions problem challenge project example demo
""".split())
_TOPIC_CUES_BEFORE = re.compile(
    r"\b(?:you(?:r team)?|we|the team|the panel)\s+(?:described|mentioned|showed|shared|raised|outlined|explained|"
    r"presented|asked about|walked me through|talked (?:through|about)|discussed|covered|went over|worked through|"
    r"reviewed|looked at|are (?:building|planning|setting up|rolling out|facing))\b", re.I)
# Idioms of follow-up e-mails: never a topic, whatever their words.
_IDIOMS_RE = re.compile(
    r"\b(?:touch(?:ing|ed)? base|check(?:ing|ed)? in|follow(?:ing|ed)?[- ]up|reach(?:ing|ed)? out|catch(?:ing)? up|"
    r"keep(?:ing)? in touch|next steps?|get(?:ting)? back to|hear(?:ing|d)? back|in the loop|on the same page|"
    r"at the end of the day|going forward|moving forward|in advance|time frame|timeframe|big picture|"
    r"team player|hit the ground running|fast[- ]paced|hard[- ]working|detail[- ]oriented|self[- ]starter|"
    r"long[- ]term|short[- ]term|first[- ]hand|face[- ]to[- ]face|one[- ]on[- ]one|well[- ]rounded|"
    r"up[- ]to[- ]date|day[- ]to[- ]day|full[- ]time|part[- ]time|in[- ]person|follow[- ]up|"
    r"straight away|right away|at ease|fingers crossed|(?:came|come|walk(?:ed)?|went) away)\b", re.I)
_QUOTED_RE = re.compile(r"[\"“]([^\"”\n]{3,80})[\"”]")
_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")


def _norm(word: str) -> str:
    return word.lower().replace("’", "'").strip("'-.")


@dataclass
class Evidence:
    span: Span
    text: str
    why: str  # topic | name | number | compound | quoted
    strong: bool
    solid: bool = True  # False for a noun and a verb form outside a topic cue ("the street grinning")


@dataclass
class Specificity:
    """What makes a draft specific to its interview, and what is template.

    Strong evidence: a topic phrase of two or more distinctive words ("ticket triage",
    "dispensing cabinets"), a hyphenated term ("on-call"), a quoted term, a titled name
    ("Dr. Whitman"). Weak: a single distinctive word after a topic cue, another proper
    noun or acronym, a number. A draft is specific with one strong or two weak items."""

    evidence: list[Evidence] = field(default_factory=list)
    topics_given: tuple[str, ...] = ()
    topics_found: list[str] = field(default_factory=list)
    sentences: int = 0
    template_sentences: list[tuple[Span, str]] = field(default_factory=list)

    @property
    def strong(self) -> int:
        return sum(1 for e in self.evidence if e.strong)

    @property
    def weak(self) -> int:
        return sum(1 for e in self.evidence if not e.strong)

    @property
    def specific(self) -> bool:
        return bool(self.topics_found) or self.strong >= 1 or self.weak >= 2

    @property
    def text_specific(self) -> bool:
        """Specific from the text alone, ignoring the fact topics."""
        return self.strong >= 1 or self.weak >= 2

    @property
    def solidly_specific(self) -> bool:
        """Specific from the text alone, counting only evidence that reads as a subject of the
        conversation: a noun followed by a verb form outside a topic cue ("walked out onto the
        street grinning") is a description of the candidate, not of the interview. Used when
        the fact topics were given and none is mentioned."""
        solid = [e for e in self.evidence if e.solid]
        return sum(1 for e in solid if e.strong) >= 1 or sum(1 for e in solid if not e.strong) >= 2

    def shown(self, limit: int = 3) -> str:
        items = sorted(self.evidence, key=lambda e: (not e.strong, e.span.start))[:limit]
        return ", ".join(f"'{e.text}'" for e in items)


# ---------------------------------------------------------------------------------------------
# template sentences (G2, G19)

TEMPLATE_PATTERNS = [
    r"\bI am writing to (?:follow up|thank|express|inquire|reiterate|check)",
    r"\bfollow(?:ing)? up on my (?:application|candidacy|interview)",
    r"\b(?:believe|confident|feel|sure|know|think) (?:that )?(?:I|my \w+(?: and \w+)?) (?:would|will|could) (?:be|make) "
    r"(?:a|an)? ?(?:great|good|excellent|strong|perfect|ideal|valuable|wonderful) ?(?:fit|asset|addition|match|candidate)",
    r"\b(?:I am|I'm|I would be) (?:a|an) (?:great|good|excellent|strong|perfect|ideal|valuable) (?:fit|asset|addition|candidate|match)",
    r"\b(?:make|makes) me (?:a|an) (?:great|good|excellent|strong|perfect|ideal|valuable|qualified) (?:fit|asset|candidate|addition)",
    r"\b(?:an? )?(?:excellent|great|good|perfect|ideal|strong) fit for (?:the|this|your) (?:role|position|team|company|organi[sz]ation|job)",
    r"\bvaluable (?:addition|asset|member) to (?:your|the) (?:team|company|organi[sz]ation)",
    r"\bmy (?:skills|qualifications|experience|background)(?: and (?:skills|experience|qualifications|passion|background))? "
    r"(?:align|match|make me|fit|are a (?:great|good|strong) (?:fit|match))",
    r"\balign(?:s)? (?:well )?with the (?:requirements|needs|goals)",
    r"\b(?:at|on) your (?:earliest )?convenience\b",
    r"\bper my (?:last|previous) (?:e-?mail|message|note)",
    r"\b(?:please )?(?:do not|don't|don’t) hesitate to (?:contact|reach|call|get in touch)",
    r"\bplease (?:feel free to|do) (?:contact|reach out|get in touch)",
    r"\bshould you (?:have|require|need) any (?:further|additional|other)? ?(?:questions|information|details)",
    r"\bif you (?:need|require|have) any (?:further|additional|other) (?:information|questions|details)",
    r"\bI look forward to hearing from you\b",
    r"\blook(?:ing)? forward to (?:the possibility of|the opportunity (?:to|of)|possibly) (?:working|joining)",
    r"\bthank you (?:again )?for your time and consideration\b",
    r"\bthank you for the opportunity to interview for the (?:role|position|job)\b",
    r"\b(?:I )?(?:appreciate|appreciated) your time and consideration\b",
    r"\bexpress my (?:sincere |deep |heartfelt )?(?:appreciation|gratitude|thanks)\b",
    r"\breiterate my (?:strong |continued |sincere )?interest\b",
    r"\binquire (?:about|as to) the status\b",
    r"\bstatus of my (?:application|candidacy)\b",
    r"\b(?:continued|ongoing) success of (?:your|the) (?:team|company|organi[sz]ation)",
    r"\bcontribute to (?:your|the) (?:team|company|organi[sz]ation)(?:'s|’s)? (?:success|goals|growth|ongoing projects)",
    r"\bhow my skills (?:could|can|would|might) contribute\b",
    r"\b(?:learn|learning|hear|hearing) more about (?:the|your) (?:position|role|company|team|organi[sz]ation|team's goals)",
    r"\bexcited about the opportunity to join your team\b",
    r"\bwould welcome the opportunity to (?:discuss|further discuss)\b",
    r"\bideal candidate\b",
    r"\bmy skills and (?:passion|experience|qualifications) make me\b",
    r"\bthe requirements of the (?:position|role)\b",
]
_TEMPLATE_RES = [re.compile(p, re.I) for p in TEMPLATE_PATTERNS]

# Stock *frames*: the skeletons of follow-up boilerplate, in their usual variants. Unlike the
# phrases above, a frame makes a sentence template only when nothing else in the sentence is
# specific (no distinctive word, name or number outside the frame): "I look forward to hearing
# about the next steps in the process" is template, "I look forward to hearing how the freezer
# migration goes" is not.
STOCK_FRAMES = [
    r"\b(?:thank(?:s| you)(?: \w+)?|grateful|appreciate\w*) (?:you )?for (?:the|this|your) (?:\w+ )?"
    r"(?:opportunity|chance|time|consideration|interview)\b",
    r"\b(?:it was|it's|it has been|what) (?:a|an) (?:\w+ )?(?:pleasure|privilege|honou?r)\b",
    r"\b(?:learn|learning|hear|hearing|find out|know|knowing) more about\b",
    r"\b(?:remain|am|I'm|still|continue to be|be) (?:\w+ ){0,2}(?:interested|enthusiastic|excited|keen|eager)\b",
    r"\b(?:make|making|bring|bringing|offer) (?:a |an )?(?:\w+ )?contributions?\b",
    r"\b(?:asset|addition|fit|match) (?:to|for) (?:the|your|this)\b",
    r"\b(?:background|skills?|skill set|experience|qualifications|expertise|abilities)\b(?: \w+){0,4}? "
    r"(?:align|match|fit|suit|meet)\w*\b",
    r"\b(?:continued|ongoing|future|long-term) success\b",
    r"\b(?:provide|send|share|supply|forward) (?:\w+ ){0,3}?(?:references|information|details|documents|materials)\b",
    r"\b(?:on|upon) request\b",
    r"\blook(?:ing)? forward to (?:hearing|speaking|talking|learning|discussing|the next|next|your|meeting)\b",
    r"\b(?:hope|hoping) to hear (?:from you|back)\b",
    r"\b(?:excited|thrilled|eager|enthusiastic) (?:about|by|for|at) (?:the|this) (?:opportunity|possibility|prospect|chance)\b",
    r"\b(?:confident|believe|sure|certain) (?:that )?(?:I|my)\b",
]
_FRAME_RES = [re.compile(p, re.I) for p in STOCK_FRAMES]
FRAME_MIN_WORDS = 7


def frame_matches(sentence: str) -> list["re.Match[str]"]:
    """Stock frames in a sentence, in order (template only when the sentence has no specific content)."""
    out = [m for rx in _FRAME_RES for m in rx.finditer(sentence)]
    return sorted(out, key=lambda m: m.start())


def template_hits(sentence: str) -> list[str]:
    return [m.group(0) for m in template_matches(sentence)]


def template_matches(sentence: str) -> list["re.Match[str]"]:
    """Template phrases in a sentence, in order."""
    out = [m for rx in _TEMPLATE_RES for m in rx.finditer(sentence)]
    return sorted(out, key=lambda m: m.start())


# ---------------------------------------------------------------------------------------------
# the analysis, computed once per draft and shared by the rules below

def _name_words(ctx: Context) -> set[str]:
    """Words that name the people, role and company: never specific content."""
    d, facts = ctx.draft, ctx.facts
    out: set[str] = set()
    for value in (*facts.interviewer, facts.company or "", facts.role or ""):
        out.update(_norm(w) for w in _WORD_RE.findall(value))
    for part in (d.greeting, d.signature):
        if part is not None:
            out.update(_norm(w) for w in _WORD_RE.findall(d.part(part)))
    if d.subject_text:
        out.update(_norm(w) for w in _WORD_RE.findall(d.subject_text))
    body = d.body_text()
    for rx in _ROLE_TITLE_RES:
        for m in rx.finditer(body):
            out.update(_norm(w) for w in _WORD_RE.findall(m.group(1)) if _norm(w) not in _STOP)
    for m in _COMPANY_RE.finditer(body):
        out.update(_norm(w) for w in _WORD_RE.findall(m.group(1)))
    return out


def _stem(word: str) -> str:
    """A crude plural stem on top of the lookup lemma: "handoffs" -> "handoff"."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def topic_matches(ctx: Context, topic: str) -> list[Span]:
    """Where a fact topic is mentioned in the candidate's own text (greeting, body, sign-off).

    Case-insensitive and lemma-aware. A topic is mentioned by the whole phrase, with or without
    spaces and hyphens ("Power BI" / "PowerBI", "on-call" / "on call"), or by any of its
    distinctive words ("on-call rotation" is mentioned by "the rotation" and by "on-call").
    A topic made only of common words ("team goals") needs the whole phrase."""
    words = re.findall(r"[\w'’]+", topic.lower())
    if not words:
        return []
    spans = ctx.draft.scope("message")
    found: list[Span] = []
    # 1. the phrase, or a hyphenated word of it, with flexible spacing and a plural ending
    phrases = [words] + [re.findall(r"[\w'’]+", w) for w in re.findall(r"[\w'’]+(?:-[\w'’]+)+", topic.lower())]
    if len(words) >= 3:  # "Power BI migration" is mentioned by "PowerBI"
        phrases += [list(pair) for pair in zip(words, words[1:], strict=False) if not set(pair) <= _STOP]
    for parts in phrases:
        rx = re.compile(r"(?<![\w])" + r"[\s\-–/]*".join(re.escape(p) for p in parts) + r"(?:e?s)?(?![\w])", re.I)
        for sp in spans:
            for m in rx.finditer(ctx.text, sp.start, sp.end):
                found.append(Span(m.start(), m.end()))
    if found:
        return found
    # 2. any distinctive word, by lemma
    topic_doc = ctx.analysis.nlp(topic.lower())
    key = {_stem(t.lemma_) for t in topic_doc if len(t.text) >= 3 and t.lower_ not in _STOP
           and t.lemma_ not in TEMPLATE_VOCABULARY and t.lower_ not in TEMPLATE_VOCABULARY and not t.is_punct}
    if not key:
        return []
    for span, tok in ctx.analysis.words("message"):
        if {_stem(tok.lemma_), _stem(tok.lower_)} & key:
            found.append(span)
    return found


try:
    from spacy.lang.en.stop_words import STOP_WORDS as _SPACY_STOP
except Exception:  # pragma: no cover - spaCy is a dependency
    _SPACY_STOP = set()
_STOP = frozenset(_SPACY_STOP) | {"'s", "’s"}


def specificity(ctx: Context) -> Specificity:
    cached = getattr(ctx.analysis, "_etiquette_specificity", None)
    if cached is not None:
        return cached
    result = _specificity(ctx)
    ctx.analysis._etiquette_specificity = result  # type: ignore[attr-defined]
    return result


def _specificity(ctx: Context) -> Specificity:
    res = Specificity(topics_given=tuple(ctx.facts.topics))
    names = _name_words(ctx)
    seen: set[str] = set()

    def add(start: int, end: int, why: str, strong: bool, solid: bool = True) -> None:
        text = ctx.text[start:end]
        key = _norm(text)
        if key and key not in seen:
            seen.add(key)
            res.evidence.append(Evidence(Span(start, end), text, why, strong, solid))

    def distinctive(tok) -> bool:  # type: ignore[no-untyped-def]
        w = _norm(tok.text)
        lemma = tok.lemma_
        if len(w) < 3 or w in _STOP or w in TEMPLATE_VOCABULARY or lemma in TEMPLATE_VOCABULARY or w in names:
            return False
        if not re.match(r"^[a-z][a-z'’-]*$", w) or tok.text.strip(".") in _CAPS_NEUTRAL:
            return False
        if w.endswith("ly") and len(w) > 5:  # adverbs: "really", "kindly", "exactly"
            return False
        if _after_subject(tok):  # "I cycled home", "we drove": a verb the candidate did, not a topic
            return False
        return True

    def verbish(tok) -> bool:  # type: ignore[no-untyped-def]
        """An inflected verb form ("stuck", "tagging"): a topic only next to a noun ("color grading")."""
        w = _norm(tok.text)
        return bool(re.search(r"(?:ed|ing)$", w)) and tok.lemma_ != w

    for topic in ctx.facts.topics:
        if topic_matches(ctx, topic):
            res.topics_found.append(topic)

    for span, sent in ctx.analysis.sentences("body"):
        sentence_text = ctx.text[span.start:span.end]
        res.sentences += 1
        hits = template_matches(sentence_text)
        if hits:
            res.template_sentences.append((span, hits[0].group(0)))
        tokens = [t for t in sent]
        if not tokens:
            continue
        frames = [] if hits else frame_matches(sentence_text)
        base = span.start - tokens[0].idx
        # masked: inside [Company Name], {first_name}, <...>, or a template phrase
        masked = [False] * len(tokens)
        for m in [*_BRACKETED_RE.finditer(sentence_text), *hits, *_IDIOMS_RE.finditer(sentence_text)]:
            for i, t in enumerate(tokens):
                if m.start() <= base + t.idx - span.start < m.end():
                    masked[i] = True
        # topic windows: words after a cue, and before "you described" / "we talked through"
        window: set[int] = set()
        for i, t in enumerate(tokens):
            if t.lower_ in _TOPIC_CUES_AFTER:
                for j in range(i + 1, min(len(tokens), i + 8)):
                    if tokens[j].is_punct and tokens[j].text not in ("-", "'", "’", "&", "/"):
                        break
                    window.add(j)
        for m in _TOPIC_CUES_BEFORE.finditer(sentence_text):
            before = [i for i, t in enumerate(tokens) if base + t.idx < span.start + m.start()]
            for i in before[-6:]:
                window.add(i)
        # runs of distinctive words inside a window ("ticket triage", "cross - docking layout")
        # Runs of distinctive words: inside a topic window any run counts (one word: weak);
        # elsewhere only a compound of two or more ("sourdough starter", "distribution centre").
        i = 0
        while i < len(tokens):
            if not masked[i] and distinctive(tokens[i]):
                j = i
                words = 1
                while j + 1 < len(tokens) and not masked[j + 1] and (
                        distinctive(tokens[j + 1]) or (tokens[j + 1].text in ("-", "/") and j + 2 < len(tokens)
                                                       and tokens[j + 2].text[:1].isalnum()
                                                       and not masked[j + 2])):
                    j += 2 if tokens[j + 1].text in ("-", "/") else 1  # "cryo - EM": the joined word too
                    words += 1
                start, end = base + tokens[i].idx, base + tokens[j].idx + len(tokens[j].text)
                run = [t for t in tokens[i:j + 1] if t.text not in ("-", "/")]
                nouns = [t for t in run if not verbish(t)]
                titled = i > 0 and tokens[i - 1].text.rstrip(".").lower() in _TITLES
                in_window = any(k in window for k in range(i, j + 1))
                strong = words >= 2 or titled or "-" in ctx.text[start:end]
                if nouns and (in_window or (words >= 2 and len(nouns) >= 1)):
                    solid = in_window or len(nouns) >= 2 or "-" in ctx.text[start:end]
                    add(start, end, "topic" if in_window else "compound", strong, solid)
                i = j + 1
                continue
            i += 1
        for i, t in enumerate(tokens):
            if t.is_punct or t.is_space or masked[i]:
                continue
            start = base + t.idx
            end = start + len(t.text)
            prev = tokens[i - 1].text.rstrip(".").lower() if i > 0 else ""
            if t.like_num and re.search(r"\d", t.text):
                add(start, end, "number", False)
            elif (i > 0 and t.text[:1].isupper() and t.text.strip(".") not in _CAPS_NEUTRAL and len(t.text) > 1
                  and _norm(t.text) not in names and _norm(t.text) not in TEMPLATE_VOCABULARY):
                titled = prev in _TITLES
                add(start, end, "name", titled)
            elif "-" in t.text.strip("-") and distinctive(t) and len(t.text) > 5:
                add(start, end, "compound", True)
        for m in _QUOTED_RE.finditer(sentence_text):
            if len(m.group(1).split()) >= 2:
                add(span.start + m.start(1), span.start + m.end(1), "quoted", True)
        # a frame sentence is padding only when it has some length: "I am interested." is just short
        words_in = sum(1 for t in tokens if not t.is_punct and not t.is_space)
        if frames and words_in >= FRAME_MIN_WORDS and not _has_content(tokens, masked, base, frames, span.start,
                                                                       names, distinctive):
            res.template_sentences.append((span, frames[0].group(0)))
    return res


_SUBJECTS = frozenset({"i", "we", "he", "she", "they"})


def _after_subject(tok) -> bool:  # type: ignore[no-untyped-def]
    """A word right after a subject pronoun (an adverb may sit between) is its verb ("I cycled
    home", "we really enjoyed", "I drove"), never part of a noun compound."""
    doc, i = tok.doc, tok.i
    for k in (i - 1, i - 2):
        if k < tok.sent.start:
            return False
        prev = doc[k]
        if prev.lower_ in _SUBJECTS:
            return True
        if not (prev.lower_.endswith("ly") or prev.lower_ in ("just", "then", "also", "still", "even", "soon")):
            return False
    return False


def _has_content(tokens, masked, base, frames, sent_start, names, distinctive) -> bool:  # type: ignore[no-untyped-def]
    """Anything specific outside the stock frames: a distinctive word, a name, a number."""
    for i, t in enumerate(tokens):
        if masked[i] or t.is_punct or t.is_space:
            continue
        pos = base + t.idx - sent_start
        if any(m.start() <= pos < m.end() for m in frames):
            continue
        if distinctive(t) or (re.search(r"\d", t.text) and t.like_num):
            return True
        if (i > 0 and t.text[:1].isupper() and t.text.strip(".") not in _CAPS_NEUTRAL and len(t.text) > 1
                and _norm(t.text) not in names and _norm(t.text) not in TEMPLATE_VOCABULARY):
            return True
    return False




# ---------------------------------------------------------------------------------------------
# rules

def _first_body_line(ctx: Context) -> Span:
    """Where to report something the whole body lacks: its first sentence (on its first line)."""
    d = ctx.draft
    for span, _ in ctx.analysis.sentences("body"):
        nl = ctx.text.find("\n", span.start, span.end)
        return Span(span.start, nl if nl >= 0 else span.end)
    if d.paragraphs:
        first = d.paragraphs[0]
        nl = ctx.text.find("\n", first.start, first.end)
        end = nl if nl >= 0 else first.end
        return Span(first.start, min(end, first.start + 100))
    return ctx.anchor()


_GRATITUDE_LEMMAS = frozenset({"thank", "thanks", "grateful", "gratitude", "appreciate", "appreciation",
                               "appreciative", "thankful", "gratefully", "appreciatively", "thx", "ty"})
_REQUEST_BEFORE = frozenset({"would", "'d", "’d", "will", "'ll", "’ll"})


def gratitude_spans(ctx: Context) -> list[Span]:
    """Expressions of thanks in the candidate's own text (greeting, body, sign-off).

    "I would appreciate any feedback" and "I'd be grateful if ..." ask a favour; they do
    not thank, so they do not count."""
    found: list[Span] = []
    for pd in ctx.analysis.docs("message"):
        toks = list(pd.doc)
        for i, t in enumerate(toks):
            low = t.lower_
            if t.lemma_ not in _GRATITUDE_LEMMAS and low not in _GRATITUDE_LEMMAS \
                    and not low.startswith(("thank", "apprecia", "grate")):
                continue
            if low.startswith(("grate", "apprecia")) and low not in ("grateful", "gratefully", "gratitude") \
                    and not low.startswith("apprecia"):
                continue  # "grated"
            before = [x.lower_ for x in toks[max(0, i - 3):i]]
            if low.startswith(("apprecia", "grate")) and any(b in _REQUEST_BEFORE for b in before):
                continue
            found.append(pd.to_span(t.idx, t.idx + len(t.text)))
    return found


_THANKS_BY_KIND = {
    "thank_you": "Thank you for taking the time to meet with me.",
    "rejection_reply": "Thank you for letting me know, and for the time you spent with me.",
    "offer_reply": "Thank you very much for the offer.",
}


class MissingGratitude(Rule):
    code = "EL301"
    name = "missing-gratitude"
    category = "gratitude"
    severity = "warning"
    kinds = ("thank_you", "rejection_reply", "offer_reply")
    kind_sensitive = True
    guidance = ("G4", "G12", "G13")
    summary = ("Reports a thank-you note, a reply to a rejection or a reply to an offer that never thanks "
               "the reader: no \"thank\", \"thanks\", \"grateful\", \"appreciate\", \"gratitude\" in any "
               "form. \"I would appreciate any feedback\" asks a favour and does not count. The fix adds a "
               "line of thanks at the top of the body (not safe: review the wording).")
    why = ("Every seed article puts gratitude first: thank them for their time and the opportunity (G4). "
           "A reply to an offer should show appreciation (G12) and a reply to a rejection should thank "
           "them and leave the door open (G13); leaving it out reads as cold or entitled.")
    instead = ("One sincere sentence: \"Thank you for taking the time to meet with me on Tuesday\", "
               "\"Thank you for letting me know\", \"Thank you very much for the offer\".")
    examples = {
        "fail": [
            {"text": "Dear Mr. Gallagher,\n\nIt was good to meet you this afternoon and talk about the color "
                     "grading work. I am very excited about the role.\n\nBest regards,\nSofia",
             "kind": "thank_you"},
            {"text": "Dear Mr. Laurent,\n\nI received your message about the Graphic Designer position. I "
                     "would appreciate any feedback you can share.\n\nBest regards,\nYuki",
             "kind": "rejection_reply"},
            {"text": "Dear Ms. Moreau,\n\nI have received the offer and I accept. The start date of January 4 "
                     "works for me.\n\nRegards,\nStefan", "kind": "offer_reply"},
        ],
        "pass": [
            {"text": "Dear Ms. Moreau,\n\nThank you for the offer; I accept.\n\nRegards,\nStefan",
             "kind": "offer_reply"},
            {"text": "Dear Mr. Gallagher,\n\nI really appreciated the tour of the edit suites.\n\nBest,\nSofia",
             "kind": "thank_you"},
            {"text": "Dear Mr. Laurent,\n\nI understand the decision and hope to work with you one day.\n\n"
                     "Many thanks,\nYuki", "kind": "rejection_reply"},
            {"text": "Dear Ms. Quinn,\n\nCould you share any feedback on my interview?\n\nBest,\nDmitri",
             "kind": "feedback_request"},
        ],
    }

    def check(self, ctx: Context) -> None:
        if not ctx.draft.paragraphs or gratitude_spans(ctx):
            return
        line = _THANKS_BY_KIND.get(ctx.kind, "Thank you for your time.")
        first = ctx.draft.paragraphs[0]
        fix = ctx.replace_fix(Span(first.start, first.start), line + " ", safe=False,
                              description=f"add {line!r}")
        what = {"thank_you": "this thank-you note never actually thanks the interviewer",
                "rejection_reply": "this reply to a rejection never thanks them",
                "offer_reply": "this reply to an offer never thanks them for it"}.get(ctx.kind, "no thanks")
        ctx.report(_first_body_line(ctx), f"{what}: add a line of thanks (e.g. \"{line}\")", fix=fix)


class NoSpecificDetail(Rule):
    code = "EL321"
    name = "no-specific-detail"
    category = "personalization"
    severity = "warning"
    kinds = ("thank_you", "check_in")
    kind_sensitive = True
    guidance = ("G2", "G17", "G19")
    summary = ("Reports a thank-you note or a check-in with nothing specific to this interview: no topic, "
               "project, person, product, challenge or question you discussed. With `topics` in the facts, "
               "at least one must be mentioned (any form: \"the rotation\" and \"on-call\" both mention "
               "\"on-call rotation\"); when none is, other detail only softens the warning to a suggestion "
               "if it reads as a subject of the conversation (a topic phrase, a name, a compound of nouns), "
               "not as a description of the candidate (\"I walked out grinning\"). Without topics, the text "
               "is judged: distinctive topic phrases after "
               "\"about\", \"on\", \"discussion of\", \"you described\"; names of people, products and "
               "places; numbers; quoted terms. \"Your team's goals\" and \"your ongoing projects\" are "
               "template, not detail.")
    why = ("Tailor the message: refer to specific topics, questions or challenges from the interview (G2). "
           "A note that could have been sent after any interview tells the interviewer you did not listen, "
           "and what intrigued or challenged you is exactly what they remember you by (G17).")
    instead = ("Name one thing you discussed: \"I enjoyed our discussion of the night-shift handoffs\", "
               "\"the SQL exercise on store returns was a fun challenge\".")
    examples = {
        "fail": [
            # seed 002's sample thank-you
            "Dear Sir,\n\nThank you so much for taking the time to meet with me yesterday to discuss the Sales "
            "Manager poition role at ABC. I enjoyed learning more about your team's goals and how my skills "
            "could contribute to your ongoing projects.\n\nI'm excited about the opportunity to join your team "
            "and look forward to the possibility of working together. Please don't hesitate to reach out if "
            "you need any additional information.\n\nThank you again for your time and consideration.\n\n"
            "Best regards,",
            "Hi Rebecca,\n\nThank you so much for meeting with me yesterday. I really enjoyed our conversation "
            "and came away with a great feeling about the team and the work you all do. I left even more "
            "excited about the position.\n\nWarm regards,\nJasmine",
            {"text": "Dear Jordan,\n\nThank you for meeting with me yesterday. I enjoyed our conversation and I "
                     "am excited about the role.\n\nBest,\nSam",
             "facts": {"topics": ["ticket triage", "on-call rotation"]}},
            {"text": "Dear Jordan,\n\nThank you for meeting with me yesterday. I left the building smiling, and "
                     "I am even more excited about the role.\n\nBest,\nSam",
             "facts": {"topics": ["ticket triage", "on-call rotation"]},
             "note": "warm but vague: 'building smiling' describes the candidate, not the interview"},
        ],
        "pass": [
            "Hi Jordan,\n\nThank you for meeting with me yesterday. I enjoyed our conversation about how your "
            "team triages tickets across time zones, and I am even more excited about the role.\n\nBest,\nSam",
            {"text": "Dear Jordan,\n\nThank you for meeting with me yesterday. Hearing how the rotation works "
                     "made me even more excited about the role.\n\nBest,\nSam",
             "facts": {"topics": ["ticket triage", "on-call rotation"]}},
            "Dear Ms. Delgado,\n\nThank you for introducing me to Dr. Whitman yesterday. I remain very "
            "interested in the position.\n\nBest regards,\nNadia",
        ],
    }

    def check(self, ctx: Context) -> None:
        if not ctx.draft.paragraphs:
            return
        spec = specificity(ctx)
        where = _first_body_line(ctx)
        kind = "thank-you note" if ctx.kind == "thank_you" else "check-in"
        if spec.topics_given:
            if spec.topics_found:
                return
            listed = ", ".join(f"'{t}'" for t in spec.topics_given[:3])
            if spec.solidly_specific:
                ctx.report(where, f"none of the interview topics you listed ({listed}) is mentioned; the note "
                                  f"does mention {spec.shown()}", severity="info")
            else:
                ctx.report(where, f"nothing in this {kind} is specific to your interview: mention one of the "
                                  f"topics you discussed ({listed})")
            return
        if spec.text_specific:
            return
        template = ""
        if spec.template_sentences:
            template = f" ('{spec.template_sentences[0][1]}' is template wording)"
        ctx.report(where, f"nothing in this {kind} is specific to your interview{template}: mention a topic, "
                          "project, person or question you discussed")


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
            ctx.report(_first_body_line(ctx), f"the message never names {what}: say which position you mean")
            return
        for m in _ROLE_TITLE_RES[0].finditer(text):
            title = [w for w in _WORD_RE.findall(m.group(1)) if _norm(w) not in _STOP
                     and _norm(w) not in TEMPLATE_VOCABULARY]
            if title:
                return
        if _ROLE_TITLE_RES[1].search(text) or _COMPANY_RE.search(d.body_text()):
            return
        ctx.report(_first_body_line(ctx), "the message does not name the position or the company: say which "
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


class TemplateHeavy(Rule):
    code = "EL331"
    name = "template-heavy"
    category = "generic"
    severity = "warning"
    kinds = ("thank_you", "check_in")
    kind_sensitive = True
    guidance = ("G2", "G19")
    summary = ("Reports a thank-you note or check-in carried by cookie-cutter sentences (\"I am writing to "
               "follow up on my application\", \"I believe I would be a great fit\", \"at your earliest "
               "convenience\", \"please do not hesitate to contact me\", \"I look forward to hearing from "
               "you\") with nothing specific to the interview: at least two template sentences, making up "
               "half the body or more. Besides those fixed phrases, a sentence built on a stock frame "
               "(\"thank you for the chance\", \"I remain interested in\", \"make a valuable contribution\", "
               "\"provide references\", \"look forward to hearing\", in their usual variants) counts as "
               "template when it has seven words or more and nothing specific outside the frame. One stock "
               "line in a tailored note is fine.")
    why = ("Seed 001 asks you to be sincere and avoid templates (G19), and every article warns against "
           "generic, cookie-cutter notes (G2): recruiters read the same sentences all day, and a note made "
           "of them says nothing about you or the conversation.")
    instead = ("Replace the stock sentences with one about the interview (a topic, a question, a challenge) "
               "and one about why you want the role; keep at most one polite formula.")
    examples = {
        "fail": [
            "Dear Ms. Yilmaz,\n\nI am writing to follow up on my application and recent interview. I believe my "
            "qualifications make me an excellent fit for the role. Please do not hesitate to contact me if you "
            "require any further information. I look forward to hearing from you at your earliest "
            "convenience.\n\nSincerely,\nMark",
            {"text": "Dear Mr. Osei,\n\nThank you for the chance to interview for the vacancy this week. I am sure "
                     "my background and abilities would let me make a real contribution to the company. I would "
                     "be glad to send references or other documents whenever needed.\n\nKind regards,\nAma",
             "note": "stock frames in other words, nothing specific"},
        ],
        "pass": [
            "Hi Jordan,\n\nThank you for meeting with me yesterday. I enjoyed our conversation about how your "
            "team triages tickets across time zones. I look forward to hearing from you.\n\nBest,\nSam",
            {"text": "Dear Ms. Yilmaz,\n\nI believe I would be a great fit for the role. I look forward to "
                     "hearing from you at your earliest convenience. Our talk about the new payroll system "
                     "was fascinating.\n\nSincerely,\nMark", "note": "template, but specific"},
            {"text": "Dear Mr. Osei,\n\nThank you for the chance to interview for the vacancy this week. I am sure "
                     "my years running the night bakery would help with the wholesale orders. I would be glad to "
                     "send the proofing schedule I described.\n\nKind regards,\nAma",
             "note": "the same frames around specific content"},
        ],
    }

    def check(self, ctx: Context) -> None:
        spec = specificity(ctx)
        n_template = len(spec.template_sentences)
        if n_template < 2 or n_template < 0.5 * spec.sentences or spec.specific:
            return
        shown = "; ".join(f"'{h}'" for _, h in spec.template_sentences[:3])
        ctx.report(spec.template_sentences[0][0],
                   f"{n_template} of {spec.sentences} sentences are template wording ({shown}) and nothing is "
                   "specific to your interview: write in your own words")


RULES = [RoleNotNamed]


__all__ = ["Specificity", "Evidence", "specificity", "topic_matches", "template_hits", "TEMPLATE_PATTERNS",
           "TEMPLATE_VOCABULARY"]
