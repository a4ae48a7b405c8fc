// Precise phrase rules. Each hit adds weight to one category and leaves a piece of evidence.
// Weights are in the same log-odds units as the model's scores (see classify.ts); strong, specific
// phrases weigh 5–8, suggestive ones 1.5–3. Guards that need more than one phrase live in guards.ts.
import type { EmailCategory } from "../types";

export interface Rule {
  cat: EmailCategory;
  w: number;
  re: RegExp;
}

const r = (cat: EmailCategory, w: number, re: RegExp): Rule => ({ cat, w, re });

/** Rules read against the subject line. */
export const SUBJECT_RULES: readonly Rule[] = [
  r(
    "applied",
    5,
    /\b(application (received|submitted|confirmation|confirmed|complete|acknowledge?ment)|thanks? (you )?for (applying|your application|your interest)|we('ve| have)? received your application|your application (was|has been) (sent|submitted|received)|application sent|you applied|indeed application|successfully applied|thank you for submitting)/i,
  ),
  r("applied", 1.5, /\b(your application (to|for|with|at)|application for|your candidacy)\b/i),
  r(
    "rejected",
    4,
    /\b(unsuccessful|regret|not (been )?selected|not moving forward|position (filled|closed|cancelled|canceled)|update on your application|application outcome|outcome of your application)\b/i,
  ),
  r(
    "interview",
    5,
    /\b(interview (invitation|invite|request|confirmation|confirmed|scheduled|reminder|availability|details|schedule|time)|invitation to (interview|an interview|a phone|a video|meet|chat)|(schedule|scheduling|book|booking|confirm|rescheduling|reschedule|cancell?ed)( your| an| the)? interview|phone screen|phone interview|video interview|technical interview|final interview|panel interview|first[- ]round|second[- ]round|interview with|let'?s (chat|talk|schedule)|availability for)\b/i,
  ),
  r("interview", 2.5, /\binterview\b/i),
  r(
    "assessment",
    5,
    /\b(assessment|coding (challenge|test|exercise)|take[- ]home|online test|skills test|aptitude test|hackerrank|codility|codesignal|hirevue|testgorilla|technical (test|exercise|challenge)|psychometric|video interview invitation|one[- ]way video)\b/i,
  ),
  r(
    "offer",
    5,
    /\b(offer letter|offer of employment|job offer|employment offer|your offer|conditional offer|formal offer|offer (from|for the|details|package)|contract of employment|employment contract)\b/i,
  ),
  r("offer", 1.5, /\boffer\b/i),
  r(
    "references",
    6,
    /\b(reference (check|request|form|details)|references? (for|needed|required)|referee|background (check|screening|verification|investigation)|pre[- ]employment (check|screening)|dbs check|police check|right to work check|employment verification)\b/i,
  ),
  r(
    "outreach",
    3,
    /\b(opportunity (at|with)|exciting (opportunity|role)|are you open|open to (new|a) |role you might|quick (chat|question)|your background|interested in (a|an) .{0,40}role|inmail|invites? you to apply|invited to apply|urgent (requirement|opening))\b/i,
  ),
  r(
    "update",
    3,
    /\b(application (status|update)|status (update|of your application)|moved to another role|application (was |has been |is )?(viewed|moved|forwarded|shared|withdrawn|incomplete|on hold)|(shared|forwarded) (with|to) the hiring|new message|update on (your|the) (application|role|position|recruitment|hiring)|following up|next steps|additional information (needed|required)|action required|on hold|still reviewing|your recent interview)\b/i,
  ),
  r(
    "job_alert",
    5,
    /\b(job alert|jobs? for you|new jobs?|jobs? (matching|that match|near you|you may|you might)|recommended (jobs?|for you|roles)|saved search|is hiring|are hiring|now hiring|top jobs|jobs? in [A-Z]|apply now|new opportunities for you|people are hiring|\d+ new (jobs|roles|positions))\b/i,
  ),
  r(
    "job_alert",
    4,
    /\b(verify your (email|account)|activate your account|(candidate|career|talent) (account|profile|portal|community|network)|welcome to .{0,40}careers|reset your password|password reset|account (created|verification))\b/i,
  ),
  r(
    "other",
    4,
    /(\d+ ?% off|\bsale\b|\bdeal(s)?\b|free shipping|\border\b|shipped|delivery|receipt|invoice|statement|newsletter|podcast|episode|webinar|weekly digest|your bill|payment|subscription|flash|black friday|cyber monday|coupon|promo)/i,
  ),
];

/** Rules read against the new part of the body (quoted history removed). */
export const BODY_RULES: readonly Rule[] = [
  // applied
  r(
    "applied",
    4,
    /\bthank(s| you) (so much )?for (applying|submitting your application|your application|applying for)/i,
  ),
  r(
    "applied",
    5,
    /\b(we('ve| have)?|i('ve| have)?) (successfully )?(received|got) your (application|resume|cv|submission|job application)/i,
  ),
  r(
    "applied",
    5,
    /\byour (job )?application (has been|was|is) (successfully )?(received|submitted|sent|complete)/i,
  ),
  r("applied", 5, /\b(application was sent to|successfully (applied|submitted)|received with thanks)/i),
  r("applied", 2, /\byou applied (for|to)\b/i),
  r(
    "applied",
    4,
    /\b(this (e-?mail|message|note) (is to )?(confirms?|acknowledges?)|confirm(ing)? (the )?receipt of|acknowledges? receipt of)/i,
  ),
  r(
    "applied",
    3,
    /\b(we will|we'll|our (team|recruiters?|hiring team) will|the hiring team will) (now )?(carefully )?(review|be reviewing|assess|consider) (your|all) (application|applications|resume|cv|qualifications|profile|submission)/i,
  ),
  r(
    "applied",
    3,
    /\bif (your|you r) ?(skills|qualifications|experience|background|profile)( and (experience|qualifications|skills))? (match|meet|align|fit|are a)/i,
  ),
  r(
    "applied",
    2,
    /\b(due to the (high )?(volume|number) of applications|we are unable to respond to (every|each|all))/i,
  ),
  r(
    "applied",
    2,
    /\b(if (you are|you're) (shortlisted|selected)|should you be shortlisted|if selected (for|to))/i,
  ),
  r("applied", 1.5, /\bthank(s| you) for (your )?interest in\b/i),
  // rejected
  r(
    "rejected",
    7,
    /\b(not|won't|will not|unable to) (be )?(moving|move|proceed|proceeding|progress|progressing|going) (forward|further|ahead)? ?(with )?(your|you|the next)/i,
  ),
  r(
    "rejected",
    7,
    /\b(decided|chosen|elected|opted|decision) (not )?to (move|proceed|pursue|go|continue|progress)( forward| ahead)? with (other|another|a different|candidates|applicants|someone)/i,
  ),
  r(
    "rejected",
    7,
    /\b(decided|decision|chosen|elected) not to (move|proceed|progress|continue|go|take (it|things|this|your application)|pursue|extend)( forward| ahead| further)?/i,
  ),
  r(
    "rejected",
    8,
    /\b(not|unable) to (extend|make) (you )?(an |a )?(job )?offer|not be (extending|making) (you )?(an )?offer/i,
  ),
  r(
    "rejected",
    6,
    /\b(unable|not able) to (progress|proceed with|take forward|move forward with) (your |any )?(application|candidacy)|(have|'ve) (now )?filled (the|this|our) ([\w-]+ ){0,4}(position|role|vacancy|job|post)\b|(selected|chosen|hired|appointed) (another|a different|an?other) (candidate|applicant|person)/i,
  ),
  r(
    "rejected",
    7,
    /\b(unable|not able) to offer you (a|the|this|an) (position|role|job|place|post|interview|employment)|\bregret that (we|you|your)/i,
  ),
  r(
    "rejected",
    7,
    /\b(offer(ed)?|give|gave|giving|going|extend(ed)?) (the|this) (role|position|job|post) to (another|a different|an?other) (candidate|applicant|person)|(role|position|job|post|offer) to someone else\b/i,
  ),
  r(
    "rejected",
    7,
    /\b(not|won't|will not|unable to|aren't able to|are not able to|cannot|can't) (be )?(moving|move|proceed(ing)?|progress(ing)?|going|taking) (your (application|candidacy) |things |it |this )?(forward|further|ahead)\b/i,
  ),
  r(
    "rejected",
    6,
    /\b(not be progressing|won't be progressing|none of (them|your applications) (will|were|are|was)|(close|closed|cancel|cancell?ed|withdraw|withdrawn|pull|pulled) (this|the) (position|role|vacancy|requisition|job|opening)\b)/i,
  ),
  r("rejected", 7, /\b(regret to (inform|advise|tell|let)|we are sorry to (inform|let you know))/i),
  r(
    "rejected",
    6,
    /\b(not been (successful|shortlisted|selected|progressed)|were not successful|was not successful|been unsuccessful|is unsuccessful|unsuccessful on this occasion|not successful on this occasion|not (been )?selected (for|to))/i,
  ),
  r(
    "rejected",
    6,
    /\b(position|role|vacancy|requisition|job|opening|posting)\b[^.\n]{0,60}?\b(has|have|had) (now )?been (filled|closed|cancell?ed|withdrawn)|(position|role|vacancy|opening) is (now )?(filled|closed|no longer (open|available))/i,
  ),
  r(
    "rejected",
    6,
    /\b(no longer (be )?(considering|consider|under consideration|in consideration)|will not be (offering|extending|considering)|not (able|in a position) to (offer you|progress your|move your))/i,
  ),
  r(
    "rejected",
    5,
    /\b(candidates? (whose|who) (experience|skills|qualifications|background)|more closely (match|matches|align|aligns|meet)|(candidates?|applicants?|someone|profiles?) (who (is|are|were|was) )?(a )?(better|closer|stronger) (match|matches|suited|fit|aligned))/i,
  ),
  r("rejected", 5, /\b(not (the right|a strong|the best) (fit|match)|not a (fit|match) for)/i),
  r(
    "rejected",
    5,
    /\b(go(ing)? (in )?(a different|another) direction|filled internally|hired (another|a different) candidate)/i,
  ),
  r(
    "rejected",
    4,
    /\b(unfortunately|regretfully|sadly),? (we|after|at this|the|your|this|on this|i|it|our|there|none)/i,
  ),
  r("rejected", 2.5, /\bafter (careful|much|thorough|thoughtful) (consideration|review|deliberation)/i),
  r(
    "rejected",
    3,
    /\b(keep|retain|hold) your (resume|cv|details|information|application|profile) on (file|record)|keep your (details|resume|cv) for future/i,
  ),
  r(
    "rejected",
    3,
    /\b(wish|wishing) you (the (very )?best|every success|all the best|best of luck|luck|success) (in|with|for) (your|the) (job search|search|future|career|endeavou?rs)/i,
  ),
  r(
    "rejected",
    2.5,
    /\b(encourage you to (re-?apply|apply (again|for (other|future)))|apply for (other|future) (roles|positions|openings|opportunities))/i,
  ),
  r(
    "rejected",
    3,
    /\b(will not be (taking|progressing)|we are not able to|cannot offer you|can't offer you)\b/i,
  ),
  // interview
  r(
    "interview",
    6,
    /\b(invite|inviting|invitation for|invitation to) (you )?(to )?(an? |the |your )?(first |second |final |next |1st |2nd )?(interview|phone screen|phone call|video call|screening call|call|chat|conversation|meet|assessment centre)/i,
  ),
  r(
    "interview",
    5,
    /\b(schedule|book|arrange|set up|organi[sz]e|find (a )?time for|jump on|hop on) (a |an |your |the |some )?(quick |short |brief |first |initial |\d+[- ]?min(ute)? )?(time|call|interview|phone screen|chat|conversation|meeting|video call|zoom|teams call|slot)/i,
  ),
  r(
    "interview",
    4,
    /\b(your availability|available (times|slots|dates)|(times|days|slots) (that )?(work|suit) (best )?for you|when (are|would) you (be )?(free|available)|let me know (your|what|which|when)( times?| days?)?|please (select|choose|pick|book|reply with) (a |your )?(time|slot|preferred))/i,
  ),
  r(
    "interview",
    5,
    /\b(interview|call|meeting|screen|conversation) (has been|is|was) (now )?(confirmed|scheduled|booked|rescheduled|moved|cancell?ed)|(confirm(ing)?|reschedul(e|ing)) (your|the|our) (interview|call|meeting)/i,
  ),
  r(
    "interview",
    3,
    /\b(phone|video|virtual|onsite|on-site|in-person|panel|technical|final|first|second|third|1st|2nd|3rd|face[- ]to[- ]face|behavioural|behavioral|hiring manager)[- ](round )?(interview|screen|conversation)/i,
  ),
  r("interview", 2, /\b(speak|chat|meet|talk) (with|to) you\b/i),
  r(
    "interview",
    4,
    /\bhave a (quick |short |brief )?(phone screen|phone call|call|chat|video call)\b|\bare you (available|free) (on |this |next |for a )?(mon|tues|wednes|thurs|fri|satur|sun|tomorrow|week|call|chat|interview)/i,
  ),
  r("interview", 5, /\b(like|love|want|keen) to (meet|interview|speak with|talk to|chat with|see) you\b/i),
  r(
    "interview",
    3,
    /\b(an? |for an? )(informal |short |brief |initial |quick )?interview\b|\bwould (tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.?\n]{0,30}\b(work|suit)/i,
  ),
  r(
    "interview",
    3,
    /\b(calendar invit|meeting invite|zoom link|teams link|google meet|dial[- ]in|join the (call|meeting))/i,
  ),
  r("interview", 1, /\binterview/i),
  r("interview", 7, /\bassessment (centre|center|day)\b/i),
  // assessment
  r(
    "assessment",
    6,
    /\b(online|coding|code|technical|cognitive|aptitude|psychometric|skills?|personality|numerical|verbal|logical|writing|situational judge?ment|behavioural|behavioral|video|game[- ]based|written|pre-employment|case study) (assessments?|tests?|challenges?|exercises?|screening)\b/i,
  ),
  r("assessment", 6, /\btake[- ]home\b/i),
  r(
    "assessment",
    4,
    /\b(complete|attached|return|submit)[^.\n]{0,30}\bassignment\b|\bassignment (brief|task)\b/i,
  ),
  r(
    "assessment",
    5,
    /\b(case study|work sample|(technical|programming|coding|design|writing|written|practical|trial) (task|exercise|assignment|challenge|project))\b/i,
  ),
  r(
    "assessment",
    4,
    /\b(complete|completing|take|taking|start|finish|attempt) (the|an|our|this|a|your) (online |short |brief )?(assessment|test|challenge|exercise|questionnaire|evaluation)/i,
  ),
  r(
    "assessment",
    5,
    /\b(hackerrank|codility|codesignal|hirevue|testgorilla|criteria corp|pymetrics|harver|mettl|hackerearth|vervoe|wonderlic|cappfinity|sova|spark hire|willo)\b/i,
  ),
  r(
    "assessment",
    5,
    /\b(one[- ]way video|on[- ]demand (video )?interview|pre[- ]recorded|record (your|video) (answers|responses))/i,
  ),
  r("assessment", 3, /\b(assessment|test|challenge) (link|invitation|invite|deadline|expires|window)/i),
  r("assessment", 1.5, /\bassessment/i),
  // offer
  r(
    "offer",
    8,
    /\b(pleased|delighted|happy|excited|thrilled|glad|like|love) to (formally )?(extend|offer you|make you|confirm) (you )?(an? |the |our )?(formal |conditional |verbal |written |official |unconditional )?(offer|position|role|job)/i,
  ),
  r(
    "offer",
    7,
    /\b(offer letter|offer of employment|employment offer|job offer|letter of offer|contract of employment|conditional offer|formal offer)/i,
  ),
  r(
    "offer",
    5,
    /\b(accept|sign|review|countersign|respond to|decision on) (the |your |this |our )(written )?offer/i,
  ),
  r("offer", 5, /\b(offer you the (position|role|job)|extend (you )?an offer|make you an offer)/i),
  r(
    "offer",
    2,
    /\b(start date|base salary|annual salary|sign[- ]on bonus|joining bonus|stock options|compensation package|salary of|relocation package|probation(ary)? period)/i,
  ),
  r("offer", 3, /\b(welcome (to|aboard) the team|congratulations)/i),
  r(
    "offer",
    6,
    /\b(thank you for|thanks for) accepting (our|the|your) (job |formal |verbal )?offer|\bappoint you (to|as) (the )?(post|position|role)|\boffer (has been )?accepted\b/i,
  ),
  r(
    "offer",
    4,
    /\b(you('ve| have)|you were) been successful in your application\b|\byour first day (is|will be)\b/i,
  ),
  // references
  r("references", 7, /\b(reference (check|checks|request|form|questionnaire|details)|referee|referees)\b/i),
  r(
    "references",
    6,
    /\b(provide|send|share|list|submit|supply|nominate) (us )?(with )?(your |two |three |2 |3 |the |some |contact details for )?(professional |employment )?(references|referees)/i,
  ),
  r(
    "references",
    6,
    /\b(background (check|screening|verification|investigation)|pre[- ]employment (check|screening)|criminal (record|history|background)|dbs (check|certificate|disclosure)|police (check|clearance)|working with children|drug (test|screen)|employment (history )?verification|right to work (check|documents))/i,
  ),
  r(
    "references",
    5,
    /\b(checkr|sterling|hireright|first advantage|goodhire|certn|xref|skillsurvey|crosschq|referoo|ucheck)\b/i,
  ),
  r("references", 5, /\b(listed you as a reference|as a (professional )?reference|provide a reference for)/i),
  // outreach
  r(
    "outreach",
    6,
    /\b(came across|found|saw|noticed|viewed|reviewed|was impressed by|was looking at) your (profile|background|resume|cv|experience|linkedin|portfolio|github|work)/i,
  ),
  r(
    "outreach",
    4,
    /\b(would you be|are you) (open|interested|available) (to|in) (a |an )?(new |exploring |hearing|chat|quick|brief|discussing|learning|conversation|opportunit|role|position)/i,
  ),
  r(
    "outreach",
    3,
    /\b(open to (new|exploring|hearing about|a conversation)|exploring new opportunities|considering a (move|change))/i,
  ),
  r(
    "outreach",
    4,
    /\b(my client|our client|a client of ours|on behalf of (my|our|a) client|confidential search|headhunt)/i,
  ),
  r(
    "outreach",
    3,
    /\b(i'?m|i am|my name is) [a-z .,'-]{0,40}(recruiter|sourcer|talent partner|talent acquisition|recruitment consultant|headhunter|hiring manager at)/i,
  ),
  r("outreach", 3, /\b(reaching out|reach out) (to you )?(about|regarding|because|as|with|on behalf)/i),
  r(
    "outreach",
    3,
    /\b(your (background|experience|profile|skill ?set) (looks|seems|would be|is|stood out|caught)|think you('d| would) be a (great|good|strong|perfect) (fit|match))/i,
  ),
  r(
    "outreach",
    6,
    /\binvites? you to apply|invited you to apply|(employer|recruiter|company|hiring manager) (reviewed|viewed|liked|found) your (\w+ )?(resume|cv|profile)/i,
  ),
  r(
    "outreach",
    3,
    /\b(if (you are |you're )?interested|kindly share your (updated |latest )?(cv|resume)|share your (updated|latest) (cv|resume)|(urgent|immediate) (requirement|opening|hiring|need)( for)?)\b/i,
  ),
  r(
    "outreach",
    4,
    /\b(love|like) to tell you (more )?about (a|an|the|this|our) ([\w-]+ ){0,3}(role|position|opportunity|opening)/i,
  ),
  r("outreach", 2, /\b(\d+[- ]?min(ute)?s? (call|chat)|quick (call|chat)|brief (call|chat))/i),
  r(
    "outreach",
    4,
    /\b(following up on|bumping|circling back on|follow up on) my (earlier |previous |last |recent )?(message|note|email|inmail)/i,
  ),
  // update
  r(
    "update",
    5,
    /\b(still|currently|are) (reviewing|under review|being reviewed|considering|evaluating|assessing) (your |all |the |candidates|applications)/i,
  ),
  r(
    "update",
    5,
    /\byour (application|candidacy|profile)( for [^.\n]{0,80}?)? (is|remains|has been) (still |currently |now )?(under review|in review|being reviewed|active|in progress|on hold|paused|moved|forwarded|shared|updated|withdrawn)/i,
  ),
  r(
    "update",
    4,
    /\b(on hold|paused|been put on hold|delay(ed)? in (the|our)|taking (a bit |a little )?longer than|apologi[sz]e?s? for the delay|(process|recruitment|decision) (is|has been) delayed)/i,
  ),
  r(
    "update",
    4,
    /\b(is|are) (currently |still |now )?(under review|being reviewed)|\b(continue|keep) (reviewing|processing|considering) your application|\bupdate (all )?(applicants|candidates) by\b|\bis missing (a|an|the|your)\b/i,
  ),
  r(
    "update",
    3,
    /\b(you're|you are) (very |most )?welcome\b|\bit was a (real )?pleasure (meeting|to meet|speaking|talking|chatting)?|\b(great|lovely|nice|good) (to meet|meeting|speaking with|chatting with|talking with) you\b/i,
  ),
  r(
    "update",
    4,
    /\b(status of your application|update on your application|application status|candidacy status)/i,
  ),
  r(
    "update",
    4,
    /\b(need|require|missing|request) (some )?(additional|more|further|a few more) (information|documents|details|documentation)/i,
  ),
  r(
    "update",
    4,
    /\bthank(s| you) (so much )?for (your|the) (kind )?(note|message|email|words|follow[- ]up|thank[- ]you|thoughtful|patience)/i,
  ),
  r(
    "update",
    3,
    /\b(haven't|have not|has not|yet to) (yet )?(made|reached|finali[sz]ed) (a|any|our) (final )?decision/i,
  ),
  r(
    "update",
    3,
    /\b(keep you (posted|updated|informed)|be in touch (soon|shortly|by|next)|get back to you (by|within|next|shortly|soon|early|later))/i,
  ),
  r(
    "update",
    3,
    /\b(wanted to (give you|provide|send) (you )?(a|an) (quick |brief )?update|quick update|brief update)/i,
  ),
  r("update", 2, /\b(next steps?|the next stage|moved (you )?(forward )?to the next)/i),
  r(
    "update",
    4,
    /\bwe (need|require) (a copy of|copies of|the following|a few|some)\b|\b(send|provide|upload|bring|forward) (me |us )?(a copy|copies|proof|evidence|scans?) of your\b/i,
  ),
  r(
    "update",
    4,
    /\b(haven't|have not|not yet) (yet )?(submitted|completed|finished) (it|your application|the application)|\bapplication is incomplete\b/i,
  ),
  r(
    "update",
    3,
    /\b(forwarded|passed|sent|shared|referred) (it |them )?(on )?(to|with) the (hiring manager|hiring team|panel|department|line manager)/i,
  ),
  r("update", 3, /\b(to complete|to progress|to continue( with)?|to process) your application\b/i),
  r(
    "update",
    4,
    /\byour application( for [^.\n]{0,80}?)? (has )?(moved|progressed|advanced|been (forwarded|passed|shared|sent|referred))|has been (forwarded|passed|shared|sent|referred) to the (hiring|recruiting|department|panel)/i,
  ),
  r(
    "update",
    5,
    /\b(withdr[ae]w|withdrawn) (your|my) application|application( for [^.\n]{0,80}?)? (has been |was |is )?withdrawn|withdrawal (of your application|confirmed|request)/i,
  ),
  r(
    "update",
    5,
    /\b(application|you) (was |were |has been |have been )?(moved|transferred|considered|referred) (to|for) (another|a different|a similar|other|an?other)\b/i,
  ),
  r(
    "update",
    3,
    /\b(salary expectations?|notice period|expected (salary|ctc)|current (salary|ctc)|when (would|could|can) you (be able to )?start)\b/i,
  ),
  r(
    "update",
    4,
    /\b(new )?message (from [^.\n]{0,40})?(regarding|about|on) your application|\bregarding your application\b/i,
  ),
  r(
    "update",
    4,
    /\b(let|letting) (you|everyone|all candidates) know (the outcome|either way|of the outcome|our decision)|\bstill have (\w+ )?(more )?(candidates|interviews|people|applicants) to (meet|see|interview|speak)/i,
  ),
  r(
    "update",
    4,
    /\bremains? (active|under consideration|on file|under review|in consideration)|\bunder consideration\b/i,
  ),
  r(
    "update",
    4,
    /\bclosing date (has been |is |was )?(extended|changed|moved)|(location|salary|hours|start date) (for|of) (the|this) ([\w-]+ ){0,4}(vacancy|role|position) (has )?changed/i,
  ),
  r(
    "update",
    4,
    /\b(expect|hope|aim|plan|intend)(ing)? to (make|reach|have|finali[sz]e) (a|our|the|any)( final)? decision|\b(let you know|update you|inform you) (either way|of the outcome|the outcome)|\b(a )?(final )?decisions? (by|early|later|next|within|this week)/i,
  ),
  // job alerts and career-site account mail
  r(
    "job_alert",
    5,
    /\b(jobs? (alert|for you|matching|that match|recommended|you may|you might|based on)|new jobs?|recommended (jobs|for you|roles))\b/i,
  ),
  r(
    "job_alert",
    3,
    /\b(saved search|your search|easy apply|quick apply|apply now|view (all )?jobs|see (all|more) jobs|similar jobs)\b/i,
  ),
  r(
    "job_alert",
    3,
    /\b(is hiring|are hiring|now hiring|hiring now|top companies|featured (jobs|employers)|\d+ (new )?(jobs|roles|openings|positions) (in|near|for|at|matching))\b/i,
  ),
  r(
    "job_alert",
    3,
    /\b(talent (community|network|pool)|candidate (account|profile|portal|home)|career (site|portal|account)|verify your (email|account)|activate your account|reset your password|create (a |your )?password)\b/i,
  ),
  r(
    "job_alert",
    4,
    /\b(resume|cv) (review|writing|service|builder|template|score)|get noticed by recruiters|land more interviews|upload your (latest |updated )?(resume|cv)|complete your profile|(resumes?|cvs?) (are|get) rejected/i,
  ),
  r(
    "job_alert",
    4,
    /\b(career (fair|expo)|job fair|hiring event|recruitment (event|open day)|open hiring day|register (now|for free|here))\b/i,
  ),
  r(
    "job_alert",
    4,
    /\b(jobs? (picks|matches|recommendations)|(great |new |top )?matches for you|based on your (preferences|profile|search|searches|activity)|salary (guide|insights)|what are you worth)\b/i,
  ),
  r(
    "job_alert",
    3,
    /\b(linkedin premium|try premium|with premium|top applicant|stand out to (recruiters|employers))\b/i,
  ),
  r(
    "job_alert",
    2,
    /\b(manage (your )?(job )?alerts|alert settings|unsubscribe from (this|these) (job )?alert|job (seekers?|search) (tips|advice))\b/i,
  ),
  // not job related
  r(
    "other",
    4,
    /(\d+ ?% off\b|free shipping|promo code|coupon|shop now|add to cart|order (number|#|confirmation)|has shipped|out for delivery|tracking number)/i,
  ),
  r(
    "other",
    4,
    /\b(account statement|your statement|payment (due|received)|direct debit|available balance|transaction|credit card|your bill|invoice)\b/i,
  ),
  r(
    "other",
    3,
    /\b(podcast|episode|newsletter|read more|listen now|this week in|subscribers?|read the article|in this issue|today's (idea|top stories|highlights))\b/i,
  ),
  r(
    "other",
    5,
    /\b(commented on|reacted to|liked|shared) (your|a|their) (post|comment|photo|article)|endorsed you|work anniversary|invitation to connect|wants to connect|accepted your invitation|new connection|people you may know\b/i,
  ),
];
