// Mail that reads like job-search mail and is not: applications for something other than a job,
// named as such, and job scams. Each test is on the whole subject + body text and cheap.

/**
 * "Your tenancy application", "application for the Diploma course", "applying to become a member":
 * the thing applied for is named, and it is no job. Such mail often mentions jobs all the same
 * (a tenancy asks for your employer, a course for your career plans), so this reads the noun the
 * application is for, not the absence of job words.
 */
export const NAMED_NON_JOB_APPLICATION =
  /\b(tenancy|rental|letting|lease|property|mortgage|loan|credit card|membership|member|grant|funding|scholarship|bursary|course|programme place|admissions?|enrol?ment|visa|passport|permit|licen[cs]e|insurance|claim|council housing|housing|school place|nursery place|parking permit|account) (application|applications)\b|\b(application|applying|applied) (for|to) (a |an |the |our |your )?(\w+ ){0,3}?(tenancy|rental|property|flat|apartment|mortgage|loan|membership|grant|fund|scholarship|bursary|course|diploma|degree|master'?s|mba|phd|visa|passport|permit|licen[cs]e|insurance|sponsor|sponsorship|fiscal host)\b(?! (officer|advis[eo]r|manager|assistant|co-?ordinator|agent|specialist|analyst|consultant|instructor|teacher|lecturer|administrator|underwriter|processor|executive|lead|director|clerk|negotiator|associate|representative|worker|tutor|trainer|technician|engineer|developer|broker|surveyor|inspector)\b)|\bapplying to become a member\b|\byour (submission|manuscript|paper|abstract|talk proposal|proposal) (to|for) (the )?(journal|conference|proceedings|call for papers|cfp|[A-Z][\w-]+ (journal|review|conference))/i;

/** An application that is for a job after all ("application for the position of …"). */
export const NAMED_JOB_APPLICATION =
  /\b(job|employment) application\b|\b(application|applying|applied) (for|to) (a |an |the |our |this |your )?(\w+ ){0,4}?(position|role|job|vacancy|post|opening|internship|apprenticeship|graduate scheme)\b/i;

/** Signs of a job scam: money asked of the applicant, offers with no interview, unreal pay. */
export const SCAM_CUES: readonly RegExp[] = [
  /\bno (interview|experience) (is )?(required|needed)\b/i,
  /\b(pay|send|transfer)\b[^.\n]{0,40}\b(fee|deposit|payment)\b|\b(training|registration|starter kit|processing) fee\b/i,
  /\b(bank (account )?details|account number and routing|routing number|copy of your (id|passport|driver'?s licen[cs]e))\b/i,
  /\b(cheque|check|money order)\b[^.\n]{0,60}\b(equipment|supplies|office|deposit it)\b/i,
  /\bearn (up to )?[$£€₹] ?\d[\d,]*(k)? (per|a|an|each) (day|hour|week)\b|\b[$£€₹] ?\d{3,}[\d,]* (per|a) day\b/i,
  /\b(whats ?app|telegram)\b/i,
  /\b(reply|respond) within (24|48) hours to (secure|confirm|claim)\b/i,
];

/** How many scam cues `text` has; `test` may be a gated tester for it (core/email/gate.ts). */
export function scamCues(text: string, test: (re: RegExp) => boolean = (re) => re.test(text)): number {
  let n = 0;
  for (const re of SCAM_CUES) if (test(re)) n++;
  return n;
}
