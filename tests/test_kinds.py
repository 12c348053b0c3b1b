"""Kind detection: the kind-specific rules fire only when the kind is right.

Three measurements: the labelled corpus (floor below), and two sets of short drafts written
here, independently of the corpus, so the detector is not tuned to one set of phrasings.
``HELD_OUT`` (26 drafts) came with the first detector; ``NEW_A`` to ``NEW_D`` (88 drafts)
were written for the second one (subject and opening weighting, reply-to-news framing,
confidence), each set after the detector had been tuned on the previous ones, and measured
before any change for it. First contact, detector at commit 71e1df6 / new detector:

    NEW_A  8/30 / 21/30      NEW_B  11/22 / 20/22
    NEW_C  7/18 /  9/18  (3 of the 9 misses flagged unsure)
    NEW_D  8/18 /  8/18  (6 of the 10 misses flagged unsure)

so phrase signals still meet wordings they have not seen; the confidence is what keeps a
wrong guess from firing kind-specific warnings. The floors stay below 1.0 on purpose:
they are floors, not a record of one run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from etiquette_lint.draft import parse
from etiquette_lint.inputs import read_path
from etiquette_lint.kinds import LOW_CONFIDENCE, detect_kind, resolve_kind

CORPUS = Path(__file__).resolve().parent / "corpus"
CORPUS_FLOOR = 0.9  # share of corpus drafts whose kind the detector gets right (facts' kind ignored)
HELD_OUT_FLOOR = 0.85


NEW_FLOOR = 0.9


def _detect_file(path: Path):
    d = parse(read_path(path))
    return detect_kind(d.own_text(), subject=d.subject_text or "")


def test_corpus_kind_accuracy():
    labels = yaml.safe_load((CORPUS / "labels.yaml").read_text(encoding="utf-8"))
    wrong = []
    for name, label in labels.items():
        got = _detect_file(CORPUS / "drafts" / name).kind
        if got != label["kind"]:
            wrong.append(f"{name}: {label['kind']} detected as {got}")
    accuracy = 1 - len(wrong) / len(labels)
    assert accuracy >= CORPUS_FLOOR, "\n".join(wrong)


HOLDOUT = CORPUS.parent / "corpus-holdout"  # measured blind once, a development set since


def test_holdout_kind_accuracy():
    labels = yaml.safe_load((HOLDOUT / "labels.yaml").read_text(encoding="utf-8"))
    wrong = [f"{name}: {label['kind']} detected as {got}" for name, label in labels.items()
             if (got := _detect_file(HOLDOUT / "drafts" / name).kind) != label["kind"]]
    assert 1 - len(wrong) / len(labels) >= CORPUS_FLOOR, "\n".join(wrong)


HELD_OUT = {
    "thank_you": [
        "Hi Maria,\n\nThanks for walking me through the warehouse this morning. The pick-path changes were "
        "clever, and I am keen to help roll them out.\n\nBest,\nTom",
        "Dear Mr. Obi,\n\nIt was a pleasure speaking with you about the Payroll Specialist role. Your point "
        "about year-end reconciliations stuck with me.\n\nKind regards,\nAda",
        "Dear Dr. Reyes,\n\nThank you for the interview on Tuesday and for the tour of the lab. I remain very "
        "interested in the postdoc position.\n\nSincerely,\nKim",
        "Hello Ms. Grant,\n\nThank you for taking the time to talk with me today about the nursing role. I "
        "appreciated hearing about the new telemetry unit.\n\nBest regards,\nJo",
        "Dear Aiko,\n\nI wanted to thank you for the conversation yesterday afternoon about the editor job. "
        "I look forward to the next steps.\n\nBest,\nLiam",
        "Dear Mr. Stone,\n\nThank you for having me in for the second interview. Meeting the design team made "
        "me even more excited about the role.\n\nRegards,\nPat",
    ],
    "check_in": [
        "Dear Ms. Patel,\n\nI hope you are well. I interviewed for the Planner role on March 3 and wanted to "
        "ask if there are any updates on your hiring timeline.\n\nBest regards,\nSam",
        "Subject: Following up on the Analyst interview\n\nHi Ken,\n\nI am following up on my interview two "
        "weeks ago. Is there any news on the decision?\n\nThanks,\nRi",
        "Dear Mr. Hall,\n\nI have not heard back since our interview on the 4th and wanted to see where things "
        "stand. I am still very interested.\n\nBest,\nLee",
        "Dear Ms. Cho,\n\nIt has been three weeks since my interview for the Chef de Partie job. Could you let "
        "me know whether a decision has been made?\n\nKind regards,\nVal",
        "Hello Jen,\n\nJust touching base about the Producer position. I remain excited about the role and "
        "would be glad to hear about the status of my application.\n\nBest,\nAl",
    ],
    "offer_reply": [
        "Dear Ms. Ford,\n\nThank you so much for the offer! I am happy to accept the Designer position and "
        "look forward to starting on May 2.\n\nBest regards,\nEva",
        "Dear Mr. Ito,\n\nThank you for the generous offer. After careful thought I must decline, as I have "
        "decided to stay in my current role.\n\nSincerely,\nNed",
        "Hi Rosa,\n\nThanks for sending the offer letter. Before I sign, could we talk about the base salary "
        "and the relocation package?\n\nBest,\nOm",
        "Dear Ms. Kerr,\n\nI am thrilled to accept your offer to join the clinic. Please let me know what you "
        "need for the background check.\n\nKind regards,\nBea",
    ],
    "rejection_reply": [
        "Dear Ms. Lind,\n\nThank you for letting me know. I am disappointed, but I enjoyed meeting the team and "
        "hope you will keep me in mind for future openings.\n\nBest regards,\nUma",
        "Dear Mr. Dale,\n\nI was sorry to hear the role went to another candidate. Thank you for your time, and "
        "best of luck with the new hire.\n\nSincerely,\nIra",
        "Hi Tess,\n\nThanks for the call. I understand the decision and appreciate how open you were through "
        "the process.\n\nBest,\nGus",
        "Dear Dr. Webb,\n\nThank you for your email. While I am sad I was not selected, I learned a lot from "
        "the interviews and hope our paths cross again.\n\nKind regards,\nMo",
    ],
    "feedback_request": [
        "Dear Ms. Ruiz,\n\nThank you again for considering me. Would you be able to share any feedback on my "
        "interview? I want to know where I could improve.\n\nBest regards,\nDev",
        "Subject: Request for feedback\n\nDear Mr. Kay,\n\nI would be grateful for a few minutes of your time "
        "to hear what I could have done differently in the case study.\n\nSincerely,\nFay",
        "Hi Omar,\n\nI know the role is filled. Could you tell me which areas for improvement the panel saw in "
        "my presentation? Any feedback on my answers would help.\n\nThanks,\nZed",
    ],
    "withdrawal": [
        "Dear Ms. Lowe,\n\nThank you for the invitation to a final interview. I have accepted another offer and "
        "would like to withdraw my application.\n\nBest regards,\nKai",
        "Dear Mr. Finch,\n\nPlease remove me from consideration for the Buyer role; my plans have changed and "
        "I am relocating abroad.\n\nSincerely,\nLou",
        "Hi Nora,\n\nI have decided to step back from the process for personal reasons. Thank you for your "
        "kindness throughout.\n\nBest,\nRay",
        "Subject: Withdrawing my candidacy\n\nDear Mr. Ng,\n\nAfter some thought I no longer wish to be "
        "considered for the Teller position. Thank you for your time.\n\nKind regards,\nIsa",
    ],
}


NEW_A = {
    "thank_you": [
        "Subject: Thanks for Thursday\n\nHi Gwen,\n\nI really appreciated you showing me round the print room and "
        "explaining how the night shift hands over to the day team. I'd love to be part of that crew.\n\nCheers,\nRob",
        "Dear Professor Adeyemi,\n\nMany thanks for your time and for the questions on my thesis chapter about "
        "soil carbon. It was a privilege to discuss it with you, and I am very keen on the research post.\n\n"
        "Yours sincerely,\nMarta",
        "Subject: Re: Interview on Wednesday at 2pm\n\nHello Femi,\n\nThank you for making time for me this "
        "afternoon. The case about the delayed container shipment was a fun puzzle, and I left wanting the "
        "job even more.\n\nBest,\nYusuf",
        "Dear Ms. Caldwell,\n\nI am grateful for the chance to meet you and the care team on Monday. I was sorry "
        "to hear that the new wing opening has been pushed back, but the plans sounded excellent. I remain "
        "very interested in the Deputy Manager post.\n\nKind regards,\nElin",
        "Hi Sunita,\n\nJust a quick note to say how much I enjoyed this morning's call about the billing "
        "migration. I'm excited about the possibility of joining the payments squad.\n\nThanks,\nArjun",
        "Dear Mr. Brandt,\n\nThank you for showing me the workshop yesterday and for letting me try the new "
        "CNC router. I hope to hear good news and would be proud to join your team.\n\nRegards,\nKlaus",
    ],
    "check_in": [
        "Subject: Warehouse Lead – status\n\nDear Mr. Osei,\n\nI hope your week is going well. I interviewed "
        "for the Warehouse Lead role on 2 May and wondered whether you have reached a decision yet. I am still "
        "very keen.\n\nKind regards,\nDara",
        "Hi Lotte,\n\nYou said the team hoped to decide before the end of the month, so I thought I would ask "
        "how things are progressing. The role still appeals to me a great deal.\n\nBest,\nNiels",
        "Dear Ms. Amadi,\n\nI am writing to ask about the timing of next steps for the Junior Architect "
        "position. Is there anything else you need from me in the meantime?\n\nSincerely,\nTope",
        "Subject: Re: Teaching Assistant interview\n\nHello Mrs. Price,\n\nI wanted to see if there was any "
        "word on the Teaching Assistant post. I enjoyed meeting the Year 2 class and would love to join the "
        "school.\n\nBest wishes,\nCarys",
        "Dear Mr. Lam,\n\nI sent a note last Tuesday but have not had a reply, so I am trying once more. "
        "Could you tell me if the Data Engineer role is still open? I remain interested.\n\nRegards,\nWen",
        "Hi Paolo,\n\nHope all is well! Any movement on the Sous Chef role? I'm still excited about the "
        "tasting menu project.\n\nThanks,\nMika",
    ],
    "rejection_reply": [
        "Subject: Re: Your application for Store Manager\n\nDear Ms. Holt,\n\nThanks very much for getting back "
        "to me, even if it wasn't the answer I was hoping for. I enjoyed meeting you and wish the new manager "
        "every success.\n\nKind regards,\nBen",
        "Dear Dr. Farah,\n\nI appreciate you taking the time to tell me personally. Naturally I am a little "
        "sad, but I learned a lot from the panel and would welcome the chance to apply again.\n\nBest,\nLeila",
        "Hi Jonas,\n\nThanks for the update. Gutted, obviously, but I get it, and the other finalist must have "
        "been strong. Good luck with the launch!\n\nSam",
        "Dear Mr. Quinn,\n\nI was disappointed to learn that I was unsuccessful this time, but I am grateful "
        "for your kind words about my portfolio. Please do keep me in mind if another opening arises.\n\n"
        "Sincerely,\nOrla",
        "Subject: Re: Outcome – Research Assistant\n\nDear Professor Lind,\n\nThank you for your message. I "
        "understand the panel has offered the post to someone with more lab experience, and I respect that "
        "choice.\n\nWith best wishes,\nHana",
        "Dear Ms. Torres,\n\nI received your letter about the Paralegal vacancy. Although it is not the result "
        "I wanted, thank you for considering me, and I hope we cross paths again.\n\nRegards,\nIvan",
    ],
    "offer_reply": [
        "Subject: Re: Offer – Junior Planner\n\nDear Mr. Boateng,\n\nThank you so much! I'm delighted to say "
        "yes, and I can start on 3 March as proposed.\n\nBest regards,\nAma",
        "Dear Ms. Lindqvist,\n\nI am grateful for the offer of the Lab Technician post. Before I confirm, "
        "could you tell me whether the shift allowance applies to weekend work?\n\nKind regards,\nPer",
        "Hi Ravi,\n\nThanks a lot for the offer - unfortunately I have decided not to take it, as the commute "
        "would be too long for my family. I really enjoyed meeting everyone.\n\nBest,\nNoor",
        "Dear Mr. Ortega,\n\nI'm happy to confirm my acceptance of the Sales Executive role. I have returned "
        "the signed contract and look forward to my first day.\n\nSincerely,\nLucia",
    ],
    "feedback_request": [
        "Subject: Could I ask for some pointers?\n\nDear Ms. Hughes,\n\nThank you for letting me know about "
        "the decision. Would you be willing to tell me what the panel felt was missing from my answers? It "
        "would really help for next time.\n\nBest,\nTariq",
        "Dear Mr. Novak,\n\nI was wondering if you could spare five minutes to talk me through the weaker "
        "parts of my coding exercise. Any pointers would be useful.\n\nRegards,\nEmil",
        "Hi Grace,\n\nThanks for the news. Could you let me know which parts of my presentation held me back? "
        "I want to get better at these interviews.\n\nCheers,\nMo",
        "Dear Dr. Achebe,\n\nThank you for your email. I'd be grateful for any comments the committee had on "
        "my teaching demonstration, so that I can improve it before my next application.\n\nKind regards,\n"
        "Nkem",
    ],
    "withdrawal": [
        "Subject: Stepping away from the Analyst process\n\nDear Ms. Park,\n\nThank you for the time you and "
        "the team have given me. I have decided to stay with my current employer, so please take me out of "
        "the running for the Analyst role.\n\nBest regards,\nJin",
        "Hi Marcus,\n\nI'm afraid I won't be able to make the final round on Friday: I've said yes to a role "
        "closer to home. Thanks so much for everything.\n\nBest,\nDeb",
        "Dear Mr. Hale,\n\nAfter a lot of thought I would like to bow out of consideration for the Site Manager "
        "position. My circumstances have changed and I cannot relocate.\n\nSincerely,\nTom",
        "Dear Ms. Ruiz,\n\nPlease cancel my second interview next week. I have taken a job elsewhere and do not "
        "want to waste your team's time.\n\nKind regards,\nAlma",
    ],
}


NEW_B = {
    "thank_you": [
        "Dear Mrs. Okoro,\n\nWhat a pleasure to spend the morning with your pharmacy team. Watching the dispensary "
        "robot in action answered most of my questions, and I would be delighted to join you.\n\nBest wishes,\nAnneke",
        "Hi Tomasz,\n\nThank you again for the interview and the coffee! I keep thinking about your plan to move the "
        "reporting onto Looker, and I'd love to help with it.\n\nAll the best,\nRuth",
        "Subject: Our conversation on Friday\n\nDear Mr. Iqbal,\n\nI wanted to say thank you for the warm welcome "
        "at the depot on Friday. Hearing how you plan routes around the bridge closures made me even keener on "
        "the Transport Planner role.\n\nKind regards,\nFiona",
        "Dear Dr. Sato,\n\nThank you for the interview earlier today. You mentioned that a decision would be made "
        "within two weeks; in the meantime I am happy to send the poster I described.\n\nSincerely,\nGeorge",
        "Dear Ms. Ward,\n\nI appreciated the time you and Mr. Kent spent with me this week. The discussion about "
        "reducing waiting lists in the outpatient clinic was fascinating, and I am very keen to contribute.\n\n"
        "Kind regards,\nPriyanka",
    ],
    "check_in": [
        "Dear Ms. Henley,\n\nThank you again for interviewing me for the Bid Writer post last month. I know you "
        "expected to decide by 10 June; could you let me know where the process is now? I remain very interested."
        "\n\nBest regards,\nColm",
        "Hi Beatriz,\n\nSorry to bother you. Do you have a sense of when you might be in a position to make a "
        "decision on the Graphic Designer role? I'm still really excited about it.\n\nThanks,\nOwen",
        "Subject: Quick question about the Lab Manager role\n\nDear Dr. Kowalski,\n\nIs there any news from the "
        "committee yet? I would still love to join the group.\n\nBest,\nInes",
        "Dear Mr. Doyle,\n\nI am following up regarding my interview on 14 March for the Electrician Apprentice "
        "position. I would be grateful to hear whether the role has been filled.\n\nRegards,\nSean",
    ],
    "rejection_reply": [
        "Dear Ms. Greer,\n\nThank you for the kind note. Of course I'm disappointed, but I understand, and I hope "
        "our paths will cross again.\n\nWarm regards,\nJulia",
        "Hi Sven,\n\nThanks for the call earlier to let me know. It's a shame, but the panel clearly had a tough "
        "choice. I'd be glad to hear about any future openings on the team.\n\nBest,\nAnnie",
        "Dear Mr. Pereira,\n\nThank you for informing me of your decision regarding the Finance Officer position. "
        "I wish you and the team all the best.\n\nYours sincerely,\nAhmed",
        "Subject: Re: Your interview with Northwind\n\nDear Ms. Blake,\n\nThank you for your honesty about the "
        "outcome. I really enjoyed the process and would welcome being considered if another vacancy comes up."
        "\n\nKind regards,\nMei",
    ],
    "offer_reply": [
        "Dear Ms. Fischer,\n\nI'm thrilled to receive the offer and would like to accept. Could you let me know "
        "when I should expect the contract?\n\nBest regards,\nLars",
        "Hi Chidi,\n\nThank you for the offer for the Account Manager role. Would there be any flexibility on the "
        "base pay? I'd also like to confirm the holiday allowance.\n\nBest,\nKemi",
        "Dear Mr. Walsh,\n\nAfter much thought, I have decided to decline the position. I am truly grateful for "
        "the offer and for the time the team spent with me.\n\nKind regards,\nRoisin",
    ],
    "feedback_request": [
        "Dear Mr. Haddad,\n\nThank you for letting me know. If you have a moment, could you tell me what I could "
        "have done better in the technical round? I want to learn from it.\n\nBest regards,\nKaran",
        "Subject: Feedback on my interview\n\nHi Olga,\n\nI'd really value hearing how my case study came across "
        "to the panel.\n\nThanks,\nPiotr",
        "Dear Ms. Obi,\n\nWould it be possible to get some comments on my written test? I am keen to understand "
        "where I lost marks.\n\nKind regards,\nFemi",
    ],
    "withdrawal": [
        "Dear Ms. Young,\n\nI'm writing to let you know that I need to withdraw from the recruitment process for "
        "the Nurse Educator role due to a family illness. Thank you for your understanding.\n\nKind regards,\nBea",
        "Hi Leon,\n\nThanks so much for the invitation to the on-site day. I've since accepted a position at "
        "another firm, so I won't be continuing. I really appreciated your help.\n\nBest,\nMarek",
        "Dear Mr. Chen,\n\nPlease consider this email my notice that I am no longer pursuing the Operations "
        "Analyst position. My situation has changed and I will be staying in my current job.\n\nSincerely,\nRita",
    ],
}


NEW_C = {
    "thank_you": [
        "Subject: Grateful for your time today\n\nDear Ms. Lindgren,\n\nI wanted to drop you a line after our meeting "
        "this afternoon. Your description of the grant reporting cycle was really useful, and I would be glad to "
        "take it on.\n\nKind regards,\nOmar",
        "Dear Sir Kumar,\n\nThank you very much for receiving me in your office on Monday. I learn many things about "
        "the quality control of the injection moulding, and I am very motivated for this job.\n\nBest regards,\nLin",
        "Yo Jess,\n\nCheers for having me over at the studio earlier, the mixing desk setup is unreal. Would love to "
        "be part of it.\n\nRob",
        "Dear Dr. Hartmann,\n\nI am writing to thank you and Dr. Pohl for the interview on 12 May. The question about "
        "missing data in the cohort study was a good challenge, and I hope to join the epidemiology group.\n\n"
        "Sincerely,\nSara",
    ],
    "check_in": [
        "Subject: Sous Chef application - any news?\n\nHi Mario,\n\nHope the new menu launch went well. Just "
        "wondering if you've had a chance to decide on the sous chef position yet? Still very keen.\n\nCheers,\nEd",
        "Dear Ms. Park,\n\nForgive me for writing again. It is now past the date you mentioned for a decision, and I "
        "would appreciate knowing whether I am still being considered.\n\nRespectfully,\nHyun",
        "Dear Mr. Abara,\n\nI trust you are well. May I ask if the panel has come to any conclusion regarding the "
        "Procurement Officer role? I remain very interested.\n\nYours sincerely,\nChioma",
    ],
    "rejection_reply": [
        "Dear Ms. Fontaine,\n\nThank you for taking the time to write to me. Of course I had hoped for a different "
        "answer, but I fully accept it and wish the team well with the new appointment.\n\nBest wishes,\nClaire",
        "Hi Dev,\n\nAh, that's a pity, but thanks for being upfront about it. Hope our paths cross again some time."
        "\n\nBest,\nKit",
        "Subject: Re: Application update\n\nDear Mr. Morales,\n\nI appreciate you letting me know. I enjoyed every "
        "stage of the process and would be glad to be considered for similar roles later on.\n\nKind regards,\nAna",
    ],
    "offer_reply": [
        "Dear Ms. Wu,\n\nThank you so much for this wonderful news! I happily accept and am counting the days until "
        "I start in September.\n\nWarmest regards,\nLi",
        "Dear Mr. Grant,\n\nMany thanks for the offer of employment. I would like to request a short extension, "
        "until Friday, to consider it fully, as I am waiting to hear from another employer.\n\nBest regards,\nZoe",
        "Hi Sasha,\n\nThanks for the package details. Is the remote allowance negotiable? Otherwise I am ready to "
        "sign.\n\nBest,\nDima",
    ],
    "feedback_request": [
        "Dear Ms. Holm,\n\nThank you for your message about the outcome. As I am early in my career, I would find it "
        "very helpful to know which of my answers were weakest.\n\nKind regards,\nAksel",
        "Hi Ben,\n\nNo worries at all about the decision. Could you possibly point me to anything in my portfolio "
        "that didn't land with the panel?\n\nThanks,\nIsla",
    ],
    "withdrawal": [
        "Dear Mr. Fischer,\n\nI regret to inform you that I must withdraw from the selection process, as I have "
        "decided to continue my studies.\n\nYours sincerely,\nLena",
        "Hi Paula,\n\nI've thought about it a lot and I don't think the role is the right fit for me at the moment, "
        "so I'd rather not go forward to the next stage. Thanks for understanding.\n\nBest,\nJo",
        "Dear Ms. Adeyemi,\n\nThank you for inviting me to the assessment centre. Unfortunately, I will not be "
        "attending, as I have accepted a post with another trust.\n\nKind regards,\nRuth",
    ],
}


NEW_D = {
    "thank_you": [
        "Dear Mr. Olsen,\n\nA short note to say I really valued our discussion on Wednesday about the harbour "
        "dredging survey. I hope I get the chance to contribute to it.\n\nRegards,\nBjorn",
        "Subject: Following up on this morning\n\nHi Aisha,\n\nThat was a brilliant conversation, thank you. The way "
        "your team triages support tickets by revenue impact is smart, and I'd be thrilled to help.\n\nBest,\nNoah",
        "Dear Dr. Lee,\n\nI very much enjoyed visiting the clinic yesterday and meeting the nursing staff. Please "
        "pass on my thanks to Sister Brown for the ward tour. I hope to be part of the team.\n\nKind regards,\nMary",
    ],
    "check_in": [
        "Hi Fran,\n\nI know these things take time! I just wanted to touch base to see whether the hiring manager has "
        "had a chance to review the shortlist. Still keen on the role.\n\nThanks,\nGus",
        "Dear Ms. Evans,\n\nThree weeks have passed since my second interview for the HR Advisor role. Would you be "
        "able to share an indication of timescales? My interest is as strong as ever.\n\nKind regards,\nRhian",
        "Subject: Checking on the Data Analyst vacancy\n\nDear Mr. Patel,\n\nCould you let me know if I am still in "
        "the running? I enjoyed the SQL task and remain very interested.\n\nBest,\nAnil",
    ],
    "rejection_reply": [
        "Dear Ms. Kaur,\n\nThank you for the update about the Service Designer role. While I'm obviously a bit "
        "deflated, I really appreciated the chance to interview, and I hope we work together in the future.\n\n"
        "Best,\nTeo",
        "Dear Mr. Nkosi,\n\nMany thanks for your email and for your kind words. I understand completely, and I would "
        "be happy to stay in touch should anything suitable come up.\n\nKind regards,\nZanele",
        "Hi Pat,\n\nShame it didn't work out this time, but thanks for giving me the shot. Good luck to whoever got "
        "it!\n\nCheers,\nMo",
    ],
    "offer_reply": [
        "Dear Ms. Rossi,\n\nI am very pleased to formally accept the position of Laboratory Analyst at the salary "
        "stated in your letter. I will return the paperwork tomorrow.\n\nKind regards,\nGiulia",
        "Hi Tom,\n\nThank you for the offer, it means a lot. After talking it over with my family I'm going to say "
        "no, as I can't relocate right now.\n\nAll the best,\nEmma",
        "Dear Mr. Yilmaz,\n\nThank you for your call today confirming the offer. Before I accept, could we discuss "
        "the probation period and whether the start date could move to 1 March?\n\nBest regards,\nDeniz",
    ],
    "feedback_request": [
        "Dear Ms. Grant,\n\nThank you for letting me know. To help me prepare for future interviews, could you tell me "
        "how I compared with the other candidates on the technical questions?\n\nKind regards,\nPeter",
        "Subject: Learning from my interview\n\nDear Dr. Obi,\n\nI'd be grateful for any thoughts you could share on "
        "how my research talk came across.\n\nBest wishes,\nAda",
        "Hi Luca,\n\nI totally understand the decision. If you have five minutes at some point, I'd love to hear what "
        "I could do differently next time.\n\nThanks,\nSofia",
    ],
    "withdrawal": [
        "Dear Ms. Lopez,\n\nI'm afraid my circumstances have changed and I need to step away from the application "
        "for the Store Supervisor role. Thank you for your patience with me.\n\nKind regards,\nRosa",
        "Dear Mr. Harris,\n\nPlease accept this note as formal notice that I do not wish to proceed with my "
        "application. I have decided to remain in my present post.\n\nYours sincerely,\nAlan",
        "Hi Jen,\n\nThanks again for the chat last week. I've been offered a role at a company nearer home and "
        "decided to take it, so please don't hold a place for me in the next round.\n\nBest,\nCal",
    ],
}


@pytest.mark.parametrize("name,drafts", [("NEW_A", NEW_A), ("NEW_B", NEW_B), ("NEW_C", NEW_C), ("NEW_D", NEW_D)])
def test_new_drafts_accuracy(name, drafts):
    cases = [(kind, i, text) for kind, texts in drafts.items() for i, text in enumerate(texts)]
    wrong = [f"{name} {kind}[{i}] detected as {detect_kind(text).kind}: {text[:70]!r}"
             for kind, i, text in cases if detect_kind(text).kind != kind]
    assert 1 - len(wrong) / len(cases) >= NEW_FLOOR, "\n".join(wrong)


def test_new_drafts_are_mostly_detected_with_confidence():
    """A right kind should usually be a clear one: at most one draft in five may be unsure."""
    cases = [(k, t) for d in (NEW_A, NEW_B, NEW_C, NEW_D) for k, texts in d.items() for t in texts]
    unsure = [t[:60] for k, t in cases if detect_kind(t).uncertain]
    assert len(unsure) <= len(cases) // 5, unsure


def _held_out():
    for kind, texts in HELD_OUT.items():
        for i, text in enumerate(texts):
            yield kind, i, text


def test_held_out_accuracy():
    cases = list(_held_out())
    wrong = [f"{kind}[{i}] detected as {detect_kind(text).kind}: {text[:60]!r}"
             for kind, i, text in cases if detect_kind(text).kind != kind]
    assert 1 - len(wrong) / len(cases) >= HELD_OUT_FLOOR, "\n".join(wrong)


@pytest.mark.parametrize("kind", sorted(HELD_OUT))
def test_every_kind_is_detected_somewhere(kind):
    assert any(detect_kind(t).kind == kind for t in HELD_OUT[kind])


def test_reason_names_the_evidence():
    r = detect_kind("Dear Ms. Lowe,\n\nI would like to withdraw my application.\n\nBest,\nKai")
    assert r.kind == "withdrawal" and r.detected
    assert "withdraw" in r.reason


def test_no_signal_defaults_to_thank_you():
    r = detect_kind("Dear Ms. Lowe,\n\nHello.\n\nBest,\nKai")
    assert r.kind == "thank_you" and "assumed" in r.reason


def test_thanks_alone_does_not_outvote_an_offer():
    r = detect_kind("Dear Ms. Ford,\n\nThank you for meeting with me yesterday and for the offer. I accept the "
                    "position.\n\nBest,\nEva")
    assert r.kind == "offer_reply"


def test_a_thank_you_mentioning_the_decision_date_stays_a_thank_you():
    r = detect_kind("Dear Ms. Achebe,\n\nThank you for meeting with me this evening. You mentioned a decision in "
                    "about two weeks; could you let me know when I should follow up?\n\nBest,\nJoel")
    assert r.kind == "thank_you"


def test_a_thank_you_mentioning_salary_and_start_date_stays_a_thank_you():
    r = detect_kind("Dear Ms. Ford,\n\nThank you for meeting with me today. I appreciated the clarity on the salary "
                    "range and the start date, and the tour of the studio.\n\nBest,\nEva")
    assert r.kind == "thank_you"


def test_given_kind_wins():
    assert resolve_kind("check_in", "thank_you", "withdraw").kind == "check_in"
    r = resolve_kind(None, "offer_reply", "withdraw")
    assert r.kind == "offer_reply" and not r.detected and "facts" in r.reason


# --------------------------------------------------------------------------------------------
# how the detector reads: subject, opening sentence, reply framing, conditions, confidence

def test_subject_is_read_apart_from_the_body():
    body = "Dear Mr. Lowe,\n\nThank you for your email. I enjoyed meeting the team.\n\nBest,\nKai"
    assert detect_kind(body, subject="Re: Outcome of your application").kind == "rejection_reply"
    assert detect_kind("Subject: Re: Outcome of your application\n\n" + body).kind == "rejection_reply"
    assert detect_kind(body, subject="Request for feedback").kind == "feedback_request"


def test_reply_to_news_framing_is_a_rejection_reply():
    for opening in ("Thank you for letting me know.", "Thanks for getting back to me.",
                    "I appreciate you taking the time to tell me.", "Thank you for your kind message.",
                    "Thanks for the call earlier to let me know."):
        text = f"Dear Ms. Lind,\n\n{opening} I enjoyed meeting the team and wish you well.\n\nBest,\nUma"
        assert detect_kind(text).kind == "rejection_reply", opening


def test_sorry_to_hear_about_something_else_stays_a_thank_you():
    r = detect_kind("Dear Mr. Hay,\n\nThank you for this morning's interview. I was sorry to hear that the "
                    "warehouse move has slipped again; the plan you showed me looked solid.\n\nBest,\nIan")
    assert r.kind == "thank_you" and not r.uncertain


def test_a_condition_is_not_news():
    r = detect_kind("Dear Ms. Ray,\n\nI have not heard back since my interview on the 2nd. If I hear nothing by "
                    "Friday, I will assume you have chosen someone else.\n\nRegards,\nBo")
    assert r.kind == "check_in"


def test_an_indirect_question_is_not_news():
    r = detect_kind("Dear Mr. Doyle,\n\nCould you tell me whether the position has been filled? I remain "
                    "interested.\n\nRegards,\nSean")
    assert r.kind == "check_in"


def test_confidence():
    clear = detect_kind("Dear Ms. Lowe,\n\nI would like to withdraw my application, as I have accepted another "
                        "offer.\n\nBest,\nKai")
    assert clear.kind == "withdrawal" and clear.confidence >= 0.9 and not clear.uncertain
    nothing = detect_kind("Dear Ms. Lowe,\n\nHello.\n\nBest,\nKai")
    assert nothing.kind == "thank_you" and nothing.confidence == 0.0 and nothing.uncertain
    assert set(nothing.alternatives) == {"check_in", "offer_reply", "rejection_reply", "feedback_request",
                                         "withdrawal"}
    close = detect_kind("Dear Ms. Lowe,\n\nThank you for meeting with me yesterday. I understand your decision."
                        "\n\nBest,\nKai")
    assert close.confidence < LOW_CONFIDENCE and close.alternatives and "unsure" in close.reason
    given = resolve_kind(None, "offer_reply", "withdraw")
    assert given.confidence == 1.0 and not given.uncertain

