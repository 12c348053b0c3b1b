"""Real e-mail layouts -> the parts of a draft, checked by the text of each part.

Each case is a draft as people really write or paste it (letters with address blocks, long
sign-offs, names with credentials, signatures with footers, quoted threads from Gmail, Outlook
and Apple Mail, forwards, bottom-posted and interleaved replies, HTML comments in Markdown)
and the text every part must have. A part left out of a case must be empty.
"""

from __future__ import annotations

from typing import Any

import pytest

from etiquette_lint.draft import Draft, parse

# -- the drafts ------------------------------------------------------------------------------------

LETTER = """\
Dev Raman
14 Harbour Road
Leeds LS1 4AB
dev.raman@mail.example
+44 7700 900123

9 November 2026

Mr. Kwame Osei
Head of Engineering
Brightline Systems Ltd
22 Canal Street
Manchester M1 3HE

Dear Mr. Osei,

Thank you for meeting with me on Thursday to discuss the platform engineer role.

I enjoyed hearing about the move to the new build system.

Thank you again for your time,
Dev
"""

LETTER_US_DATE_AND_REFERENCE = """\
November 9, 2026

Ms. Priya Natarajan
Director of Nursing
St. Columba's Hospital

Re: Charge Nurse interview, 5 November

Dear Ms. Natarajan:

Thank you for the interview last week and for the tour of the cardiac ward.

Sincerely,

Grace Mwangi, RN
"""

LETTER_WITH_SUBJECT_LINE = """\
Amara Nwosu
7 Linden Terrace

Subject: Estates Officer interview

Dear Mr. Osei,

Thank you for showing me the boiler house.

Yours sincerely,
Amara Nwosu
"""

HEADERS_ON_TOP = """\
To: Dana Fox <dana.fox@brightline.example>
Cc: lee.park@brightline.example
Subject: Re: Offer

Hi Dana,

I am delighted to accept the offer. Monday the 16th works for me.

Best regards,
Ruth Adeyemi
"""

GMAIL_TOP_POSTED = """\
Subject: Re: Offer

Hi Dana,

Thank you, I am happy to accept. Monday the 16th works for me.

Many thanks and all the best,
Ruth

On Mon, 9 Nov 2026 at 14:10, Dana Fox <dana.fox@brightline.example>
wrote:
> Hi Ruth,
>
> We are delighted to offer you the role!! Let us know asap.
>
> Dana
"""

GMAIL_WRAPPED_INSIDE_ADDRESS = """\
Hi Dana,

Tuesday suits me well.

Thanks, Dev

On Mon, Nov 9, 2026 at 2:10 PM Dana Fox <
dana.fox@brightline.example> wrote:
> Does Tuesday work for the second round?
"""

OUTLOOK_TOP_POSTED = """\
Hi Dana,

Thank you for the update. Tuesday at 10:00 suits me, and I will bring the portfolio we discussed.

Kind regards,
Ruth Adeyemi
Senior Staff Nurse | Ward 7
(she/her)
+44 7700 900 412
linkedin.com/in/ruth-adeyemi

This email and any attachments are confidential and intended solely for the addressee. If you have \
received it in error, please notify the sender and delete it.

________________________________
From: Dana Fox <dana.fox@brightline.example>
Sent: Monday, 9 November 2026 14:10
To: Ruth Adeyemi <ruth@mail.example>
Cc: Lee Park <lee.park@brightline.example>
Subject: RE: Second interview

Hi Ruth,

Could you do Tuesday at 10? Let us know ASAP!!

Dana
"""

OUTLOOK_DATE_HEADER = """\
Dear Ms. Fox,

Thank you for confirming. I look forward to Tuesday.

Best regards,
Ruth Adeyemi

From: Dana Fox <dana.fox@brightline.example>
Date: Monday, November 9, 2026 at 2:10 PM
To: Ruth Adeyemi <ruth@mail.example>
Subject: Second interview

Hi Ruth, u free tuesday?
"""

APPLE_MAIL = """\
Hi Dana,

That works for me. See you on Tuesday.

Ruth

Sent from my iPhone

> On 9 Nov 2026, at 14:10, Dana Fox <dana.fox@brightline.example> wrote:
>
> Hi Ruth, does Tuesday work?
"""

APPLE_MAIL_ATTRIBUTION_UNQUOTED = """\
Dear Dana,

Yes, Tuesday is fine.

Warm regards,
Ruth

On 9 Nov 2026, at 14:10, Dana Fox <dana.fox@brightline.example> wrote:

> Hi Ruth, does Tuesday work?
"""

ORIGINAL_MESSAGE = """\
Dear Ms. Fox,

Thank you for the interview on Monday. I enjoyed learning about the cardiac ward.

Grace Mwangi, RN

-----Original Message-----
From: Dana Fox
Sent: Monday, November 9, 2026 2:10 PM
To: Grace Mwangi
Subject: Interview

Hi Grace, pls confirm asap
"""

FORWARDED = """\
Hi Lee,

Forwarding the confirmation below, as promised. I am looking forward to Thursday.

Best regards, Ruth Adeyemi

---------- Forwarded message ---------
From: Dana Fox <dana.fox@brightline.example>
Date: Mon, 9 Nov 2026 at 14:10
Subject: Interview confirmation
To: Ruth Adeyemi <ruth@mail.example>

Hi Ruth, you are confirmed for Thursday. thx!!
"""

BOTTOM_POSTED = """\
Subject: Re: Start date

On 9 Nov 2026, at 14:10, Dana Fox <dana.fox@brightline.example> wrote:
> Hi Ruth,
>
> Could you start on the 16th?

Hi Dana,

Yes, the 16th works well for me.

Thanks, Ruth
"""

INTERLEAVED = """\
Hi Dana,

On Mon, 9 Nov 2026 at 14:10, Dana Fox <dana.fox@brightline.example> wrote:
> Could you start on the 16th?

Yes, the 16th works.

> And would you need a parking permit?
>> (we have a few left)

No, thank you; I will come by train.

Best,
Ruth
"""

MARKDOWN_COMMENTS = """\
---
kind: thank_you
interviewer: Jordan Lee
---
<!-- vale off -->
Subject: Thank you for today

Hi Jordan,

<!-- remember to mention the triage tool
     and the on-call rota -->
Thank you for walking me through the triage tool today.

I enjoyed the talk about <!-- which one? --> the on-call rota.

Thanks, Dev
<!-- vale on -->
"""

COMMENT_BEFORE_GREETING = """\
<!-- draft 3 -->
<!-- send after lunch -->
Dear Ms. Lee,

Thank you for the interview.

Best regards,
Sam Rivera
"""

CASES: list[tuple[str, str, dict[str, Any]]] = [
    # 1. letter header blocks
    ("letter-header", LETTER, {
        "header": "Dev Raman\n14 Harbour Road\nLeeds LS1 4AB\ndev.raman@mail.example\n+44 7700 900123\n\n"
                  "9 November 2026\n\nMr. Kwame Osei\nHead of Engineering\nBrightline Systems Ltd\n"
                  "22 Canal Street\nManchester M1 3HE",
        "greeting": "Dear Mr. Osei,",
        "paragraphs": ["Thank you for meeting with me on Thursday to discuss the platform engineer role.",
                       "I enjoyed hearing about the move to the new build system."],
        "closing": "Thank you again for your time,",
        "signature": "Dev", "name": "Dev"}),
    ("letter-us-date-and-reference", LETTER_US_DATE_AND_REFERENCE, {
        "header": "November 9, 2026\n\nMs. Priya Natarajan\nDirector of Nursing\nSt. Columba's Hospital\n\n"
                  "Re: Charge Nurse interview, 5 November",
        "greeting": "Dear Ms. Natarajan:",
        "paragraphs": ["Thank you for the interview last week and for the tour of the cardiac ward."],
        "closing": "Sincerely,",
        "signature": "Grace Mwangi, RN", "name": "Grace Mwangi, RN"}),
    ("letter-with-subject-line", LETTER_WITH_SUBJECT_LINE, {
        "header": "Amara Nwosu\n7 Linden Terrace\n\nSubject: Estates Officer interview",
        "subject": "Estates Officer interview",
        "greeting": "Dear Mr. Osei,",
        "paragraphs": ["Thank you for showing me the boiler house."],
        "closing": "Yours sincerely,",
        "signature": "Amara Nwosu", "name": "Amara Nwosu"}),
    ("address-with-commas-and-delivery-line", "Dev Raman\n14 Harbour Road,\nLeeds,\nLS1 4AB\n\nBy email only\n\n"
     "Monday 9th November 2026\n\nThe Hiring Manager\nBrightline Systems Ltd\n\nDear Hiring Manager,\n\n"
     "Thank you for the interview.\n\nYours faithfully,\nDev Raman\n", {
         "header": "Dev Raman\n14 Harbour Road,\nLeeds,\nLS1 4AB\n\nBy email only\n\nMonday 9th November 2026\n\n"
                   "The Hiring Manager\nBrightline Systems Ltd",
         "greeting": "Dear Hiring Manager,", "paragraphs": ["Thank you for the interview."],
         "closing": "Yours faithfully,", "signature": "Dev Raman", "name": "Dev Raman"}),
    ("date-line-only", "12 November 2026\n\nDear Ms. Lee,\n\nThank you for Tuesday.\n\nBest,\nSam\n", {
        "header": "12 November 2026", "greeting": "Dear Ms. Lee,", "paragraphs": ["Thank you for Tuesday."],
        "closing": "Best,", "signature": "Sam", "name": "Sam"}),
    ("no-greeting-so-no-header", "Dev Raman\n14 Harbour Road\n\nThank you for Thursday.\n\nBest,\nDev\n", {
        "paragraphs": ["Dev Raman\n14 Harbour Road", "Thank you for Thursday."],
        "closing": "Best,", "signature": "Dev", "name": "Dev"}),
    ("a-sentence-above-is-not-a-header",
     "Thank you so much for the interview today.\n\nDear Ms. Lee,\n\nBest,\nSam\n", {
         "paragraphs": ["Thank you so much for the interview today.", "Dear Ms. Lee,"],
         "closing": "Best,", "signature": "Sam", "name": "Sam"}),

    # 2. sign-offs and signatures
    ("long-sign-off-comma", "Hi Dana,\n\nSee you Monday.\n\nMany thanks and all the best,\nRuth\n", {
        "greeting": "Hi Dana,", "paragraphs": ["See you Monday."],
        "closing": "Many thanks and all the best,", "signature": "Ruth", "name": "Ruth"}),
    ("thanks-name-same-line", "Hi Dana,\n\nSee you Monday.\n\nThanks, Dev\n", {
        "greeting": "Hi Dana,", "paragraphs": ["See you Monday."],
        "closing": "Thanks,", "signature": "Dev", "name": "Dev"}),
    ("thanks-name-in-the-body-block", "Hi Dana,\n\nSee you Monday. I enjoyed the tour.\nThanks, Dev\n", {
        "greeting": "Hi Dana,", "paragraphs": ["See you Monday. I enjoyed the tour."],
        "closing": "Thanks,", "signature": "Dev", "name": "Dev"}),
    ("best-regards-full-name-same-line", "Hi Dana,\n\nSee you Monday.\n\nBest regards, Ruth Adeyemi\n", {
        "greeting": "Hi Dana,", "paragraphs": ["See you Monday."],
        "closing": "Best regards,", "signature": "Ruth Adeyemi", "name": "Ruth Adeyemi"}),
    ("sign-off-name-with-credentials-same-line",
     "Dear Dr. Fox,\n\nThank you for Monday.\n\nBest regards, Grace Mwangi, RN\n", {
         "greeting": "Dear Dr. Fox,", "paragraphs": ["Thank you for Monday."],
         "closing": "Best regards,", "signature": "Grace Mwangi, RN", "name": "Grace Mwangi, RN"}),
    ("looking-forward-comma", "Hi Dana,\n\nThank you for the call.\n\nLooking forward to hearing from you,\nDev\n", {
        "greeting": "Hi Dana,", "paragraphs": ["Thank you for the call."],
        "closing": "Looking forward to hearing from you,", "signature": "Dev", "name": "Dev"}),
    ("short-comma-line-before-a-name", "Kia ora Hemi,\n\nThank you for the feedback.\n\nNgā mihi,\nAroha Ngata\n", {
        "greeting": "Kia ora Hemi,", "paragraphs": ["Thank you for the feedback."],
        "closing": "Ngā mihi,", "signature": "Aroha Ngata", "name": "Aroha Ngata"}),
    ("closing-without-punctuation-before-a-name",
     "Hi Dana,\n\nI enjoyed the tour.\n\nThanks again for your time\nDev\n", {
         "greeting": "Hi Dana,", "paragraphs": ["I enjoyed the tour."],
         "closing": "Thanks again for your time", "signature": "Dev", "name": "Dev"}),
    ("closing-sentence-with-full-stop-is-body",
     "Hi Dana,\n\nI enjoyed the tour.\n\nThank you again for this opportunity.\n", {
         "greeting": "Hi Dana,", "paragraphs": ["I enjoyed the tour.", "Thank you again for this opportunity."]}),
    ("name-alone-under-the-body", "Dear Ms. Fox,\n\nThank you for the interview. I look forward to hearing from you.\n\n"
     "Grace Mwangi, RN\n", {
         "greeting": "Dear Ms. Fox,",
         "paragraphs": ["Thank you for the interview. I look forward to hearing from you."],
         "signature": "Grace Mwangi, RN", "name": "Grace Mwangi, RN"}),
    ("name-alone-on-the-last-line-of-the-body", "Hi Dana,\n\nSounds good, see you Tuesday.\nRuth\n", {
        "greeting": "Hi Dana,", "paragraphs": ["Sounds good, see you Tuesday."],
        "signature": "Ruth", "name": "Ruth"}),
    ("name-with-initials", "Hi Dana,\n\nThank you for the tour.\n\nJ. R. Okafor\n", {
        "greeting": "Hi Dana,", "paragraphs": ["Thank you for the tour."],
        "signature": "J. R. Okafor", "name": "J. R. Okafor"}),
    ("dashed-name", "Hi Dana,\n\nThank you for the tour.\n\n— Dev\n", {
        "greeting": "Hi Dana,", "paragraphs": ["Thank you for the tour."],
        "signature": "— Dev", "name": "Dev"}),
    ("a-wrapped-line-is-not-a-name", "Hi Dana,\n\nI enjoyed the tour and look forward to meeting\nKwame Osei\n", {
        "greeting": "Hi Dana,", "paragraphs": ["I enjoyed the tour and look forward to meeting\nKwame Osei"]}),
    ("signature-title-pronouns-phone-link", "Dear Dr. Fox,\n\nThank you for the interview.\n\nSincerely,\n\n"
     "J. R. Okafor, PhD\nResearch Associate, Department of Chemistry\nPronouns: they/them\n"
     "+1 555 010 4477 | https://okafor.example\n", {
         "greeting": "Dear Dr. Fox,", "paragraphs": ["Thank you for the interview."], "closing": "Sincerely,",
         "signature": "J. R. Okafor, PhD\nResearch Associate, Department of Chemistry\nPronouns: they/them\n"
                      "+1 555 010 4477 | https://okafor.example",
         "name": "J. R. Okafor, PhD"}),
    ("name-alone-with-title-and-pronouns-below", "Dear Dr. Fox,\n\nThank you for the interview.\n\n"
     "Dev Raman (he/him)\nPlatform Engineer\n+44 7700 900123\n", {
         "greeting": "Dear Dr. Fox,", "paragraphs": ["Thank you for the interview."],
         "signature": "Dev Raman (he/him)\nPlatform Engineer\n+44 7700 900123", "name": "Dev Raman"}),
    ("confidentiality-footer-after-the-signature", "Dear Ms. Lee,\n\nThank you for Tuesday.\n\nKind regards,\n"
     "Margaret Oyelaran\nDirector of Operations | Wrenfield Trust\n\nCONFIDENTIALITY NOTICE: This message and any "
     "attachments are confidential and may be privileged. If you are not the intended recipient, please "
     "delete it.\n", {
         "greeting": "Dear Ms. Lee,", "paragraphs": ["Thank you for Tuesday."], "closing": "Kind regards,",
         "signature": "Margaret Oyelaran\nDirector of Operations | Wrenfield Trust\n\nCONFIDENTIALITY NOTICE: "
                      "This message and any attachments are confidential and may be privileged. If you are not "
                      "the intended recipient, please delete it.",
         "name": "Margaret Oyelaran",
         "footer": "CONFIDENTIALITY NOTICE: This message and any attachments are confidential and may be "
                   "privileged. If you are not the intended recipient, please delete it."}),
    ("footer-right-under-the-name", "Dear Ms. Lee,\n\nThank you for Tuesday.\n\nBest,\nSam Rivera\n"
     "This email and any attachments are confidential and intended solely for the addressee.\n", {
         "greeting": "Dear Ms. Lee,", "paragraphs": ["Thank you for Tuesday."], "closing": "Best,",
         "signature": "Sam Rivera\nThis email and any attachments are confidential and intended solely for the "
                      "addressee.",
         "name": "Sam Rivera",
         "footer": "This email and any attachments are confidential and intended solely for the addressee."}),
    ("a-body-sentence-about-confidentiality-is-body", "Dear Ms. Lee,\n\nThank you for Tuesday.\n\nThis email "
     "is to confirm that I understand the salary details are confidential and intended only for me.\n\n"
     "Best,\nSam\n", {
         "greeting": "Dear Ms. Lee,",
         "paragraphs": ["Thank you for Tuesday.", "This email is to confirm that I understand the salary details "
                        "are confidential and intended only for me."],
         "closing": "Best,", "signature": "Sam", "name": "Sam"}),
    ("client-tag-with-no-sign-off", "Thanks again for today, really enjoyed it.\n\nSent from my phone\n", {
        "paragraphs": ["Thanks again for today, really enjoyed it."],
        "signature": "Sent from my phone", "footer": "Sent from my phone"}),
    ("postscript-after-the-signature", "Hi Dana,\n\nThanks for today.\n\nBest,\nRuth\n\nP.S. Here is the "
     "portfolio link: https://ruth.example/portfolio\n", {
         "greeting": "Hi Dana,",
         "paragraphs": ["Thanks for today.", "P.S. Here is the portfolio link: https://ruth.example/portfolio"],
         "closing": "Best,", "signature": "Ruth", "name": "Ruth"}),
    ("signature-delimiter", "Hi Jordan,\n\nYes, March works.\n\nBest,\nSam\n-- \nSam Rivera\n555 0100\n", {
        "greeting": "Hi Jordan,", "paragraphs": ["Yes, March works."], "closing": "Best,",
        "signature": "Sam\n-- \nSam Rivera\n555 0100", "name": "Sam"}),

    # 3. quoted threads
    ("gmail-top-posted-wrapped-attribution", GMAIL_TOP_POSTED, {
        "subject": "Re: Offer", "greeting": "Hi Dana,",
        "paragraphs": ["Thank you, I am happy to accept. Monday the 16th works for me."],
        "closing": "Many thanks and all the best,", "signature": "Ruth", "name": "Ruth",
        "quoted": ["On Mon, 9 Nov 2026 at 14:10, Dana Fox <dana.fox@brightline.example>\nwrote:\n> Hi Ruth,\n>\n"
                   "> We are delighted to offer you the role!! Let us know asap.\n>\n> Dana"]}),
    ("gmail-attribution-wrapped-inside-the-address", GMAIL_WRAPPED_INSIDE_ADDRESS, {
        "greeting": "Hi Dana,", "paragraphs": ["Tuesday suits me well."], "closing": "Thanks,",
        "signature": "Dev", "name": "Dev",
        "quoted": ["On Mon, Nov 9, 2026 at 2:10 PM Dana Fox <\ndana.fox@brightline.example> wrote:\n"
                   "> Does Tuesday work for the second round?"]}),
    ("outlook-top-posted-with-footer", OUTLOOK_TOP_POSTED, {
        "greeting": "Hi Dana,",
        "paragraphs": ["Thank you for the update. Tuesday at 10:00 suits me, and I will bring the portfolio we "
                       "discussed."],
        "closing": "Kind regards,",
        "signature": "Ruth Adeyemi\nSenior Staff Nurse | Ward 7\n(she/her)\n+44 7700 900 412\n"
                     "linkedin.com/in/ruth-adeyemi\n\nThis email and any attachments are confidential and "
                     "intended solely for the addressee. If you have received it in error, please notify the "
                     "sender and delete it.",
        "name": "Ruth Adeyemi",
        "footer": "This email and any attachments are confidential and intended solely for the addressee. If you "
                  "have received it in error, please notify the sender and delete it.",
        "quoted": ["________________________________\nFrom: Dana Fox <dana.fox@brightline.example>\n"
                   "Sent: Monday, 9 November 2026 14:10\nTo: Ruth Adeyemi <ruth@mail.example>\n"
                   "Cc: Lee Park <lee.park@brightline.example>\nSubject: RE: Second interview\n\nHi Ruth,\n\n"
                   "Could you do Tuesday at 10? Let us know ASAP!!\n\nDana"]}),
    ("outlook-date-header", OUTLOOK_DATE_HEADER, {
        "greeting": "Dear Ms. Fox,", "paragraphs": ["Thank you for confirming. I look forward to Tuesday."],
        "closing": "Best regards,", "signature": "Ruth Adeyemi", "name": "Ruth Adeyemi",
        "quoted": ["From: Dana Fox <dana.fox@brightline.example>\nDate: Monday, November 9, 2026 at 2:10 PM\n"
                   "To: Ruth Adeyemi <ruth@mail.example>\nSubject: Second interview\n\nHi Ruth, u free tuesday?"]}),
    ("apple-mail", APPLE_MAIL, {
        "greeting": "Hi Dana,", "paragraphs": ["That works for me. See you on Tuesday."],
        "signature": "Ruth\n\nSent from my iPhone", "name": "Ruth", "footer": "Sent from my iPhone",
        "quoted": ["> On 9 Nov 2026, at 14:10, Dana Fox <dana.fox@brightline.example> wrote:\n>\n"
                   "> Hi Ruth, does Tuesday work?"]}),
    ("apple-mail-attribution-outside-the-quote", APPLE_MAIL_ATTRIBUTION_UNQUOTED, {
        "greeting": "Dear Dana,", "paragraphs": ["Yes, Tuesday is fine."], "closing": "Warm regards,",
        "signature": "Ruth", "name": "Ruth",
        "quoted": ["On 9 Nov 2026, at 14:10, Dana Fox <dana.fox@brightline.example> wrote:\n\n"
                   "> Hi Ruth, does Tuesday work?"]}),
    ("original-message", ORIGINAL_MESSAGE, {
        "greeting": "Dear Ms. Fox,",
        "paragraphs": ["Thank you for the interview on Monday. I enjoyed learning about the cardiac ward."],
        "signature": "Grace Mwangi, RN", "name": "Grace Mwangi, RN",
        "quoted": ["-----Original Message-----\nFrom: Dana Fox\nSent: Monday, November 9, 2026 2:10 PM\n"
                   "To: Grace Mwangi\nSubject: Interview\n\nHi Grace, pls confirm asap"]}),
    ("forwarded-message", FORWARDED, {
        "greeting": "Hi Lee,",
        "paragraphs": ["Forwarding the confirmation below, as promised. I am looking forward to Thursday."],
        "closing": "Best regards,", "signature": "Ruth Adeyemi", "name": "Ruth Adeyemi",
        "quoted": ["---------- Forwarded message ---------\nFrom: Dana Fox <dana.fox@brightline.example>\n"
                   "Date: Mon, 9 Nov 2026 at 14:10\nSubject: Interview confirmation\n"
                   "To: Ruth Adeyemi <ruth@mail.example>\n\nHi Ruth, you are confirmed for Thursday. thx!!"]}),
    ("bottom-posted", BOTTOM_POSTED, {
        "subject": "Re: Start date", "greeting": "Hi Dana,", "paragraphs": ["Yes, the 16th works well for me."],
        "closing": "Thanks,", "signature": "Ruth", "name": "Ruth",
        "quoted": ["On 9 Nov 2026, at 14:10, Dana Fox <dana.fox@brightline.example> wrote:\n> Hi Ruth,\n>\n"
                   "> Could you start on the 16th?"]}),
    ("interleaved", INTERLEAVED, {
        "greeting": "Hi Dana,",
        "paragraphs": ["Yes, the 16th works.", "No, thank you; I will come by train."],
        "closing": "Best,", "signature": "Ruth", "name": "Ruth",
        "quoted": ["On Mon, 9 Nov 2026 at 14:10, Dana Fox <dana.fox@brightline.example> wrote:\n"
                   "> Could you start on the 16th?",
                   "> And would you need a parking permit?\n>> (we have a few left)"]}),
    ("bare-attribution-before-quote", "Hi Dana,\n\nDana Fox <dana.fox@brightline.example> wrote:\n"
     "> Can you start in March?\n\nYes, March works.\n\nBest,\nRuth\n", {
         "greeting": "Hi Dana,", "paragraphs": ["Yes, March works."], "closing": "Best,",
         "signature": "Ruth", "name": "Ruth",
         "quoted": ["Dana Fox <dana.fox@brightline.example> wrote:\n> Can you start in March?"]}),
    ("own-words-before-a-quote-stay-own", "Hi Dana,\n\nAs I wrote:\n> I can start in March.\n\n"
     "That still holds.\n\nBest,\nRuth\n", {
         "greeting": "Hi Dana,", "paragraphs": ["As I wrote:", "That still holds."], "closing": "Best,",
         "signature": "Ruth", "name": "Ruth", "quoted": ["> I can start in March."]}),
    ("a-sentence-starting-with-on-is-not-an-attribution", "Hi Dana,\n\nOn Monday I will send the forms you "
     "asked for.\nI wrote them up last night.\n\nBest,\nRuth\n", {
         "greeting": "Hi Dana,",
         "paragraphs": ["On Monday I will send the forms you asked for.\nI wrote them up last night."],
         "closing": "Best,", "signature": "Ruth", "name": "Ruth"}),

    # 4. HTML comments
    ("markdown-comments", MARKDOWN_COMMENTS, {
        "subject": "Thank you for today", "greeting": "Hi Jordan,",
        "paragraphs": ["Thank you for walking me through the triage tool today.", "I enjoyed the talk about",
                       "the on-call rota."],
        "closing": "Thanks,", "signature": "Dev", "name": "Dev",
        "comments": ["<!-- vale off -->", "<!-- remember to mention the triage tool\n     and the on-call rota -->",
                     "<!-- which one? -->", "<!-- vale on -->"]}),
    ("comments-before-the-greeting", COMMENT_BEFORE_GREETING, {
        "greeting": "Dear Ms. Lee,", "paragraphs": ["Thank you for the interview."], "closing": "Best regards,",
        "signature": "Sam Rivera", "name": "Sam Rivera",
        "comments": ["<!-- draft 3 -->", "<!-- send after lunch -->"]}),
    ("comment-on-the-subject-line", "<!-- v2 --> Subject: Thank you\n\nHi Jo,\n\nThanks for today.\n\nBest,\nSam\n", {
        "subject": "Thank you", "greeting": "Hi Jo,", "paragraphs": ["Thanks for today."], "closing": "Best,",
        "signature": "Sam", "name": "Sam", "comments": ["<!-- v2 -->"]}),
    ("unclosed-comment-is-text", "Hi Jo,\n\nThanks for today <!-- oops\n\nBest,\nSam\n", {
        "greeting": "Hi Jo,", "paragraphs": ["Thanks for today <!-- oops"], "closing": "Best,",
        "signature": "Sam", "name": "Sam"}),

    # 5. a reply keeps its subject
    ("reply-subject", "Subject: Re: Offer\n\nHi Dana,\n\nI accept.\n\nBest,\nRuth\n", {
        "subject": "Re: Offer", "greeting": "Hi Dana,", "paragraphs": ["I accept."], "closing": "Best,",
        "signature": "Ruth", "name": "Ruth"}),
    ("reply-subject-with-headers-on-top", HEADERS_ON_TOP, {
        "header": "To: Dana Fox <dana.fox@brightline.example>\nCc: lee.park@brightline.example",
        "subject": "Re: Offer", "greeting": "Hi Dana,",
        "paragraphs": ["I am delighted to accept the offer. Monday the 16th works for me."],
        "closing": "Best regards,", "signature": "Ruth Adeyemi", "name": "Ruth Adeyemi"}),
    ("reply-subject-and-quoted-subject", "Subject: Re: Offer\n\nHi Dana,\n\nI accept.\n\nBest,\nRuth\n\n"
     "From: Dana Fox <dana.fox@brightline.example>\nSent: Monday, 9 November 2026 14:10\nSubject: Offer\n\n"
     "Hi Ruth, here is the offer.\n", {
         "subject": "Re: Offer", "greeting": "Hi Dana,", "paragraphs": ["I accept."], "closing": "Best,",
         "signature": "Ruth", "name": "Ruth",
         "quoted": ["From: Dana Fox <dana.fox@brightline.example>\nSent: Monday, 9 November 2026 14:10\n"
                    "Subject: Offer\n\nHi Ruth, here is the offer."]}),
]


def _parts(d: Draft) -> dict[str, Any]:
    return {
        "header": d.part(d.header) or None,
        "subject": d.subject_text if d.subject is not None else None,
        "greeting": d.part(d.greeting) or None,
        "paragraphs": [d.part(p) for p in d.paragraphs],
        "closing": d.part(d.closing) or None,
        "signature": d.part(d.signature) or None,
        "name": d.part(d.sign_off_name) or None,
        "footer": d.part(d.footer) or None,
        "quoted": [d.part(q) for q in d.quoted],
        "comments": [d.part(c) for c in d.comments],
    }


def _expected(exp: dict[str, Any]) -> dict[str, Any]:
    empty: dict[str, Any] = {"header": None, "subject": None, "greeting": None, "paragraphs": [],
                             "closing": None, "signature": None, "name": None, "footer": None,
                             "quoted": [], "comments": []}
    assert set(exp) <= set(empty), set(exp) - set(empty)
    return {**empty, **exp}


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_layout(text: str, expected: dict[str, Any]) -> None:
    path = "draft.md" if text.startswith("---") else "draft.txt"
    d = parse(text, path)
    assert _parts(d) == _expected(expected)


@pytest.mark.parametrize("text", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_the_candidates_own_text_is_only_theirs(text: str) -> None:
    """Header, quoted thread, comments and signature never reach the prose rules; every part is a span
    of the original text."""
    d = parse(text, "draft.md" if text.startswith("---") else "draft.txt")
    own = d.own_text()
    for span in d.quoted + d.comments + ([d.header] if d.header else []):
        for line in d.part(span).splitlines():
            if len(line.strip()) > 12:
                assert line.strip() not in own, line
    names = {name for name, _ in d.named_parts(subject=True, signature=True)}
    assert "header" not in names
    for name, span in d.iter_parts():
        assert text[span.start:span.end] == d.part(span)
        assert 0 <= span.start <= span.end <= len(text), name
    if d.header is not None:
        assert d.header not in d.own_spans()


def test_positions_point_into_the_file_after_front_matter_and_comments() -> None:
    d = parse(MARKDOWN_COMMENTS, "draft.md")
    line, col = d.line_index.position(d.greeting.start)
    assert MARKDOWN_COMMENTS.splitlines()[line - 1] == "Hi Jordan," and col == 1
    line, _ = d.line_index.position(d.subject.start)
    assert MARKDOWN_COMMENTS.splitlines()[line - 1] == "Subject: Thank you for today"


def test_letter_header_is_reachable_but_not_prose() -> None:
    d = parse(LETTER, "letter.txt")
    assert d.header is not None and "Brightline Systems Ltd" in d.part(d.header)
    assert "Harbour Road" not in d.own_text()
    assert all(span != d.header for _, span in d.named_parts(subject=True, signature=True))
    assert d.header not in d.scope("message") and d.header not in d.scope("body")
    # ... but it is sent: whole-draft checks (unfilled placeholders, notes to self) still read it
    assert d.header in d.scope("whole")


def test_placeholders_in_a_letter_header_are_still_reported(linter) -> None:
    template = ("[Your Name]\n[Your Address]\n[Date]\n\n[Hiring Manager Name]\n[Company Name]\n\n"
                "Dear [Hiring Manager Name],\n\nThank you for the interview for the [Job Title] role.\n\n"
                "Sincerely,\n[Your Name]\n")
    d = parse(template)
    assert d.part(d.header).startswith("[Your Name]") and d.part(d.greeting) == "Dear [Hiring Manager Name],"
    report = linter.lint(template)
    flagged = {report.text[x.start:x.end] for x in report.diagnostics if x.code == "EL101"}
    assert {"[Your Address]", "[Date]", "[Company Name]"} <= flagged


def test_eml_body_layouts_are_parsed_too() -> None:
    eml = ("From: Ruth Adeyemi <ruth@mail.example>\nTo: Dana Fox <dana.fox@brightline.example>\n"
           "Subject: Re: Offer\nDate: Tue, 10 Nov 2026 09:00:00 +0000\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=utf-8\n\n"
           "Hi Dana,\n\nI am happy to accept.\n\nMany thanks and all the best,\nRuth\n\n"
           "On Mon, 9 Nov 2026 at 14:10, Dana Fox <dana.fox@brightline.example> wrote:\n> Here is the offer!!\n")
    d = parse(eml, "reply.eml")
    assert d.subject_text == "Re: Offer"
    assert d.part(d.greeting) == "Hi Dana,"
    assert d.part(d.closing) == "Many thanks and all the best,"
    assert d.signature_name == "Ruth"
    assert [d.part(q)[:8] for q in d.quoted] == ["On Mon, "]


# -- the structure rules on these layouts -----------------------------------------------------------

STRUCTURE = ("EL202", "EL251", "EL252")


@pytest.mark.parametrize("text", [c[1] for c in CASES if c[2].get("greeting") and c[2].get("name")],
                         ids=[c[0] for c in CASES if c[2].get("greeting") and c[2].get("name")])
def test_no_missing_greeting_or_sign_off_on_real_layouts(linter, text: str) -> None:
    report = linter.lint(text, path="draft.md" if text.startswith("---") else "draft.txt")
    assert [d.code for d in report.diagnostics if d.code in STRUCTURE] == []


@pytest.mark.parametrize("text, code", [
    ("Dear Ms. Lee,\n\nThank you for meeting with me yesterday about the support role.", "EL251"),
    ("Dear Ms. Lee,\n\nThank you for meeting with me yesterday.\n\nBest regards,\nSent from my iPhone\n", "EL252"),
    ("Dear Ms. Lee,\n\nThank you for meeting with me yesterday.\n\nBest regards,\n+1 555 010 7731\n", "EL252"),
    ("Thank you for meeting with me yesterday about the support role.\n\nBest regards,\nSam Rivera", "EL202"),
])
def test_structure_rules_still_fire(linter, text: str, code: str) -> None:
    report = linter.lint(text)
    assert code in [d.code for d in report.diagnostics]


def test_a_subject_line_in_an_eml_body_is_header_not_lost() -> None:
    eml = ("From: Ruth Adeyemi <ruth@mail.example>\nTo: Dana Fox <dana.fox@brightline.example>\n"
           "Subject: Re: Offer\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
           "Subject: Re: Offer - Staff Nurse\n\nHi Dana,\n\nI accept.\n\nBest,\nRuth\n")
    d = parse(eml, "reply.eml")
    assert d.subject_text == "Re: Offer"
    assert d.part(d.header) == "Subject: Re: Offer - Staff Nurse"
    assert d.part(d.greeting) == "Hi Dana,"
    assert [d.part(p) for p in d.paragraphs] == ["I accept."]
