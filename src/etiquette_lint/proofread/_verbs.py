"""English verb forms for the grammar checks: a closed list, no tagger.

The offline pipeline has no part-of-speech tagger (spaCy runs blank), so the
grammar checks only act on words they *know* are verbs: the irregular verbs
below and a list of common regular verbs in work e-mails. A word not listed is
never judged, which is the point: precision first.

``NOUN_TOO`` marks verbs that are just as often nouns ("work", "support",
"help"); checks that cannot tell them apart from context skip them.
"""

from __future__ import annotations

from functools import lru_cache

# base past participle -- irregular verbs (the past and participle forms a
# learner is likely to mix up; "read", "put", "cut" ... have one form).
_IRREGULAR = """
arise arose arisen | awake awoke awoken | be was been | beat beat beaten |
become became become | begin began begun | bend bent bent | bet bet bet | bind bound bound |
bleed bled bled | blow blew blown | break broke broken | breed bred bred |
bring brought brought | broadcast broadcast broadcast | build built built | 
burst burst burst | buy bought bought | cast cast cast | catch caught caught | choose chose chosen |
cling clung clung | come came come | cost cost cost | creep crept crept | cut cut cut |
deal dealt dealt | dig dug dug | do did done | draw drew drawn | drink drank drunk |
drive drove driven | eat ate eaten | fall fell fallen | feed fed fed | feel felt felt |
fight fought fought | find found found | flee fled fled | fly flew flown | forbid forbade forbidden |
forecast forecast forecast | foresee foresaw foreseen | forget forgot forgotten | forgive forgave forgiven |
freeze froze frozen | get got gotten | give gave given | go went gone |
grow grew grown | hang hung hung | have had had | hear heard heard | hide hid hidden | hit hit hit |
hold held held | hurt hurt hurt | keep kept kept | know knew known | lay laid laid | lead led led |
leave left left | lend lent lent | let let let | light lit lit |
lose lost lost | make made made | mean meant meant | meet met met | mislead misled misled |
mistake mistook mistaken | overcome overcame overcome | oversee oversaw overseen |
overtake overtook overtaken | pay paid paid | prove proved proven | put put put | quit quit quit |
read read read | rebuild rebuilt rebuilt | redo redid redone | rethink rethought rethought |
rewrite rewrote rewritten | ride rode ridden | ring rang rung | rise rose risen | run ran run |
say said said | see saw seen | seek sought sought | sell sold sold | send sent sent | set set set |
shake shook shaken | shine shone shone | shoot shot shot | show showed shown | shrink shrank shrunk |
shut shut shut | sing sang sung | sink sank sunk | sit sat sat | sleep slept slept | slide slid slid |
speak spoke spoken | spend spent spent | spin spun spun | split split split | spread spread spread |
stand stood stood | steal stole stolen | stick stuck stuck | sting stung stung | strike struck struck |
strive strove striven | swear swore sworn | sweep swept swept | swim swam swum | swing swung swung |
take took taken | teach taught taught | tear tore torn | tell told told | think thought thought |
throw threw thrown | undergo underwent undergone | understand understood understood |
undertake undertook undertaken | upset upset upset | wake woke woken | wear wore worn |
win won won | withdraw withdrew withdrawn | write wrote written
"""

#: Regular verbs common in work e-mails (base forms).
_REGULAR = """
accept access achieve acknowledge add address adjust admit advise agree allow analyse analyze announce
answer apologise apologize appear apply appreciate approach approve arrange arrive ask assess assign
assist assume attach attempt attend avoid believe belong book borrow calculate call cancel care change
chat check clarify clean close coach collaborate collect combine communicate compare complain complete
confirm connect consider contact contain continue contribute control convert convince cook coordinate
copy correct count cover create decide declare define deliver demonstrate deploy describe design
develop die direct disagree discover discuss display divide double download drop earn edit email
emphasise emphasize enable encourage end engage enjoy ensure enter escalate establish evaluate examine
expect experience explain explore express extend face facilitate fail fill finalise finalize finish fix
focus follow forward gain gather graduate guide handle happen hate help hire hope identify ignore
implement improve include increase indicate inform install intend interview introduce invest learn burn invite
involve join jump kick label land last launch lend like limit link list listen live load locate look
love maintain manage mark match matter measure mention migrate mind miss monitor move need negotiate
note notice obtain offer open operate order organise organize own participate pass perform phone pick
place plan play point practise practice prefer prepare present prevent print process produce promise
promote propose protect provide publish pull purchase push qualify question reach realise realize
receive recognise recognize recommend record recover recruit reduce refer reflect refuse regard relate
release rely remain remember remind remove repair repeat replace reply report represent request
require reschedule research resolve resume respect respond rest restart restore retire return review revise
revert schedule search secure select serve settle share ship sign smile solve sort start stay stop
study submit succeed suggest supervise supply support suppose switch talk test thank touch track
train transfer translate travel treat trust try turn type update upgrade upload use value visit wait
walk want wash watch welcome wish wonder work worry
"""

#: Verbs that are as often nouns: a check that only sees the word skips them.
NOUN_TOO = frozenset("""
access answer approach book call care change chat check coach contact control copy count cover design
display double drop email end experience face fix focus guide help hope interview joke jump kick label
land last launch lead like limit link list load look love mark match matter measure mind miss monitor
move need note notice offer order phone pick place plan play point practice practise present print
process promise purchase push question reach record release repair repeat reply report request
research rest return review schedule search share ship sign smile sort start stay stop study supply
support switch talk test thank touch track train transfer travel trust try turn type update upgrade
use value visit wait walk wash watch welcome wish wonder work worry cost cut hit hurt set spread quit
read run show sleep swim fight fall deal drink feed hang light rise ring stand sink upset award
address attempt clean close complete correct cook demand direct download edit express finish forward gain
graduate handle hate hire implement increase invite last live produce pull recruit refuse regard remain
resolve secure select serve want burn learn mean
""".split())

#: Verbs whose past is the base ("he put it there" is past, not an agreement slip).
SAME_PAST: frozenset[str] = frozenset()

IRREGULAR: dict[str, tuple[str, str]] = {}
for _entry in _IRREGULAR.split("|"):
    _parts = _entry.split()
    if len(_parts) == 3:
        IRREGULAR[_parts[0]] = (_parts[1], _parts[2])
SAME_PAST = frozenset(b for b, (p, _) in IRREGULAR.items() if p == b)

BASES: frozenset[str] = frozenset(_REGULAR.split()) | frozenset(IRREGULAR)

#: past form -> base, for irregular verbs whose past differs from the base.
PAST_TO_BASE: dict[str, str] = {p: b for b, (p, _) in IRREGULAR.items() if p != b}
#: participle -> base
PARTICIPLE_TO_BASE: dict[str, str] = {pp: b for b, (_, pp) in IRREGULAR.items() if pp != b}
#: past forms that are not also the participle ("went", "saw", "did", "wrote"):
#: after "have" they are certainly wrong.
PAST_NOT_PARTICIPLE: dict[str, str] = {
    p: pp for b, (p, pp) in IRREGULAR.items() if p != pp and p != b and p not in ("lay",)
}
# "had" and "was" are forms of other words that do follow "have" ("have had"); "got" is
# the British participle; "proved", "showed" are accepted participles.
for _w in ("got", "showed", "proved"):
    PAST_NOT_PARTICIPLE.pop(_w, None)

_VOWELS = "aeiou"


def _doubles(base: str) -> bool:
    """Does the base double its last consonant before -ed/-ing (plan -> planned)?

    Short consonant-vowel-consonant verbs and stressed final syllables in a
    closed list; "visit", "open", "develop" do not double."""
    if base in ("commit", "admit", "submit", "refer", "prefer", "occur", "transfer", "omit", "permit",
                "regret", "control", "equip", "forget", "begin", "upset", "compel", "propel", "rebut",
                "defer", "deter", "incur", "recur", "confer", "infer", "outrun", "patrol", "expel"):
        return True
    if len(base) > 4 or len(base) < 3:
        return False
    c1, v, c2 = base[-3], base[-2], base[-1]
    return c1 not in _VOWELS and v in _VOWELS and c2 not in _VOWELS + "wxy" and base[-4:-3] not in tuple(_VOWELS)


def third_person(base: str) -> str:
    if base == "have":
        return "has"
    if base == "be":
        return "is"
    if base in ("do", "go"):
        return base + "es"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        return base[:-1] + "ies"
    return base + "s"


def past(base: str) -> str:
    if base in IRREGULAR:
        return IRREGULAR[base][0]
    return _ed(base)


def participle(base: str, british: bool = False) -> str:
    if base in IRREGULAR:
        pp = IRREGULAR[base][1]
        if base == "get" and british:
            return "got"
        return pp
    return _ed(base, british)


def _ed(base: str, british: bool = False) -> str:
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        return base[:-1] + "ied"
    if british and base.endswith("l") and base[-2:-1] in _VOWELS and base[-3:-2] not in _VOWELS:
        return base + "led"  # travelled, cancelled
    if _doubles(base):
        return base + base[-1] + "ed"
    return base + "ed"


def gerund(base: str, british: bool = False) -> str:
    if base == "be":
        return "being"
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "oe", "ye")):
        return base[:-1] + "ing"
    if british and base.endswith("l") and base[-2:-1] in _VOWELS and base[-3:-2] not in _VOWELS:
        return base + "ling"  # travelling
    if _doubles(base):
        return base + base[-1] + "ing"
    return base + "ing"


@lru_cache(maxsize=None)
def _inflections() -> dict[str, tuple[str, str]]:
    """inflected form -> (base, kind) with kind in {"s", "ed", "ing"} for every listed verb."""
    out: dict[str, tuple[str, str]] = {}
    for b in BASES:
        forms = [(third_person(b), "s"), (gerund(b), "ing"), (gerund(b, True), "ing")]
        if b not in IRREGULAR:
            forms += [(_ed(b), "ed"), (_ed(b, True), "ed")]
        for form, kind in forms:
            if form != b:
                out.setdefault(form, (b, kind))
        if b in IRREGULAR:
            for form in IRREGULAR[b]:
                if form != b:
                    out.setdefault(form, (b, "ed"))
    out["learnt"] = ("learn", "ed")
    out["burnt"] = ("burn", "ed")
    out["gotten"] = ("get", "ed")
    return out


#: Over-regularised pasts of irregular verbs ("sended", "teached", "buyed") -> (base, right past).
#: Callers check the form is not a word of its own first ("singed", "sited", "ringed" are).
OVERREGULAR: dict[str, tuple[str, str]] = {}
for _b, (_p, _pp) in IRREGULAR.items():
    if _p != _b and _b not in ("be", "have", "do", "see", "light", "prove", "show", "shine", "strive", "swing",
                               "hang", "wake", "dig", "awake", "lay", "foresee", "oversee"):
        OVERREGULAR[_ed(_b)] = (_b, _p)
        OVERREGULAR[_b + "ed"] = (_b, _p)


def base_of(word: str) -> tuple[str, str] | None:
    """(base, kind) when ``word`` is an inflected form of a listed verb; kind is "s",
    "ed" (past or participle) or "ing"; ``None`` for bases and unknown words."""
    return _inflections().get(word.lower())


def is_base(word: str) -> bool:
    return word.lower() in BASES
