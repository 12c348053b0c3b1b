"""Shared word lists the analysis and the rules read: function words and the generic
vocabulary of job-search email. One place, so no rule keeps its own copy."""

from __future__ import annotations

#: English function words (articles, pronouns, auxiliaries, prepositions, conjunctions,
#: common adverbs): never distinctive on their own.
STOP_WORDS = frozenset("""
a about above after again against all almost also although always am among an and another any anyone
anything are around as at be became because become been before being below beside besides between both
but by can cannot could did do does doing done down during each either else enough even ever every
few for from further get gets getting go goes going had has have having he her here hers herself him
himself his how however i if in into is it its itself just least less made make many may me might mine
more most much must my myself neither never no nobody none nor not nothing now of off often on once one
only onto or other others otherwise our ours ourselves out over own per perhaps please quite rather
really same see seem seemed seems several shall she should since so some somehow someone something
sometimes still such than that the their theirs them themselves then there therefore these they this
those though through throughout thus to together too toward towards under until up upon us used very
via was we well were what whatever when whenever where whether which while who whoever whole whom whose
why will with within without would yet you your yours yourself yourselves 's ’s
""".split())

#: Words that carry nothing specific to one interview however they are combined ("team
#: goals", "the exciting direction"): never a role title or a distinctive topic word on
#: their own (lowercase lemmas or word forms).
GENERIC_WORDS = frozenset("""
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
reiterate invaluable fruitful warmly respectfully honoured honored insightful
let lets allow allows allowed enable enables document documents material materials whenever anything something
""".split())
