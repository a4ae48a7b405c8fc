// Outreach: a recruiter or employer approaching someone who did not apply.
import type { CategoryRules } from "./rule";

export const outreach: CategoryRules = {
  cat: "outreach",
  subject: [
    [
      3,
      /\b(opportunity (at|with)|exciting (opportunity|role)|are you open|open to (new|a) |role you might|quick (chat|question)|your background|interested in (a|an) .{0,40}role|inmail|invites? you to apply|invited to apply|urgent (requirement|opening))\b/i,
    ],
    // "TCS Fulltime Position - GIS Editor", "JOB Opportunity - Data Analyst": a role offered, not applied for.
    [
      3,
      /\b(job|work) opportunit(y|ies)\b|\b(full[- ]?time|part[- ]?time|contract|contract[- ]to[- ]hire|permanent|c2h) (position|role|opportunity|opening|requirement)\b/i,
    ],
  ],
  body: [
    [
      6,
      /\b(came across|found|saw|noticed|viewed|reviewed|checked|was impressed by|was looking at) your (profile|background|resume|cv|experience|linkedin|portfolio|github|work|name (on|in|via|through))/i,
    ],
    [
      4,
      /\b(would you be|are you) (open|interested|available) (to|in) (a |an )?(new |exploring |hearing|chat|quick|brief|discussing|learning|conversation|opportunit|role|position)/i,
    ],
    [
      3,
      /\b(open to (new|exploring|hearing about|a conversation)|exploring new opportunities|considering a (move|change)|(open|ready) (to|for) a (change|move|new challenge))/i,
    ],
    [
      4,
      /\b(my client|our client|a client of ours|on behalf of (my|our|a) client|confidential search|headhunt)/i,
    ],
    [
      3,
      /\b(i'?m|i am|my name is) [a-z .,'-]{0,40}(recruiter|sourcer|talent partner|talent acquisition|recruitment consultant|headhunter|hiring manager at)/i,
    ],
    [3, /\b(reaching out|reach out) (to you )?(about|regarding|because|as|with|on behalf)/i],
    [
      3,
      /\b(your (background|experience|profile|skill ?set) (looks|seems|would be|is|stood out|caught)|think you('d| would) be a (great|good|strong|perfect) (fit|match))/i,
    ],
    [
      6,
      /\binvites? you to apply|invited you to apply|an invitation to apply|(employer|recruiter|company|hiring manager) (reviewed|viewed|liked|found) your (\w+ )?(resume|cv|profile)/i,
    ],
    [
      3,
      /\b(if (you are |you're )?interested|kindly share your (updated |latest )?(cv|resume)|share your (updated|latest) (cv|resume)|(urgent|immediate) (requirement|opening|hiring|need)( for)?)\b/i,
    ],
    [
      4,
      /\b(love|like) to tell you (more )?about (a|an|the|this|our) ([\w-]+ ){0,3}(role|position|opportunity|opening)/i,
    ],
    [2, /\b(\d+[- ]?min(ute)?s? (call|chat)|quick (call|chat)|brief (call|chat))/i],
    [
      4,
      /\b(following up on|bumping|circling back on|follow up on) my (earlier |previous |last |recent )?(message|note|email|inmail)/i,
    ],
    [
      4,
      /\b(bump(ing)? (this|my (last |previous )?(note|message|email))|in case (my|this|the) (last |previous |earlier )?(note|message|email) (got |was )?(buried|missed|lost|slipped))/i,
    ],
    [
      4,
      /\b(mentioned|told me) (that )?you (might|may) be (looking|thinking|open|interested)|\b(thinking about|considering|looking for) your next (move|role|step|challenge)/i,
    ],
    [
      3,
      /\b(exclusive|retained|confidential) (search|role|assignment|mandate)|\bleading (a|the) (confidential )?search\b/i,
    ],
    [
      5,
      /\b(i|we|i've|we've|i have|we have) (came across|found|saw|noticed|viewed|reviewed|been looking at) your [\w-]+ (profile|resume|cv)\b/i,
    ],
    // A recruiter's follow-up: "I had reached out to you earlier regarding a few opportunities".
    [
      5,
      /\b(reached out|reaching out|wrote|written|contacted you|emailed you) (to you )?(earlier |before |previously |recently |last (week|month) )?(about|regarding|with) (a few |some |several |an? |a couple of )?(exciting |new |interesting )?(opportunit|roles?\b|positions?\b|openings?\b)/i,
    ],
    [
      4,
      /\b(could|might|may|would) (have|be) a (great |good |strong |perfect )?(match|fit) for you\b|\bopportunities (that )?(match|fit|suit) (your|you)\b/i,
    ],
    // Staffing agencies' requirement mail: "Urgent requirement for Sr Java Developer", "Direct client", "C2C".
    [
      4,
      /\b(requirement|requirements|opening|position) for (an? )?(sr\.? |senior |junior |lead |principal )?[\w.#/+-]+( [\w.#/+-]+){0,3} (developer|engineer|consultant|analyst|architect|administrator|tester|designer)\b|\b(direct client|implementation partner|c2c|corp[- ]to[- ]corp|w2 (only|contract)|usc\/gc|gc\/usc|h1b)\b/i,
    ],
    // An approach in the sender's own words: "I would like to discuss a job opportunity with you",
    // "I am recruiting at Media.Net", "to see if you might be interested in exploring opportunities".
    [
      4,
      /\b(discuss|tell you about|talk (to you )?about|share|present) (a|an|this|some|the|one|few|an exciting|a new) ([\w-]+ ){0,2}(opportunit(y|ies)|opening|role|position|vacancy) with you\b|\b(i'?m|i am|we'?re|we are) (currently |actively )?(recruiting|hiring) (at|for)\b/i,
    ],
    // "We are looking for a strong engineer like yourself".
    [
      4,
      /\b(someone|people|an? ([\w-]+ ){0,2}(engineer|developer|designer|programmer|scientist|analyst|candidate|person|professional)) (just )?like (you|yourself)\b/i,
    ],
    [
      3,
      /\b(might|may|would) be interested in (exploring |discussing |hearing about |learning about )?([\w-]+ ){0,2}(opportunit(y|ies)|roles?|positions?|openings?)\b|\b(has|have) (a |an )?(very )?(interesting|exciting|great|unique) (job |career |new )?(opportunit|opening|role|position)/i,
    ],
    // "X asked me to contact you in regards to a few positions", "connect for 15 mins … about the
    // opportunities at", "we're hiring" posted to a community.
    [
      4,
      /\b(asked|suggested|told) (me|us) to (contact|reach out to|get in touch with|email) you\b|\b(connect|chat|talk|speak) (for )?(\d+|a few|fifteen|ten|twenty) min(ute)?s\b|\b(talk|chat|hear) (more )?about (the|our|some|a few) (opportunit(y|ies)|openings|roles)\b/i,
    ],
    [
      3,
      /\b(we'?re|we’re|we are) (currently )?(hiring|expanding (our|the) [\w-]+ team)\b|\b(we have|there are) (two|three|several|multiple|a few|\d+) (positions|openings|roles|vacancies) open\b/i,
    ],
  ],
};
