"""Message kind: given in facts, else detected from the candidate's own words.

Detection scores each kind by the phrases that signal its *intent*: withdrawing,
answering an offer, acknowledging a rejection, asking for feedback, asking for an
update, thanking for an interview. The signals are grouped by what they mean, not by
one wording:

- **withdrawal**: leaving the process ("withdraw", "pull out of the running", "no
  longer wish to be considered") and its usual reason (another offer accepted);
- **offer_reply**: accepting, declining or negotiating an offer (terms, start date);
- **rejection_reply**: *reply-to-news framing* ("thank you for letting me know",
  "thank you for your email", "not the news I hoped for", "I understand you have
  decided", "although I am disappointed", "the outcome") and leaving the door open;
- **feedback_request**: asking what to improve, how one was scored, where one fell short;
- **check_in**: asking for the status in its many phrasings ("any update", "whether
  there has been any progress", "I wanted to follow up and see whether", "my last
  message has gone unanswered") and recalling the promised timeline;
- **thank_you**: thanks for the meeting itself ("thank you for walking me through",
  "for this morning's conversation"), recent-meeting references, a "Thank you" subject.

Where a phrase stands matters: the **subject** and the **opening sentence** of the body
state what an e-mail is for, so a signal there weighs 1.5 times as much ("Re: Outcome
of your application"; a first sentence "Thank you for letting me know"). A reply subject
("Re: ...") that names an outcome or an offer is a signal of its own. Rejection and
withdrawal phrases inside a condition ("If I hear nothing by Friday, I will take it that
you have chosen someone else") count half. Each phrase pattern counts once, at its best
position, so one repeated word cannot carry a draft.

A thank-you note is the default: almost every follow-up thanks the reader, so thanks
alone never outvotes an explicit intent, and a draft with no signal at all is assumed
to be a thank-you note (with confidence 0).

The result states the kind, why, and how sure the detector is:
``KindResult(kind, detected, reason, confidence, alternatives)``. ``confidence`` is 1.0
for a kind given by the user; for a detected kind it grows with the margin between the
winner and the runner-up (``1 - exp(-margin / 4)``: a margin of 3 points gives 0.53, 6
gives 0.78) and is 0 when nothing signalled any kind. ``alternatives`` lists the other
kinds whose score came close (within ``CLOSE`` points; every other kind when nothing
signalled). Below ``LOW_CONFIDENCE`` the engine steps kind-specific warnings down to
info (see ``Rule.kind_sensitive`` and docs/plugins.md).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from .facts import KINDS

_NUM = r"(?:a|one|two|three|four|five|six|several|a few|\d+)"
# Adverbs a candidate slips between the words of a phrase ("where I supposedly fell short").
_ADV = r"(?:(?:really|truly|so|very|also|still|just|genuinely|honestly|supposedly|actually|now|finally|formally|officially|respectfully|reluctantly|sadly|unfortunately|simply|kindly)\s+)?"
# Ways of saying thanks: "thank you", "many thanks", "I am grateful", "I (really) appreciated".
_THANKS = (r"(?:thank(?:s| you)(?: so much| very much| again| both| all| a ton| a lot)?|many thanks|thx|cheers|"
           r"(?:I am|I'm|I was|I feel|I remain|I'm so|I am so|I'm very|I am very|I'm really|I am really) grateful|"
           r"I (?:really |truly |very much |genuinely |also )?appreciated?)")
# Things a candidate thanks an employer for that are *news*, not the meeting.
_NEWS_THANKS = (r"(?:letting me know|telling me|informing me|the (?:heads[- ]up|update|news|call|feedback)|getting back to me"
                r"|your (?:\w+ )?(?:e-?mail|message|note|reply|response|letter|call|update|news|decision|feedback|honesty|candou?r)"
                r"|the (?:\w+ )?(?:e-?mail|message|note|reply|response|letter)|calling|phoning|ringing|considering me|your consideration"
                r"|the (?:\w+ )?offer|offering|extending|sending|reaching out|following up|circling back|the opportunity to join"
                r"|any (?:feedback|pointers|comments|advice)|reading|your (?:time|help|patience|understanding)"
                r"|taking the time to (?:write|tell|let|inform|call|reply|respond)|being (?:so )?(?:upfront|honest|open|transparent|candid))")
_MEETING = r"(?:interview|conversation|chat|meeting|call|visit|tour|panel|session|discussion|trial|shadow(?:ing)?|stage|welcome|hospitality)"
# "this morning's", "Monday's", "yesterday's", "last week's"
_WHEN = (r"(?:(?:this|last|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday) )?"
         r"(?:morning|afternoon|evening|night|week|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday"
         r"|saturday|sunday)(?:'s|’s)")

# (kind, weight, pattern). Patterns run on the subject and the candidate's own text.
# A kind "a+b" gives the signal to both kinds.
_SIGNALS: list[tuple[str, float, str]] = [
    # -- withdrawal: the candidate leaves the process
    ("withdrawal", 8, r"\bwithdraw(?:al|ing|n|s)?\b"),
    ("withdrawal", 6, r"\bremove (?:me|my (?:name|application|candidacy))\b"
                      r"|\btake (?:me|myself|my name|my application|my candidacy) out of\b"
                      r"|\bpull(?:ing|ed)? (?:myself |my name |my application )?out (?:of|from) (?:the |this |my |your )?(?:running|process|race|search|consideration|application|candidacy|recruitment|hiring)\b"
                      r"|\bbow(?:ing|ed)? out\b"
                      r"|\bno longer (?:wish|want|be able|able|be available|available|interested|looking|pursuing|in the market) (?:to )?(?:be considered|pursue|continue|proceed|move forward|for|in (?:pursuing|the|this))\b"
                      r"|\bno longer (?:pursuing|seeking|considering|interested in) (?:the|this|your|my)\b"
                      r"|\b(?:will|would|shall|won't|can't|cannot) (?:not )?(?:be )?(?:continuing|proceeding|moving forward|continue|proceed|attend(?:ing)?) (?:with|in) (?:the|this|my|your) (?:process|application|candidacy|recruitment|interview|next)\b"
                      r"|\b(?:won't|will not|can't|cannot|shan't|unable to|no longer) (?:be able to )?(?:make|attend|join|do) (?:the|my|our|this|your) (?:final|next|second|third|upcoming|scheduled|last)? ?(?:round|interview|assessment|stage)\b"
                      r"|\b(?:end|close|discontinue|stop) my (?:application|candidacy)\b"
                      r"|\b(?:rather not|not|won't|will not|no longer|don't want to|do not want to|do not wish to|don't wish to) (?:go|move|proceed|continue|progress)(?: forward| further| ahead)? (?:to|with|in|into) (?:the |my )?(?:next|following|final|second|third|later)? ?(?:stage|round|step|interview|process|application|candidacy)\b"
                      r"|\b(?:don't|do not|no need to|please don't) (?:hold|keep|save|reserve) (?:a |my |the )?(?:place|spot|slot)\b"
                      r"|\b(?:will not|won't|can't|cannot|unable to) (?:be )?(?:attending|attend|make it)\b"
                      r"|\b(?:have to|must|will|going to|gonna|need to|'ll|decided to|I'?m going to|I have decided to) (?:have to |respectfully |reluctantly )?pass on\b"
                      r"|\b(?:decline|declining|cancel|cancell?ing) (?:the|your|my|our) (?:kind )?(?:invitation|next|second|third|final|upcoming|scheduled)\b"
                      r"|\bstep(?:ping)? (?:back|away|aside) from (?:the|this|my) (?:\w+ )?(?:process|application|candidacy|search)\b"),
    # the usual reason: another job accepted, or staying put
    ("withdrawal", 4, r"\b(?:accepted|said yes to|signed with|taken|took|committed to|agreed to join) (?:an|another|a) (?:\w+ ){0,3}?(?:offer|position|role|job|post|place|contract)\b"
                      r"|\b(?:not|isn't|is not) the right (?:fit|move|role|step) for me\b"
                      r"|\b(?:got|received|have|had|signed) (?:an|another|a) (?:\w+ ){0,2}(?:offer|position|role|job) (?:from|at|with|elsewhere|somewhere)\b"
                      r"|\b(?:got|received|have|had) (?:an|another) (?:\w+ )?offer\b"
                      r"|\b(?:an |another |a )?(?:offer|job|role|position) (?:elsewhere|(?:closer|nearer) (?:to )?home)\b"
                      r"|\b(?:been|was|got|received) offered (?:a|an|another) (?:\w+ ){0,2}(?:role|position|job|post|place)\b"
                      r"|\bdecided to (?:accept|pursue|take) (?:an|another|a different)\b"
                      r"|\b(?:stay|staying|remain|remaining) (?:with|at|in) my (?:current|present) (?:\w+ )?(?:job|role|position|employer|company|post|team)\b"
                      r"|\btoo good to (?:pass up|pass on|turn down|refuse|say no to)\b"),
    # -- offer_reply: an answer to a job offer
    ("offer_reply", 5, r"\b(?:accept|accepting|accepted) (?:the|your|this) (?:\w+ ){0,4}?(?:offer|position|role|job)\b"
                       r"|\b(?:delighted|happy|pleased|thrilled|excited|glad|honou?red) to (?:formally |officially )?(?:accept|confirm my acceptance)\b"
                       r"|\bthank(?:s| you)(?: so much| very much| a lot)? for (?:the|your|this) (?:\w+ )?offer\b|\bgrateful for (?:the|your) (?:\w+ )?offer\b"
                       r"|\bI (?:happily |gladly |formally |officially )?accept\b(?! (?:an|another)\b)|\boffering me\b|\boffer letter\b|\bcounter[- ]?offer\b"
                       r"|\bsigned (?:and \w+ )?(?:the )?(?:offer|letter|contract)\b|\bmy acceptance\b"
                       r"|\b(?:decline|declining|turn down) (?:the|your) (?:\w+ )?offer\b"),
    ("offer_reply", 3, r"\b(?:the|your|this|job|written|formal|verbal|generous) offer\b"
                       r"|\bstart(?:ing)? date\b|\bcompensation\b|\bbase salary\b|\bsalary\b|\bsigning bonus\b"
                       r"|\brelocation (?:allowance|package|assistance|support)\b|\bbackground check\b"
                       r"|\bonboarding (?:paperwork|forms|documents)\b|\bmy first day\b"
                       r"|\b(?:wonderful|great|fantastic|exciting|amazing|brilliant|good|fabulous) news\b"
                       r"|\b(?:the|your|this) (?:compensation |salary |benefits |pay |relocation )?package\b"
                       r"|\bnegotiab\w+\b|\bnegotiat\w+\b|\bready to sign\b|\bsign(?:ing)? (?:the|my) (?:contract|paperwork)\b"),
    # -- rejection_reply: acknowledging a "no"
    ("rejection_reply", 5, r"(?<!why I was )\b(?:not|n't) (?:been )?(?:selected|chosen|successful|moving forward)\b|\b(?:was|were|been|am|I'm) unsuccessful\b"
                           r"|\bwent (?:to|with) (?:another|a different|an internal|someone|somebody) ?(?:candidate|applicant|else)?\b"
                           r"|\b(?:position|role|job|post) (?:went|has gone|was filled|has been filled)\b"
                           r"|\b(?:offered|given) the (?:post|role|position|job) to (?:someone|somebody|another|an?)\b"
                           r"|\b(?:decided|chose|chosen|opted) to (?:move forward|go|proceed) with (?:another|other|a different|someone|somebody)\b"
                           r"|\b(?:chosen|chose|picked|selected|hired|appointed) (?:someone|somebody|another candidate|an internal)\b"
                           r"|\b(?:understand|respect|accept) (?:your|the) (?:\w+ )?decision\b"
                           r"|\bI (?:\w+ )?understand (?:that )?(?:you|the (?:team|panel|committee|company|firm))(?: (?:have|has|'ve))? (?:decided|chosen|gone|opted|selected|appointed|offered)\b"
                           r"|\b(?:sorry|sad|disappointed|gutted) not to (?:be|have been) (?:joining|moving|going|selected|chosen|offered|progressing|taking)\b"
                           r"|\b(?:sorry|sad|disappointed) to (?:hear|learn|read) (?:that )?(?:I\b|I'm|the (?:news|decision|outcome|role|position|job)|you(?:'ve| have)? (?:decided|chosen|gone|filled))"
                           r"|\b(?:is|was|isn't|wasn't)(?: not)? (?:not )?the (?:news|outcome|result|answer|decision) I (?:was )?(?:hoped|hoping|wanted|wanting|expected)\b"
                           r"|\b(?:hoped|hoping|wished) for (?:a )?(?:different|better|another|other) (?:answer|outcome|result|news|decision)\b"
                           r"|\bdisappoint(?:ed|ing|ment)\b|\bbummer\b|\bgutted\b|\bno hard feelings\b"
                           r"|\b(?:candidate|person|applicant|whoever|the one) (?:you|they|the team) (?:picked|chose|selected|hired|went with)\b"
                           r"|\b(?:whoever|the (?:person|one|candidate) who) (?:got|gets|landed|won|was offered) (?:it|the (?:job|role|position|post))\b"),
    ("rejection_reply", 4, r"\b(?:I am|I'm|I was|I feel)(?: \w+){0,3} (?:sad|crushed|heartbroken|bummed|downhearted|deflated|gutted)\b"
                           r"|\b(?:didn't|did not|hasn't|has not|wasn't|won't) work(?:ed)? out\b"
                           r"|\b(?:that's|that is|it's|it is|what) a (?:real |great )?(?:pity|shame)\b|^\s*(?:shame|pity)\b"),
    # reply-to-news framing: a rejection reply and a feedback request both answer the employer's news
    ("rejection_reply+feedback_request", 3,
     r"\bthank(?:s| you)(?: so much| very much| again)? for (?:your (?:\w+ )?(?:e-?mail|message|note|reply|response|letter|call|update) and for )?(?:letting me know|telling me|informing me|the heads[- ]up|the update|getting back to me)\b"
     r"|\b" + _THANKS + r"(?: you)?(?: \w+){0,4}? (?:to|for) (?:tell|telling|let|letting|inform|informing|writ(?:e|ing) to|call(?:ing)?|reply(?:ing)? to) me\b"
     r"|\b" + _THANKS + r"(?: you)? for being (?:so )?(?:upfront|honest|open|transparent|candid|clear|straight)\b"
     r"|\bthank(?:s| you)(?: so much| very much| again)? for (?:your|the) (?:kind |thoughtful |prompt |quick |honest )?(?:e-?mail|message|note|reply|response|letter|call|update|news)\b"
     r"|\b(?:received|got|read) your (?:\w+ )?(?:rejection|decision|news|e-?mail|message|letter)\b|\byour rejection\b"
     r"|\b(?:explain|explaining|share|sharing|communicat\w*|deliver\w*|break\w*) (?:the|your|this) (?:\w+ )?(?:decision|outcome|news|result|reasons?)\b"
     r"|\bthe (?:news|outcome|result)\b(?! (?:of|about|on) (?:the|your|this) (?:review|study|trial|test|audit|migration|project))"),
    ("rejection_reply", 3, r"\bsorry to hear\b"
                           r"|\bkeep me in mind\b|\bkeep (?:my (?:details|CV|résumé|resume|application|name)|me) on file\b|\bfuture (?:\w+ ){0,2}(?:openings|opportunities|roles|positions|vacancies)\b"
                           r"|\b(?:another|a future|the next) (?:\w+ )?(?:opening|vacancy|role|position|opportunity) (?:\w+ )?(?:arises|comes up|opens)\b"
                           r"|\b(?:apply|applying) again\b|\bre-?apply\b"
                           r"|\bconsidered for (?:future|other|similar)\b|\bpaths cross\b|\bcross paths\b|\breconsider\b|\bhard to accept\b"
                           r"|\b(?:your|the)(?: \w+)? decision\b(?! (?:date|timeline|process|by))"
                           r"|\b(?:the other|another|the successful|the chosen|an internal|the internal) (?:candidate|applicant|hire|finalist)\b"
                           r"|\b(?:the|your) new (?:hire|appointee|appointment|starter|recruit)\b|\bthe new (?:manager|\w+ manager|lead|director|colleague)\b"
                           r"|\b(?:if|should|when) (?:anything|something|another (?:role|opening|position|vacancy))(?: else)?(?: \w+)? (?:opens up|comes up|come up|open up|arises|arise|changes)\b|\b(?:stay|keep) in touch\b|\b(?:not|didn't|wasn't|no luck|unsuccessful|missed out)\b[^.!?\n]{0,30}\bthis time\b"
                           r"|\bbest of luck with (?:the|your) (?:new hire|search|hire)\b"),
    # -- feedback_request: asking what to improve, with or without the word "feedback"
    ("feedback_request", 5, r"\b(?:share|give|offer|provide|send|pass on)(?: me)? (?:any |some |a few words of |brief |your |a little )?feedback\b"
                            r"|\b(?:appreciate|welcome|value|grateful for)(?: any| some| a few words of| your| brief)? feedback\b"
                            r"|\bfeedback (?:on|about|from) (?:my|the) (?:\w+ )?(?:interview|answers|performance|panel|application|candidacy|presentation)\b"
                            r"|\b(?:feedback|pointers|comments|advice|critique|insights?|observations|thoughts)\b(?: \w+){0,5}? (?:on|about|regarding) (?:how )?my\b"
                            r"|\brequest(?:ing)? (?:for )?(?:some |any )?(?:\w+ )?feedback\b|\bfeedback request\b"
                            r"|\b(?:what|anything|where)(?: at all)?(?: that)? I (?:did|could have done|might have done|should have done) (?:wrong|differently|better)\b"
                            r"|\b(?:how|where|what) I (?:could|can|might|should) (?:improve|have improved|strengthen|do better|have been stronger|work on)\b"
                            r"|\b(?:where|why) (?:my answers|my answer|I) " + _ADV + r"fell short\b|\bexplanation of why\b|\bwhy I was not selected\b"
                            r"|\b(?:what|which|where|anything|something|parts?)\b(?: \w+){0,6}? (?:held me back|was missing|were missing|was lacking|let me down|went wrong|I got wrong|I could do better|to work on"
                            r"|(?:was|were) (?:the )?(?:weak\w*|lacking|poor\w*|not strong enough|missing)|(?:didn't|did not|failed to) (?:land|work|come across|impress|go well))\b"
                            r"|\bhow I (?:was|were|had been) (?:scored|assessed|evaluated|marked|rated|graded|judged)\b"
                            r"|\bhow (?:I|my (?:\w+ ){0,3}?)(?:compared|did|performed|came across|fared|measured up|went down|landed)\b"
                            r"|\bI (?:did|could|might|should|can)(?: have)?(?: do| done)? (?:wrong|differently|better)\b"
                            r"|\bareas? (?:for|of) (?:improvement|growth)\b"),
    ("feedback_request", 4, r"\bany (?:pointers|tips|advice|comments)\b|\bweak(?:er|est)? (?:parts|points|areas|spots|answers|sections)\b"),
    ("feedback_request", 3, r"\b(?:my|the) (?:\w+ )?(?:scores|scoring|marks|score sheet|scorecard)\b|\bwritten (?:notes|breakdown)\b"
                            r"|\b(?:so that|so) I (?:can|could|might) improve\b|\bget better at\b|\bfor next time\b"
                            r"|\b(?:prepare|do better|improve) (?:for|in|at) (?:future|my next|the next|later) (?:interviews?|applications?|rounds?)\b"),
    # -- check_in: asking for an update
    ("check_in", 5, r"\bany (?:update|updates|news|progress|developments|word|movement)\b|\b(?:an|any) update (?:on|regarding|about)\b"
                    r"|\b(?:status|update) (?:on|of|regarding|about) (?:my|the)\b"
                    r"|\bcheck(?:ing)? in (?:on|about|regarding|to see)\b|\bchecking in\b"
                    r"|\bfollow(?:ing)?[- ]up (?:on|regarding|about) (?:my|the|our)\b|\bfollow[- ]?up\b(?= *$)"
                    r"|\b(?:follow(?:ing)? up|check(?:ing)? in|writ(?:e|ing)|reach(?:ing)? out|touch(?:ing)? base) (?:\w+ ){0,3}?(?:to|and) (?:see|ask|check|find out|learn|inquire|enquire|confirm)\b"
                    r"|\b(?:ask|asking|enquire|enquiring|inquire|inquiring|wondering|wondered) (?:about|after|regarding|on) (?:the )?(?:timing|timeline|status|progress|next steps)\b"
                    r"|\btouch(?:ing)? base\b|\bwhere (?:things|we|I|the process|my application|my candidacy) (?:stands?|is)\b"
                    r"|\bhow (?:things|the process|the search|the hiring|the recruitment|my application|my candidacy) (?:is|are) (?:going|progressing|moving)\b"
                    r"|\b(?:has|have) (?:a|the|any) decision been\b|\b(?:whether|if) (?:a|the|any) decision (?:has|had|was)\b"
                    # indirect questions about the status: "whether you have reached a decision", "if the role has been filled"
                    r"|\b(?:whether|if)\b[^.?!\n]{0,50}?\b(?:decision|decided|decide|filled|progress|news|developments|movement|an update|any word|conclusion|verdict)\b"
                    r"|\bwhen (?:\w+ ){0,8}?(?:a |the |your |their )?(?:decision|decide|deciding|hear back|hear from you|expect to hear)\b"
                    r"|\bwaiting to hear\b|\b(?:haven'?t|have not|hasn'?t|has not|not|no|never) (?:yet )?(?:heard|had|received|got|gotten) (?:back|anything|a reply|a response|an answer|any (?:reply|response|word|news))\b"
                    r"|\bheard back\b|\bheard nothing\b"
                    r"|\b(?:has|have) gone unanswered\b|\b(?:writing|write|trying|try|reaching out) (?:to you )?(?:again|once more|once again)\b"
                    r"|\bwanted to (?:ask|check|see|inquire|enquire|find out) (?:whether|if|about|on|where|how)\b"
                    r"|\breiterate my (?:strong |continued )?interest\b"
                    r"|\b(?:hiring|decision) timeline\b|\bsend me a decision\b"
                    r"|\b(?:it has|it's|it has now) (?:now )?been " + _NUM + r" (?:weeks?|days?|months?) since\b"
                    r"|\b(?:weeks?|days?|months?) (?:have|has) (?:now )?(?:passed|gone by|elapsed) since\b"
                    r"|\bstill (?:in the running|being considered|under consideration|in contention|in the process|on the shortlist)\b"
                    r"|\bsince the decision date\b|\bhow my (?:candidacy|application) is (?:progressing|going)\b"),
    ("check_in", 3, r"\bdecide(?:d)? by\b|\bdecision (?:by|around|date|in about|within)\b|\btimelines?\b|\btimescales?\b|\btime ?frames?\b"
                    r"|\b(?:mak(?:e|ing)|reach(?:ing)?|hav(?:e|ing)) (?:a |the |your |their |final )?decisions? (?:\w+ ){0,6}?by\b"
                    r"|\bhoped to decide\b|\bto decide (?:before|by|within)\b|\bsorry to (?:bother|trouble|chase|pester|nudge)\b"
                    r"|\bmy (?:application|candidacy)\b|\b(?:is|are) (?:the (?:\w+ ){1,3})?still (?:open|available)\b"
                    r"|\bmy (?:last|previous|earlier|first) (?:message|e-?mail|note|follow[- ]?up)\b|\bI sent (?:you )?(?:a|an|my) (?:\w+ )?(?:note|e-?mail|message)\b"
                    r"|\b(?:a |an )?(?:definite|firm|final|clear) (?:answer|decision|response)\b"),
    # -- thank_you: thanks for the interview itself, recent
    ("thank_you", 4, r"\b" + _THANKS + r"(?: you)? for (?:taking the time|making time|meeting|speaking|talking"
                     r"|interviewing|the interview|the conversation|the chat|the call|the (?:opportunity|chance) to (?:interview|meet|speak|visit|talk|discuss)"
                     r"|the time you|welcoming|the (?:\w+ )?(?:session|tour|visit)|having me|inviting me to (?:interview|meet))\b"
                     r"|\b(?:it was|it's|it has been) (?:good|great|a (?:real )?pleasure|a privilege|an honou?r|lovely|nice|wonderful|a treat) (?:to meet|meeting|speaking|talking|to speak|to talk|to discuss|discussing|to visit|visiting)\b"
                     # thanks for hospitality, in any gerund: "thank you for walking me through", "for giving me so much of your morning"
                     r"|\b" + _THANKS + r"(?: you)? for (?!" + _NEWS_THANKS + r")(?:\w+ing)\b(?! (?:back|up)\b)"
                     r"|\bI (?:really |truly |very much |genuinely |also )?appreciated (?:you|your) (?!" + _NEWS_THANKS + r")\w+ing\b"
                     r"|\b(?:appreciated?|valued) (?:the|your|our) (?:\w+ ){0,2}?(?:time (?:you|and)|" + _MEETING + r"|welcome|hospitality)\b"
                     r"|\b(?:what|such|it was|it's|it has been) (?:a|an) (?:real |genuine |great )?(?:pleasure|privilege|treat|joy|delight|honou?r)\b"
                     r"|\b(?:great|good|lovely|nice|wonderful) to (?:meet|speak with|talk with|see) you\b"
                     # "for this morning's conversation", "for Monday's panel interview"
                     r"|\b" + _THANKS + r"\b(?:[^.!?\n]|(?<=\b(?:Mr|Ms|Dr|St))\.|(?<=\bMrs)\.|(?<=\bProf)\.){0,80}?\bfor (?:the |your |our )?(?:" + _WHEN + r" )?(?:\w+ )?" + _MEETING + r"\b"
                     r"|\b" + _WHEN + r" (?:\w+ )?" + _MEETING + r"\b"
                     r"|\b(?:was|were) (?:a |an |such a )?(?:\w+ )?" + _MEETING + r"\b[^.!?\n]{0,20}\bthank(?:s| you)\b"),
    ("thank_you", 3, r"\b(?:yesterday|today|this (?:morning|afternoon|evening)|tonight)\b"
                     r"|\b(?:following|after) (?:our|the|my|today's|yesterday's|\w+day's) (?:\w+ )?(?:interview|conversation|meeting|call|chat|visit)\b(?! (?:on|in) \w+ \d| (?:two|three|four|five|several|a few) weeks)"),
    ("thank_you", 2, r"\b" + _THANKS + r"(?: you)?(?: \w+){0,2}? for (?:your|the) time\b"),
    ("thank_you", 1, r"\benjoyed (?:our|the|meeting|speaking|talking|learning|hearing)\b"),
]

# Signals that only make sense in a subject line (matched there alone, at 1.5 x weight).
_SUBJECT_SIGNALS: list[tuple[str, float, str]] = [
    ("thank_you", 4, r"^\s*(?:thank(?:s| you)\b(?!.*\b(?:letting me know|offer|update)\b)|great (?:to meet|meeting|speaking|talking))"),
    ("thank_you", 3, r"^\s*(?:(?:following|after) )?(?:our|the|my|today's|yesterday's|\w+day's) (?:\w+ )?(?:interview|conversation|meeting|call|chat|visit)\b"),
    ("rejection_reply", 4, r"^\s*re:.*\b(?:outcome|result|decision|unsuccessful|regret|update on your application|your application)\b"),
    ("rejection_reply", 2, r"^\s*re:"),  # a reply to the employer's mail: news, most often
    ("offer_reply", 4, r"^\s*re:.*\boffer\b|\b(?:offer )?acceptance\b|\baccepting\b"),
    ("check_in", 4, r"^(?!\s*re:)(?!.*\b(?:today|tonight|this (?:morning|afternoon|evening)|yesterday|our (?:conversation|chat|meeting|call))\b)"
                    r".*\b(?:status|follow(?:ing)?[- ]?up|checking in|checking on|update)\b(?!.*\b(?:outcome|offer)\b)"),
    ("feedback_request", 4, r"\bfeedback\b"),
    ("withdrawal", 4, r"\b(?:withdraw\w*|pulling out|stepping (?:back|away|aside)|bowing out)\b"),
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


_COMPILED = sorted(((k, w, re.compile(alt, re.I | re.M)) for ks, w, p in _SIGNALS for k in ks.split("+")
                    for alt in _alternatives(p)),
                   key=lambda t: -t[1])
# The reply-to-news framing: a sentence that thanks for news does not thank for a meeting
# ("Thanks for the call earlier to let me know").
_NEWS_FRAMING = [re.compile(alt, re.I | re.M) for ks, _, p in _SIGNALS if ks == "rejection_reply+feedback_request"
                 for alt in _alternatives(p)]
_SUBJECT_COMPILED = [(k, w, re.compile(p, re.I)) for k, w, p in _SUBJECT_SIGNALS]

# When two intents tie, the more decisive one wins.
_PRIORITY = ("withdrawal", "offer_reply", "feedback_request", "rejection_reply", "check_in", "thank_you")
MIN_INTENT = 4  # an intent kind must score this much to beat the thank-you default
FEEDBACK_MARGIN = 3  # a rejection reply often asks for feedback: a feedback request must clearly dominate


def _feedback_margin(strongest: dict[str, float]) -> float:
    """How much a feedback request must outscore a rejection reply: FEEDBACK_MARGIN when the
    draft acknowledges the rejection outright ("I was not selected", "disappointed"), else 0."""
    return FEEDBACK_MARGIN if strongest["rejection_reply"] >= STRONG else 0.0
STRONG = 5  # a signal this heavy states the intent outright ("I accept the offer", "withdraw")
POSITION_BOOST = 1.5  # a signal in the subject or the opening sentence
HYPOTHETICAL = 0.5  # a rejection or withdrawal signal inside a condition ("if ..., I will take it that ...")
CLOSE = 3.0  # kinds scoring within this many points of the winner are plausible alternatives
LOW_CONFIDENCE = 0.5  # below this, kind-specific warnings step down to info
CONFIDENCE_SCALE = 4.0  # confidence = 1 - exp(-margin / CONFIDENCE_SCALE)

_LABELS = {
    "thank_you": "thank-you note", "check_in": "check-in", "offer_reply": "offer reply",
    "rejection_reply": "rejection reply", "feedback_request": "feedback request", "withdrawal": "withdrawal",
}


@dataclass(frozen=True)
class KindResult:
    kind: str
    detected: bool
    reason: str
    confidence: float = 1.0
    alternatives: tuple[str, ...] = ()
    scores: dict[str, float] = field(default_factory=dict, compare=False)

    @property
    def uncertain(self) -> bool:
        """Detected with low confidence: kind-specific findings should not be warnings."""
        return self.detected and self.confidence < LOW_CONFIDENCE

    def plausible(self) -> tuple[str, ...]:
        """The kind and, when uncertain, the alternatives it could also be."""
        return (self.kind, *self.alternatives) if self.uncertain else (self.kind,)


# --------------------------------------------------------------------------------------------
# where the signals stand

_GREETING_LINE = re.compile(
    r"^\s*(?:dear|hi|hello|hey|heya|hiya|yo|greetings|good (?:morning|afternoon|evening|day)|to whom)\b[^\n]{0,60}$"
    r"|^\s*[A-Z][\w.'’ -]{0,40}[,:]\s*$", re.I)
_PLEASANTRY = re.compile(
    r"^\s*(?:I )?(?:hope|trust) (?:you|this|all|your|that you|everything)\b|^\s*(?:happy|good) (?:monday|friday|new year|morning|afternoon)"
    r"|^\s*how are you\b|^\s*thank(?:s| you)(?: so much| very much)?(?: for your (?:\w+ )?(?:e-?mail|message|note|reply|response))?[.!]?\s*$", re.I)
_SENTENCE_END = re.compile(r"(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Mx|vs))(?<!\bMrs)(?<!\bProf)[.!?]+[\"”’)]*(?=\s|$)|\n\s*\n")
_CONDITION = re.compile(r"^\s*(?:if|unless|should|in case|otherwise)\b|\b(?:take it that|assume that|assume you)\b"
                        r"|\b(?:whether|if)\b(?: \w+){0,3}\s*$", re.I)


def _split(text: str, subject: str | None) -> tuple[str, str]:
    """The subject and the rest: a leading ``Subject:`` line is the subject when none is given."""
    if subject is None:
        m = re.match(r"\s*subject:[ \t]*([^\n]*)\n?", text, re.I)
        if m:
            return m.group(1).strip(), text[m.end():]
        return "", text
    return subject.strip(), text


def _sentences(body: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(body):
        end = m.end()
        if body[start:end].strip():
            out.append((start, end))
        start = end
    if body[start:].strip():
        out.append((start, len(body)))
    return out


def _opening(body: str, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    """The first sentence that says what the e-mail is for: after the greeting line and the
    pleasantries ("I hope you are well", a bare "Thank you for your email."); a short
    first sentence takes the next one with it."""
    skip = 0
    first_line = body.lstrip().split("\n", 1)[0]
    if _GREETING_LINE.match(first_line) and "\n" in body.lstrip():
        skip = body.index(first_line) + len(first_line)
    picked: list[tuple[int, int]] = []
    for s, e in sentences:
        if e <= skip:
            continue
        s = max(s, skip)
        chunk = body[s:e].strip()
        if not chunk or (not picked and _PLEASANTRY.match(chunk) and len(chunk.split()) <= 12):
            if _PLEASANTRY.match(chunk) and re.search(r"\bthank", chunk, re.I):
                picked.append((s, e))  # "Thank you for your email." frames the reply: keep it
            continue
        picked.append((s, e))
        if len(" ".join(body[a:b] for a, b in picked).split()) > 5:
            break
    if not picked:
        return (0, 0)
    return (picked[0][0], picked[-1][1])


# --------------------------------------------------------------------------------------------
# scoring

def _same_phrase(a: int, b: int, c: int, d: int) -> bool:
    """Two matches are one phrase when they share more than half of the shorter one."""
    shared = min(b, d) - max(a, c)
    return shared > 0.5 * min(b - a, d - c)


def kind_scores(text: str, subject: str | None = None) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Score of each kind and the phrases that gave it."""
    scores, evidence, _ = _score(text, subject)
    return scores, evidence


def _score(text: str, subject: str | None = None
           ) -> tuple[dict[str, float], dict[str, list[str]], dict[str, float]]:
    subj, body = _split(text, subject)
    sentences = _sentences(body)
    o_start, o_end = _opening(body, sentences)
    scores = {k: 0.0 for k in KINDS}
    strongest = {k: 0.0 for k in KINDS}
    evidence: dict[str, list[str]] = {k: [] for k in KINDS}

    def add(kind: str, weight: float, best: float, phrases: list[str]) -> None:
        scores[kind] += best
        strongest[kind] = max(strongest[kind], weight)
        for phrase in phrases:
            if phrase and phrase.lower() not in (e.lower() for e in evidence[kind]):
                evidence[kind].append(phrase)

    # Overlapping matches of one kind count once, for the heaviest signal ("any update on the"
    # is one request for an update, not three).
    claimed: dict[tuple[str, str], list[tuple[int, int]]] = {}
    news = [(s, e) for s, e in sentences if any(rx.search(body, s, e) for rx in _NEWS_FRAMING)]
    # "Thank you for the update about the role" thanks for news: the words inside it do not ask for one
    news_spans = [(m.start(), m.end()) for rx in _NEWS_FRAMING for m in rx.finditer(body)]
    for kind, weight, rx in _COMPILED:
        best, phrases = 0.0, []
        for where, chunk in (("subject", subj), ("body", body)):
            taken = claimed.setdefault((kind, where), [])
            for m in rx.finditer(chunk):
                if any(_same_phrase(m.start(), m.end(), s, e) for s, e in taken):
                    continue
                if kind == "thank_you" and where == "body" and any(s <= m.start() < e for s, e in news):
                    continue
                if (where == "body" and kind not in ("rejection_reply", "feedback_request")
                        and any(m.start() < e and s < m.end() for s, e in news_spans)):
                    continue
                taken.append((m.start(), m.end()))
                if where == "subject":
                    factor = POSITION_BOOST
                else:
                    factor = POSITION_BOOST if o_start <= m.start() < o_end else 1.0
                    if kind in ("rejection_reply", "withdrawal"):
                        sent_start = next((s for s, e in sentences if s <= m.start() < e), 0)
                        if _CONDITION.search(body[sent_start:m.start()]):
                            factor *= HYPOTHETICAL
                best = max(best, weight * factor)
                phrases.append(" ".join(m.group(0).split()))
        if best:
            add(kind, weight, best, phrases)
    if subj:
        for kind, weight, rx in _SUBJECT_COMPILED:
            m = rx.search(subj)
            if m:
                add(kind, weight, weight * POSITION_BOOST, [f"subject '{subj[:40]}'"])
    return scores, evidence, strongest


def detect_kind(text: str, subject: str | None = None) -> KindResult:
    """The kind of a draft from its subject and own words (see the module docstring).

    ``subject``: the subject line, when known apart from ``text``; otherwise a first line
    ``Subject: ...`` of ``text`` is taken as the subject."""
    scores, evidence, strongest = _score(text, subject)
    intents = [k for k in _PRIORITY if k != "thank_you"]
    best = max(intents, key=lambda k: (scores[k], -_PRIORITY.index(k)))
    if best == "rejection_reply" or best == "feedback_request":
        f, r = scores["feedback_request"], scores["rejection_reply"]
        if f and r:
            best = "feedback_request" if f >= r + _feedback_margin(strongest) and f > r else "rejection_reply"
    # Only circumstantial signals ("salary", "start date", "your decision"): they must also
    # outweigh the thank-you signals, as a thank-you note may mention them too.
    weak_only = strongest[best] < STRONG and scores[best] <= scores["thank_you"]
    if scores[best] < MIN_INTENT or weak_only or (
            best in ("check_in", "feedback_request") and scores["thank_you"] > scores[best]):
        best = "thank_you"
    return _result(best, scores, evidence, strongest)


def _result(best: str, scores: dict[str, float], evidence: dict[str, list[str]],
            strongest: dict[str, float]) -> KindResult:
    rounded = {k: round(v, 2) for k, v in scores.items()}
    others = sorted((k for k in KINDS if k != best), key=lambda k: -scores[k])
    if scores[best] <= 0:
        return KindResult(best, True, "detected: no clear signal, assumed a thank-you note", 0.0,
                          tuple(others), rounded)
    # Thanks are part of every kind of follow-up: against an intent stated outright (withdraw,
    # accept the offer, "I was not selected"), the thank-you signals count half.
    rivals = dict(scores)
    if best not in ("thank_you", "check_in", "feedback_request") and strongest[best] >= STRONG:
        rivals["thank_you"] = scores["thank_you"] / 2
    # Between the two, a feedback request must win by FEEDBACK_MARGIN: measure from that line.
    if best == "rejection_reply":
        rivals["feedback_request"] = scores["feedback_request"] - _feedback_margin(strongest)
    elif best == "feedback_request":
        rivals["rejection_reply"] = scores["rejection_reply"] + _feedback_margin(strongest)
    runner_up = max(rivals[k] for k in others)
    margin = max(0.0, scores[best] - runner_up)
    confidence = round(1 - math.exp(-margin / CONFIDENCE_SCALE), 2)
    close = tuple(k for k in others if rivals[k] > 0 and scores[best] - rivals[k] < CLOSE)
    reason = f"detected as a {_LABELS[best]} from {_shown(evidence[best])}"
    if confidence < LOW_CONFIDENCE and close:
        reason += f" (unsure: it could be a {' or a '.join(_LABELS[k] for k in close)})"
    return KindResult(best, True, reason, confidence, close, rounded)


def label_of(kind: str) -> str:
    """A kind for people: "thank-you note", "rejection reply", ..."""
    return _LABELS.get(kind, kind.replace("_", " "))


def _shown(phrases: list[str]) -> str:
    return ", ".join(f"'{p[:40]}'" for p in phrases[:3])


def resolve_kind(given: str | None, facts_kind: str | None, text: str, subject: str | None = None) -> KindResult:
    if given:
        return KindResult(given, False, "given by --kind / kind=")
    if facts_kind:
        return KindResult(facts_kind, False, "given in facts")
    return detect_kind(text, subject)
