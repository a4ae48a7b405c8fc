// Sender and link domains as data. Registrable domains (eTLD+1), lower case.
// None of these ever identifies the company an email is about: they send mail for many employers.
// The one list of ATS and job-board domains: the posting extractor (core/posting/domains) asks it
// too, and a test checks that every board adapter's hosts are in it.

/** Applicant-tracking systems and HR suites that send candidate mail on an employer's behalf. */
export const ATS_DOMAINS: readonly string[] = [
  "greenhouse.io",
  "greenhouse-mail.io",
  "lever.co",
  "myworkday.com",
  "myworkdayjobs.com",
  "myworkdaysite.com",
  "workday.com",
  "icims.com",
  "taleo.net",
  "oraclecloud.com",
  "smartrecruiters.com",
  "smartrecruiters-mail.com",
  "ashbyhq.com",
  "workable.com",
  "workablemail.com",
  "jobvite.com",
  "jobvite-mail.com",
  "bamboohr.com",
  "successfactors.com",
  "successfactors.eu",
  "sapsf.com",
  "sapsf.eu",
  "jazzhr.com",
  "applytojob.com",
  "breezy.hr",
  "recruitee.com",
  "teamtailor.com",
  "teamtailor-mail.com",
  "pageuppeople.com",
  "ultipro.com",
  "ukg.com",
  "dayforcehcm.com",
  "adp.com",
  "paylocity.com",
  "paycomonline.net",
  "avature.net",
  "phenompeople.com",
  "eightfold.ai",
  "paradox.ai",
  "hireology.com",
  "rippling.com",
  "gem.com",
  "beamery.com",
  "pinpointhq.com",
  "personio.com",
  "personio.de",
  "csod.com",
  "cornerstoneondemand.com",
  "trac.jobs",
  "jobtrain.co.uk",
  "tal.net",
  "clearcompany.com",
  "hrmdirect.com",
  "bullhorn.com",
  "jobdiva.com",
  "freshteam.com",
  "zohorecruit.com",
  "recruiterbox.com",
  "comeet.co",
  "homerun.co",
  "dover.com",
  "fountain.com",
  "harri.com",
  "snagajob.com",
  "applicantpro.com",
  "governmentjobs.com",
  "neogov.com",
  "schooljobs.com",
  "usajobs.gov",
];

/** Job boards and professional networks: alerts, "application sent", social mail. */
export const JOB_BOARD_DOMAINS: readonly string[] = [
  "linkedin.com",
  "indeed.com",
  "indeedemail.com",
  "glassdoor.com",
  "glassdoor.co.uk",
  "glassdoor.ca",
  "glassdoor.com.au",
  "glassdoor.co.in",
  "glassdoor.de",
  "glassdoor.fr",
  "ziprecruiter.com",
  "ziprecruiter.co.uk",
  "ziprecruiter.ca",
  "monster.com",
  "monster.co.uk",
  "monster.ca",
  "dice.com",
  "careerbuilder.com",
  "simplyhired.com",
  "wellfound.com",
  "otta.com",
  "hired.com",
  "joinhandshake.com",
  "seek.com.au",
  "seek.co.nz",
  "seek.com",
  "stepstone.de",
  "worksourcewa.com",
  "jora.com",
  "naukri.com",
  "foundit.in",
  "shine.com",
  "reed.co.uk",
  "totaljobs.com",
  "cv-library.co.uk",
  "nhsjobs.com",
  "jobs.ac.uk",
  "tes.com",
  "builtin.com",
  "jobserve.com",
  "adzuna.com",
  "talent.com",
  "jooble.org",
  "workopolis.com",
  "flexjobs.com",
  "idealist.org",
  "hiringcafe.com",
];

/** Online tests, one-way video interviews and coding exercises. */
export const ASSESSMENT_DOMAINS: readonly string[] = [
  "hackerrank.com",
  "codility.com",
  "codesignal.com",
  "hirevue.com",
  "testgorilla.com",
  "shl.com",
  "criteriacorp.com",
  "pymetrics.ai",
  "pymetrics.com",
  "harver.com",
  "mettl.com",
  "hackerearth.com",
  "vervoe.com",
  "talentlens.com",
  "cappfinity.com",
  "sovaassessment.com",
  "savilleassessment.com",
  "wonderlic.com",
  "plum.io",
  "arcticshores.com",
  "modernhire.com",
  "sparkhire.com",
  "willo.video",
  "myinterview.com",
  "vidcruiter.com",
  "devskiller.com",
  "qualified.io",
  "imocha.io",
  "canditech.io",
  "alooba.com",
  "testdome.com",
  "cut-e.com",
  "aon.com",
];

/** Calendars and meeting rooms: a link here in a job email points at an interview slot. */
export const SCHEDULING_DOMAINS: readonly string[] = [
  "calendly.com",
  "goodtime.io",
  "cal.com",
  "doodle.com",
  "zoom.us",
  "webex.com",
  "prelude.co",
  "modernloop.io",
  "youcanbook.me",
  "acuityscheduling.com",
  "chilipiper.com",
  "savvycal.com",
  "zcal.co",
  "gotomeeting.com",
  "whereby.com",
];

/** Hosts (not registrable domains) that schedule: their registrable domain is too broad to list. */
export const SCHEDULING_HOSTS: readonly string[] = [
  "meet.google.com",
  "calendar.app.google",
  "calendar.google.com",
  "teams.microsoft.com",
  "teams.live.com",
  "meetings.hubspot.com",
  "outlook.office365.com",
];

/** Background-check and reference-check services. */
export const SCREENING_DOMAINS: readonly string[] = [
  "checkr.com",
  "sterlingcheck.com",
  "sterlingtalentsolutions.com",
  "hireright.com",
  "fadv.com",
  "goodhire.com",
  "certn.co",
  "accurate.com",
  "xref.com",
  "skillsurvey.com",
  "checkster.com",
  "crosschq.com",
  "referoo.com.au",
  "ucheck.co.uk",
  "zinc.work",
  "veremark.com",
  "verifiedfirst.com",
  "cisive.com",
  "authbridge.com",
];

/** Free and consumer mail providers: a personal address says nothing about the employer. */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "hotmail.co.uk",
  "live.com",
  "live.co.uk",
  "msn.com",
  "yahoo.com",
  "yahoo.co.uk",
  "yahoo.com.au",
  "yahoo.co.in",
  "ymail.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "gmx.de",
  "gmx.net",
  "mail.com",
  "zoho.com",
  "yandex.com",
  "rediffmail.com",
  "bigpond.com",
  "btinternet.com",
  "sky.com",
  "virginmedia.com",
  "ntlworld.com",
  "talktalk.net",
  "comcast.net",
  "att.net",
  "verizon.net",
  "sbcglobal.net",
  "fastmail.com",
  "hey.com",
  "tutanota.com",
  "qq.com",
  "163.com",
  "optusnet.com.au",
];

/** Bulk-mail relays that sometimes appear as the sender domain. */
export const RELAY_DOMAINS: readonly string[] = [
  "sendgrid.net",
  "mailgun.org",
  "amazonses.com",
  "mcsv.net",
  "mcdlv.net",
  "rsgsv.net",
  "mailchimpapp.net",
  "exacttarget.com",
  "sparkpostmail.com",
  "mandrillapp.com",
  "hubspotemail.net",
  "mktomail.com",
  "constantcontact.com",
  "sendinblue.com",
];

const sets = {
  ats: new Set(ATS_DOMAINS),
  board: new Set(JOB_BOARD_DOMAINS),
  assessment: new Set(ASSESSMENT_DOMAINS),
  scheduling: new Set(SCHEDULING_DOMAINS),
  screening: new Set(SCREENING_DOMAINS),
  free: new Set(FREE_MAIL_DOMAINS),
  relay: new Set(RELAY_DOMAINS),
};

export type DomainKind = keyof typeof sets;

/** What kind of service a registrable domain belongs to, if any. */
export function domainKind(domain: string | undefined): DomainKind | undefined {
  if (!domain) return undefined;
  for (const [kind, set] of Object.entries(sets) as [DomainKind, Set<string>][]) {
    if (set.has(domain)) return kind;
  }
  return undefined;
}

/** True when a domain can never stand for the employer (ATS, board, test, free mail, relay…). */
export function isServiceDomain(domain: string | undefined): boolean {
  return hostKind(domain) !== undefined;
}

/**
 * The service kind of a host name, by walking its parent domains ("us.greenhouse-mail.io" →
 * "greenhouse-mail.io"). Needs no public-suffix list, so the content-script prefilter can use it.
 */
export function hostKind(host: string | undefined): DomainKind | undefined {
  if (!host) return undefined;
  let h = host.toLowerCase().replace(/\.$/, "");
  if (SCHEDULING_HOSTS.includes(h)) return "scheduling";
  for (let guard = 0; guard < 8 && h.includes("."); guard++) {
    const kind = domainKind(h);
    if (kind) return kind;
    h = h.slice(h.indexOf(".") + 1);
  }
  return undefined;
}
