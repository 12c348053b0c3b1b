"""Does the tone rules' judgement generalise? A development list written independently of the
corpora: faulty sentences in many registers for tone.desperate, tone.pushy and tone.negative,
and innocent sentences that share their words ("need", "expect", "just", "urgent", "deadline",
"sorry", "doubt", "loss", "surely", "I trust", "I assume", "other offer", "please").

A faulty sentence must raise a finding of its category; an innocent one must raise none of the
three. Each sentence is wrapped in a short, otherwise clean e-mail. The tests check categories,
not codes: which rule catches a sentence may change as the rules are refactored."""

from __future__ import annotations

import pytest

from etiquette_lint import Config, Linter

CATEGORIES = ("tone.desperate", "tone.pushy", "tone.negative")


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Config(select=("tone",)))


def wrap(sentence: str) -> str:
    return ("Dear Ms. Lee,\n\nThank you for meeting with me on Monday about the coordinator role. "
            f"{sentence}\n\nBest regards,\nSam Rivera")


def categories(linter: Linter, sentence: str, kind: str = "check_in") -> set[str]:
    return {d.category for d in linter.lint(wrap(sentence), kind=kind).diagnostics}


# -- tone.desperate ------------------------------------------------------------------------

DESPERATE = [
    # pleading
    "Please, I am asking you to give me one more chance.",
    "Please reconsider my application; it means everything to me.",
    "Please don't give up on me.",
    "I'm pleading with you to reconsider.",
    "I beg you to keep me in mind for anything that opens up.",
    "Please, anything at all you could tell me would help so much.",
    "Please, I just need one chance to prove myself.",
    "I would be forever in your debt if you hired me.",
    "Hiring me would change my life.",
    "Is there any way you could reconsider? Please?",
    "Could you please find it in your heart to reconsider?",
    "Is there really nothing I can do to change your mind?",
    "I'm begging you, please hire me.",
    "I would get down on my knees if that is what it takes.",
    # hardship
    "I have been unemployed for a year and my savings are gone.",
    "I can't pay my rent next month without this job.",
    "My family depends on me getting this position.",
    "I have bills piling up, and this job would save me.",
    "I'm about to lose my apartment if nothing comes through.",
    "I'm drowning in debt and really need the income.",
    "My kids are relying on me to land this job.",
    # anything at all: salary, role, conditions
    "I will accept whatever salary you offer.",
    "I'm happy to take any role, even an unpaid one.",
    "I would work for free just to get my foot in the door.",
    "Any role at your company would do; I'm not picky.",
    "I'll take whatever you've got.",
    "I would even take a lower salary than the one advertised.",
    "I'll work weekends, nights, holidays, anything you need.",
    "I'm willing to do whatever it takes, even work unpaid for the first month.",
    "Pay me whatever you think is fair; I just want to work.",
    # last hope
    "You are my only hope.",
    "This is my last chance at a career in finance.",
    "I don't know what I'll do if I don't get this.",
    "I honestly don't know what else to try.",
    "I have nowhere else to turn.",
    "This job is the only thing keeping me going.",
    "Getting this job would mean the world to me.",
    "I need this opportunity more than anyone you interviewed.",
    "I want this more than anything in the world.",
    "I'm desperate to hear back.",
    # grovelling and excessive gratitude
    "I am eternally grateful that someone like you would even speak to someone like me.",
    "I'm not worthy of your time.",
    "You are far too kind to even consider someone like me.",
    "I can never thank you enough for even looking at my application.",
    "Thank you, thank you, thank you for even reading my email.",
    "Thank you a million times for even giving me a chance.",
    "I am truly honoured that you would waste your time on someone like me.",
    # self-abasement and anxiety
    "There must be something fundamentally wrong with me.",
    "I've been turned down for nine jobs in a row.",
    "I've been rejected by every company I've applied to.",
    "I keep failing at interviews and I don't know why.",
    "I feel worthless after this rejection.",
    "Maybe I'm just not cut out for this career.",
    "I know I'm a long shot, but please give me a chance.",
    "I can't stop replaying my answers in my head.",
    "I haven't slept since the interview.",
    "I've been checking my email every five minutes.",
    "I will be waiting by the phone all week.",
    # repeated apologies
    "I'm so sorry, I'm so sorry for bothering you again, and sorry for the long email.",
    "Forgive me for writing again, please forgive my nerves in the interview, and sorry for this email.",
    "I apologize profusely for my terrible interview.",
    "I am so sorry for taking up your valuable time.",
    "Sorry for being such a nuisance.",
    "I hate to be a bother; I know you're busy.",
]

NOT_DESPERATE = [
    "I need to give four weeks' notice to my current employer.",
    "I'm happy to take on the weekend rotation you mentioned.",
    "I am delighted to accept the offer.",
    "Please let me know if there is anything at all I can add.",
    "I'm grateful for the opportunity to interview.",
    "Thank you so much for your time and the tour.",
    "I apologize for the delay in replying.",
    "Sorry for the slow reply; I was travelling.",
    "I'm sorry to hear the role was cancelled.",
    "Please feel free to call me at any time.",
    "I'd welcome the chance to show you more of my work.",
    "My family is excited about the possibility of moving to Denver.",
    "I was unemployed for six months in 2020, and I used the time to earn my CPA.",
    "I reduced the firm's debt collection time by 20 percent.",
    "The rent roll analysis was my favourite part of the case study.",
    "I'm flexible on the start date and can work around your schedule.",
    "I would be glad to be considered for other roles on the team.",
    "It would mean a lot to join a team that builds tools for nurses.",
    "The chance to work on accessibility is why I applied.",
    "Thank you for giving me the chance to meet the team.",
    "I'm eager to start and contribute from day one.",
    "I'll take whatever onboarding the team recommends.",
    "I am willing to relocate for the role.",
    "I am willing to travel up to 30 percent of the time.",
    "I'm open to discussing the salary range.",
    "Hope is not a strategy, as my last manager liked to say.",
    "My last chance to visit the site before the move is Friday.",
    "I honestly enjoyed every part of the interview.",
    "I don't know the answer to the Kafka question yet, but I have been reading about it.",
    "I don't know what the on-call rotation looks like; could you tell me?",
    "I can't stop thinking about the routing problem you described, so I sketched a solution.",
    "I've been checking the API docs you sent, and they are excellent.",
    "I beg to differ on one point: I think the queue should be sharded.",
    "The question begs another: how do you handle retries?",
    "I reconsidered my answer on caching and have a better one.",
    "Thank you again; I truly appreciated your time.",
    "I'm very grateful for the feedback, and I will use it.",
    "I am sorry I missed your call; I am free after 3 p.m.",
    "Forgive the long email; there was a lot to cover.",
    "I'm happy with the salary you offered and delighted to accept.",
    "I'd accept a hybrid schedule if that is what the team prefers.",
    "Financial reporting is my strongest area.",
    "I saved my last team $40,000 in rent by consolidating offices.",
    "I've applied the feedback from your team to my portfolio.",
    "I know I have less experience with SAP, so I completed the training this week.",
    "I would be thrilled to join the team.",
    "I am confident I can help with the onboarding backlog.",
    "I am anxious to hear about the next steps.",
    "I look forward to hearing from you at your convenience.",
    "I'm waiting on one reference letter and will send it when it arrives.",
    "Please give my thanks to the rest of the panel.",
    "Please give me a call if anything else is needed.",
    "I'd do anything I can to help with the handover.",
    "The team's mission means the world to the patients it serves.",
    "My savings plan project for the credit union won an award.",
    "I'll accept the offer in writing by Friday.",
    "I was thankful for the chance to meet the founders.",
    "I would be grateful for any feedback.",
    "I hope to hear from you soon.",
    "I need the signed offer letter before I can resign.",
    "I was turned down by the bank for the loan, so we bootstrapped the shop instead.",
    "Our kids' charity relied on me to run its books for three years.",
    "I'm not worried about the commute; it is twenty minutes.",
    "I could not thank the team enough for the welcome, so I brought pastries.",
    "The only thing I would add is my experience with Tableau.",
]


# -- tone.pushy ----------------------------------------------------------------------------

PUSHY = [
    # deadlines and ultimatums
    "I need a decision from you by Friday at the latest.",
    "Please respond no later than 5 p.m. tomorrow.",
    "I would like a definite answer before the end of the week.",
    "I must have your final answer within 48 hours.",
    "Kindly revert by EOD with your decision.",
    "Let me know by tomorrow morning, or I will move on.",
    "You have until Monday to make me an offer.",
    "I am giving you until Wednesday to decide.",
    "Get back to me by noon today.",
    "I insist on hearing back by Thursday.",
    "I'll need your answer by close of business Tuesday.",
    "Your decision is required by the 15th.",
    "I'm expecting your reply within two working days.",
    "I now require a written response within five days.",
    "Respond within 24 hours or I will withdraw.",
    "I want an answer today.",
    "Call me back today.",
    "I am not prepared to wait another week.",
    "Time is running out for you to make a decision.",
    "This is the last time I am going to ask.",
    "Do not make me ask again.",
    # leverage with other offers
    "Two other firms are waiting on my answer, so you had better move quickly.",
    "I have three other offers on the table, so I suggest you hurry.",
    "Other companies are competing for me, and I won't wait around for you.",
    "If you can't beat their number, I'm accepting the other offer.",
    "Match the other offer or I walk.",
    "Either you improve the offer or I go with your competitor.",
    "After Monday, I'm going with the other company.",
    "If I hear nothing by then, I will accept another offer.",
    "I have a better offer elsewhere, so the clock is ticking.",
    # demanding reasons and documents
    "I want a full explanation of why I was rejected.",
    "Explain to me exactly why I was not selected.",
    "I am requesting a copy of my interview scores and the panel's notes.",
    "Tell me why you chose someone else.",
    "You need to tell me what went wrong.",
    "I expect you to justify this decision.",
    "Provide me with the reasons for your decision by Friday.",
    # passive aggression
    "As previously stated, I am available to start immediately.",
    "As I have already explained twice, I cannot start before March.",
    "I trust you will give this matter the attention it deserves.",
    "I trust you will respond promptly this time.",
    "I will assume your silence means you are not interested.",
    "If I don't hear back, I'll assume you have chosen someone else.",
    "Surely by now you have made a decision.",
    "Surely a decision has been reached by now.",
    "I shouldn't have to chase you for an answer.",
    "I should not need to remind you that you promised an answer last week.",
    "I'm still waiting, and my patience is wearing thin.",
    "I have been more than patient.",
    "I've been patient long enough.",
    # going over heads
    "Please forward this to whoever is holding up the decision.",
    "If you can't give me an answer, put me in touch with someone who can.",
    "I'd like to speak to your manager about the delay.",
    "Escalate this internally if that is what it takes.",
    "I have copied your CEO on this email so that it gets the attention it needs.",
    "I'll be contacting your head of talent directly about this.",
    # threats to post reviews
    "I will be sharing my experience on Glassdoor.",
    "Candidates talk, and I will make sure others hear how I was treated.",
    "Don't be surprised to see a one-star review of your hiring process.",
    "I will let my network know how this company treats applicants.",
    # terms
    "The base has to come up to $120,000 for me to sign.",
    "The signing bonus needs to double, and I want the cliff removed.",
    "Send me revised paperwork by Monday.",
    "I won't accept anything less than $90,000.",
    "I will not sign unless the salary is increased.",
]

NOT_PUSHY = [
    "I need to give my current employer four weeks' notice, so a start date in May works best.",
    "I expect to finish my certification by Friday.",
    "The deadline for the grant application is March 1, which we discussed.",
    "You mentioned the team has an urgent need for a second analyst.",
    "I just wanted to check whether there is any update on the role.",
    "I have another offer with a deadline of Friday; would an update before then be possible?",
    "Could you let me know by Thursday whether the start date works for you?",
    "I would be grateful for any update you can share.",
    "If it helps, I can send my references by Monday.",
    "I trust your team's judgement on the timeline.",
    "I trust the onboarding went well for your new hire.",
    "I assume the second round will be in person; please let me know if not.",
    "I will assume the 9 a.m. slot unless you prefer another time.",
    "The demo was surely the highlight of my week.",
    "Kindly find my portfolio attached.",
    "Kindly let me know if you need anything else.",
    "I manage review cycles for forty engineers and report to the CTO.",
    "I read the reviews on Glassdoor before applying and liked what people said about mentoring.",
    "I would be happy to speak with your manager, Dr. Chen, whenever it suits her.",
    "I forwarded the signed forms to your HR team this morning.",
    "I'll make sure the revised paperwork reaches you by Monday.",
    "I expect that the handover will take about two weeks.",
    "My current employer needs an answer from me by the end of the month, so I wanted to ask about your timeline.",
    "Please let me know if there is a decision date I should keep in mind.",
    "I understand these decisions take time, and I am happy to wait.",
    "The client required a decision by Friday, so I shortened the review cycle.",
    "My manager demanded a root-cause report within 24 hours, and I delivered it in 12.",
    "Your team's deadline of March 1 for the audit sounds achievable.",
    "I have been patient with long sales cycles throughout my career.",
    "As you mentioned, the decision should come by the end of the month.",
    "As we discussed, I can start on June 3.",
    "I would appreciate hearing back when you have news.",
    "Could you tell me why the role was reopened?",
    "I'd welcome any feedback on why I was not selected.",
    "Please tell me if there is anything I can add to my application.",
    "Please send me the revised offer letter when it is ready.",
    "I have another offer, but I would much prefer to join your team.",
    "I'm going with the flow on scheduling; any day next week works.",
    "I'll go with whichever interview slot suits the panel.",
    "Escalation management was a core part of my last role.",
    "I escalated outages to the on-call lead within five minutes.",
    "I have a hard deadline from my current employer, which is why I asked about timing.",
    "Let me know whenever a decision has been made; there is no rush.",
    "I am available immediately if you need someone to start soon.",
    "I won't be able to attend on Monday, but Tuesday works.",
    "I answer every customer email within 24 hours.",
    "I was happy to wait while the panel finished the other interviews.",
    "The CEO's talk on the roadmap was the highlight for me.",
    "If I don't hear back by Friday, I will send a short note next week.",
    "If you can't make Thursday, I'll work around your schedule.",
    "Unless you prefer a call, I will send the references by email.",
    "I would like to confirm the start date of June 3.",
    "I would like an opportunity to discuss the offer further.",
    "I would like to ask whether there is flexibility in the base salary.",
    "Is there any flexibility on the base salary? I was hoping for something closer to $95,000.",
    "I'm required to give a month's notice, so I would need a start date after July 1.",
    "I must admit the case study was the most fun I've had in an interview.",
    "The project had to be delivered by Friday, so I coordinated three vendors.",
    "Our team handled urgent tickets within an hour.",
    "I need to know the dress code for the site visit; could you tell me?",
    "I will let my current manager know about the start date once I have signed.",
    "Please respond to the calendar invite when you have a moment.",
    "I have been waiting to use Terraform at scale, and your platform team does exactly that.",
    "I would like to know more about the team's on-call rotation.",
    "Two other engineers from my bootcamp work on your platform team and speak highly of it.",
]


# -- tone.negative -------------------------------------------------------------------------

NEGATIVE = [
    # sarcasm
    "Congratulations on finding someone cheaper.",
    "Thanks so much for wasting three weeks of my life.",
    "Wow, a whole two lines after four interviews. Very generous.",
    "What a shock, you went with the internal candidate.",
    "I can't say the news comes as a surprise.",
    "Nice to know my time means so little to you.",
    "I'm sure your new hire will love cleaning up the mess your team created.",
    # blaming the interviewer or the process
    "The interviewer had plainly not opened my portfolio.",
    "It was obvious nobody on the panel had read my CV.",
    "Your recruiter couldn't even get my name right.",
    "The technical questions felt like a box-ticking exercise.",
    "The panel had clearly already settled on an internal candidate.",
    "The whole interview was a formality; you had already decided.",
    "Your process is a mess from start to finish.",
    "Four weeks of silence is no way to treat candidates.",
    "I was kept in the dark for a month.",
    "The process has not left a good impression.",
    "I have never been treated so poorly by a prospective employer.",
    "Your interviewer was rude and arrogant.",
    "Half the panel was on their phones the entire time.",
    "The interviewer seemed completely uninterested in my answers.",
    "Frankly, the process was a shambles.",
    # waste of my time
    "This was a complete waste of my time.",
    "You wasted my time with four rounds of interviews.",
    "I regret wasting a week on your take-home test.",
    # clearly you
    "Clearly you never intended to hire an outside candidate.",
    "Obviously the decision was made before I walked in.",
    "Clearly you don't know what you're looking for.",
    "You obviously have no idea what the role requires.",
    "Evidently your team values connections over competence.",
    # your loss
    "Your loss, not mine.",
    "You'll be sorry when your competitor hires me.",
    "Good luck finding someone as qualified as me.",
    # I doubt
    "I doubt your new hire will last six months.",
    "I doubt anyone on that panel could pass the test they set.",
    "I seriously doubt the other candidate has my experience.",
    # disparaging the company or the hire
    "Your company is going nowhere anyway.",
    "Your product is outdated, and your team knows it.",
    "I have since accepted a position with a company that actually respects candidates.",
    "I've accepted an offer from a company that treats people with a little more consideration.",
    "Your so-called culture of transparency is a myth.",
    "Whoever you hired is in for a rude awakening.",
    "Frankly, I dodged a bullet.",
    "I'm glad I found out what your company is really like before joining.",
    # bitter resignation
    "I would have thought eleven years of experience counted for more.",
    "Apparently experience counts for nothing at your firm.",
    "I guess I wasn't the right culture fit, whatever that means.",
    "So much for valuing diversity of experience.",
    "I should have known better than to apply.",
    "Lesson learned: never trust a recruiter's promises.",
    "I suppose that is the direction your company has chosen.",
    "Don't bother contacting me about future roles.",
    "I won't be applying to your company again.",
    # arguing the decision
    "I find the decision hard to accept, and it makes very little sense to me.",
    "This outcome is baffling given my track record.",
    "I met every single criterion, so the outcome makes no sense.",
    "I answered the questions far better than the panel expected, so I fail to see the problem.",
    "I'd like to know where I supposedly fell short.",
    "You made the wrong call, and you know it.",
    "I cannot accept this decision.",
    "Not that it matters now, but my references were excellent.",
]

NOT_NEGATIVE = [
    "I was disappointed, of course, but I enjoyed meeting the team.",
    "I'm sorry to hear the role went to an internal candidate.",
    "I doubt I will be in the area that week, so a video call would be easier.",
    "I had no doubt after our call that the team was a great fit.",
    "Clearly you have thought hard about how to onboard new analysts.",
    "Your loss-prevention program was impressive.",
    "I was sorry to hear about the loss of your biggest client.",
    "The interview was a great use of my time.",
    "I wasted no time in trying the API you showed me.",
    "I helped reduce the time wasted in handoffs by 30 percent.",
    "My last team's process was a mess until we introduced sprint reviews; I led that change.",
    "The panel asked thoughtful questions about my portfolio.",
    "Thank you for letting me know; I understand the decision.",
    "I respect your decision and would welcome feedback.",
    "I hope the new hire settles in well.",
    "Good luck with the product launch next month.",
    "I wish you and the team every success.",
    "I was surprised by how quickly the team ships changes.",
    "What a pleasant surprise to meet a fellow alumnus on the panel.",
    "The technical questions were challenging, and I learned a lot.",
    "I suppose the hardest part of the role is the month-end close.",
    "I guess my favourite part was the warehouse tour.",
    "I would have liked to talk more about the data pipeline, so here are my thoughts.",
    "Whatever the outcome, I am grateful for the chance.",
    "Not that I needed convincing, but the tour sealed it.",
    "I have accepted a position with another company, and I am grateful for your time.",
    "I've accepted another offer that is closer to home.",
    "I understand you decided to hire internally; it makes sense for continuity.",
    "The decision makes sense given the team's priorities.",
    "I don't doubt that the chosen candidate will do well.",
    "Apparently the team's coffee is legendary; I look forward to trying it.",
    "Apparently I share an alma mater with half the panel.",
    "I wasn't surprised to hear how much the team values mentoring.",
    "I'd be glad to be considered for future roles.",
    "I would love to apply again in the future.",
    "The process was well organised, and the recruiter kept me informed.",
    "I know the process has taken longer than planned because of the holidays, and that is fine.",
    "The interviewer was friendly and put me at ease.",
    "I spent most of the interview learning about the rebrand.",
    "I have never been treated so warmly by an interview panel.",
    "The case study felt like a real day on the job.",
    "Frankly, the case study was the best part of my week.",
    "Obviously I was delighted to meet the founders.",
    "Evidently the team cares about mentoring; everyone mentioned it.",
    "I'm sure your new hire will do great work on the migration.",
    "I hope it goes well for the team.",
    "It was obvious that the panel had prepared carefully.",
    "Nobody on my last team had used Terraform, so I wrote the guide.",
    "The questions were tough but fair.",
    "I regret that I cannot attend on Monday.",
    "I regret not asking about the on-call rotation, so here is my question.",
    "The lesson I learned from the case study is to ask about the data first.",
    "I should have mentioned my Tableau certification, which I have attached.",
    "I would like to know where I could improve for future interviews.",
    "I'd appreciate feedback on where I fell short.",
    "Thank you for the quick response.",
    "Thanks for the lightning-fast turnaround on the paperwork.",
    "I met every deadline in my last role, including the year-end audit.",
    "I answered the SQL question in a roundabout way, so here is a cleaner query.",
    "Your team clearly cares about quality.",
    "You obviously put a lot of thought into the case study.",
    "I wouldn't be surprised if the product takes off next year.",
    "I accepted the decision and moved on to preparing for the next round elsewhere.",
    "The old system was outdated, so I replaced it with a streaming pipeline.",
    "I'm glad I found out about the mentoring program before joining.",
]


def _ids(items: list[str]) -> list[str]:
    return [f"{i:02d}-{s[:40]}" for i, s in enumerate(items)]


def test_the_lists_are_broad() -> None:
    for faulty, innocent in ((DESPERATE, NOT_DESPERATE), (PUSHY, NOT_PUSHY), (NEGATIVE, NOT_NEGATIVE)):
        assert len(faulty) >= 60 and len(innocent) >= 60
        assert len(set(faulty)) == len(faulty) and len(set(innocent)) == len(innocent)


@pytest.mark.parametrize("sentence", DESPERATE, ids=_ids(DESPERATE))
def test_desperate(linter: Linter, sentence: str) -> None:
    assert "tone.desperate" in categories(linter, sentence)


@pytest.mark.parametrize("sentence", PUSHY, ids=_ids(PUSHY))
def test_pushy(linter: Linter, sentence: str) -> None:
    assert "tone.pushy" in categories(linter, sentence)


@pytest.mark.parametrize("sentence", NEGATIVE, ids=_ids(NEGATIVE))
def test_negative(linter: Linter, sentence: str) -> None:
    assert "tone.negative" in categories(linter, sentence, kind="rejection_reply")


@pytest.mark.parametrize("sentence", NOT_DESPERATE + NOT_PUSHY + NOT_NEGATIVE,
                         ids=_ids(NOT_DESPERATE + NOT_PUSHY + NOT_NEGATIVE))
def test_innocent(linter: Linter, sentence: str) -> None:
    assert not categories(linter, sentence) & set(CATEGORIES)
