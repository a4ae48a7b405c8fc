// Final tidying of the merged title and company, whatever source gave them: the board's or site's own
// name is never the employer, and a page <title>'s furniture (" | Company", " Job in Melbourne VIC -
// SEEK", "Careers - …", " - Application") is not part of the job title.
import { clean, LIMITS } from "./text";

/** Job boards, aggregators and ATS vendors: names that are never the employer. */
export const BOARD_NAME =
  /^(linkedin|indeed(\.com)?|glassdoor|ziprecruiter|monster(\.com)?|greenhouse|lever|workday|ashby(hq)?|smartrecruiters|workable|icims|jobvite|bamboohr|worksource ?wa(shington)?|usajobs|seek( (australia|new zealand|nz|limited))?|jora|reed(\.co\.uk)?|stepstone|totaljobs|wellfound|angellist|teamtailor|personio|recruitee|successfactors|taleo|brassring|kenexa|jobs\.ch|topjobs(\.lk)?|careerbuilder|simplyhired|dice)$/i;

const SEP = "\\s+[|–—-]\\s+";
// "Jobs bei comparis.ch", "Careers at Acme", "Karriere bei Acme": the site naming its employer.
const SITE_TAIL =
  /^(?:(?:jobs?|careers?|karriere|stellenangebote|vacatures|offres d'emploi|emplois|empleos|lavora con noi)\s+(?:at|bei|chez|bij|en|hos|på|w|with|@)\s+)(.{2,80})$/i;
const APPLICATION = /\s*[-–—|:]\s*(job\s+)?application(\s+form)?\s*$/i;
// "Senior Engineer Job in Melbourne VIC - SEEK", "… Jobs in London | Reed.co.uk"
const JOB_IN_PLACE = new RegExp(`\\s+jobs?\\s+in\\s+[^|–—]{1,80}?${SEP}([^|–—]{1,40})$`, "i");
// Site titles that name no job: "Careers - Acme", "Acme Careers", "Jobs at Acme", "Current openings".
const SITE_TITLE =
  /^(careers?|jobs?|job search|search jobs|search results|current (openings|vacancies)|open positions|job openings|vacancies|career opportunities|job (details?|description|posting)|position details|view job|apply|application)(\s*(at|[|–—:-])\s*.+)?$|^(\S+\s+){1,3}(careers?|jobs)(\s+(site|portal|page|centre|center))?$/i;

const HIRING = /^(.{1,100}?) hiring (.{2,200}?)(?: jobs?)?(?: in [^|]{2,120})?\s+\|\s+([^|]{2,40})$/i;

// One part of a site's <title> that names no job: "Careers", "Job Details", "Join our team"; and a site's
// own name for its career pages ("Acme Careers").
const FURNITURE =
  /^((careers?|jobs?)( (site|portal|page|home|centre|center))?|job (search|board|openings|opportunities|listings?|details|description|posting)|career (centre|center|opportunities)|current (openings|vacancies|opportunities|job openings)|open (positions|roles)|vacancies|(employment|job|career) opportunities|opportunities|join (our|the) team|work (with|for) us|search (jobs|results)|all jobs|home|welcome)(\s+at\s+.+)?$/i;
const SITE_NAME = /^(\S+\s+){1,3}(careers?|jobs|job board|career site)$/i;
const isFurniture = (part: string) => FURNITURE.test(part) || SITE_NAME.test(part);
// "Job Description - Senior Analyst" (Taleo and older ATSs), "Job Details: Nurse", "Vacancy: Welder".
const JOB_PREFIX =
  /^(job (description|details?|posting)|position details|vacancy|position|job)\s*[-–—:|]\s+(?=\S)/i;

/**
 * Site furniture in a <title> split on " | ", " - ": a furniture part and all after it go ("Nurse | Careers |
 * Acme"); a lead part naming the site goes ("Acme Careers - Nurse"); a lead part of pure furniture means
 * the whole title is the site's ("Job Opportunities - Acme").
 */
function dropFurniture(title: string): string {
  const parts = title.split(/\s+[|–—-]\s+/).map((part) => part.trim());
  if (parts.length < 2) return title;
  if (FURNITURE.test(parts[0]!)) return "";
  const cut = parts.findIndex((part, i) => i > 0 && (isFurniture(part) || BOARD_NAME.test(part)));
  const kept = cut > 0 ? parts.slice(0, cut) : [...parts];
  if (kept.length > 1 && SITE_NAME.test(kept[0]!)) kept.shift();
  return kept.length === parts.length ? title : kept.join(" - ");
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function stripSuffix(title: string, names: readonly string[]): string {
  let t = title;
  for (let pass = 0; pass < 3; pass++) {
    const m = new RegExp(`${SEP}((?:(?!\\s[|–—-]\\s).){1,80})$`).exec(t);
    if (!m) break;
    const tail = m[1]!.trim();
    const hit =
      BOARD_NAME.test(tail) ||
      /^(careers?|jobs|job openings)$/i.test(tail) ||
      SITE_TAIL.test(tail) ||
      names.some((n) => n && tail.toLowerCase() === n.toLowerCase());
    if (!hit) break;
    t = t.slice(0, m.index).trim();
  }
  return t;
}

export interface TitleContext {
  company?: string;
  /** og:site_name or the like. */
  site?: string;
}

/** The job title as the posting names it; "" when what was read is only the site's or board's name. */
export function cleanTitle(raw: string | undefined, ctx: TitleContext = {}): string {
  let t = clean(raw, LIMITS.title);
  if (!t) return "";
  const names = [ctx.company ?? "", ctx.site ?? ""].filter(Boolean);
  // "(3) Senior Engineer | Acme | LinkedIn": a signed-in page's unread count.
  t = t.replace(/^\(\d{1,3}\+?\)\s+/, "");
  // "Job Application for X at Y" (Greenhouse), "Apply for X"
  t = t.replace(/^(job\s+)?application\s+for\s+/i, "").replace(/^apply\s+(now\s+)?for\s+/i, "");
  // LinkedIn's and Glassdoor's head: "Acme hiring Senior Engineer [Job] in Denver, CO | LinkedIn"
  const hiring = HIRING.exec(t);
  if (hiring && BOARD_NAME.test(hiring[3]!.trim())) t = hiring[2]!;
  const jobIn = JOB_IN_PLACE.exec(t);
  if (jobIn && BOARD_NAME.test(jobIn[1]!.trim())) t = t.slice(0, jobIn.index).trim();
  // "Job Description - Software Engineer (12345)" (Taleo), "Vacancy: Welder": a generic label first.
  t = t.replace(JOB_PREFIX, "");
  t = stripSuffix(t.replace(APPLICATION, "").trim(), names).replace(APPLICATION, "").trim();
  if (!SITE_TITLE.test(t)) t = dropFurniture(t);
  // "Senior Analyst (2400123)": a requisition number after the job is the ATS's bookkeeping.
  t = t.replace(/\s*\((?:req(?:uisition)?\.?\s*(?:id|#)?:?\s*)?\d{5,}\)$/i, "").trim();
  for (const n of names) {
    // "Engineer at Acme", "Engineer @ Acme" (Ashby), and "Acme - Engineer" (Lever's head title).
    t = t.replace(new RegExp(`\\s+(at|@)\\s+${escapeRe(n)}$`, "i"), "").trim();
    const lead = new RegExp(`^${escapeRe(n)}\\s*[|–—:-]\\s+(?=\\S)`, "i");
    if (lead.test(t)) t = t.replace(lead, "").trim();
  }
  if (!t || BOARD_NAME.test(t) || SITE_TITLE.test(t) || isFurniture(t)) return "";
  if (names.some((n) => n.toLowerCase() === t.toLowerCase())) return "";
  return t;
}

/**
 * "Senior Engineer | Acme | LinkedIn" or "Acme hiring Senior Engineer in Denver | LinkedIn": a board's
 * <title> naming the employer. Bars only (" - " titles carry places: "DevOps Engineer - Camberwell VIC
 * 3124 - Indeed.com").
 */
export function companyFromBoardTitle(raw: string | undefined): string {
  const parts = clean(raw, LIMITS.title)
    .replace(/^\(\d{1,3}\+?\)\s+/, "")
    .split(/\s+\|\s+/);
  // "Acme hiring Senior Engineer Job in Denver, CO | Glassdoor"
  const hiring = HIRING.exec(parts.join(" | "));
  if (hiring && BOARD_NAME.test(hiring[3]!.trim())) return cleanCompany(hiring[1]);
  if (parts.length !== 3 || !BOARD_NAME.test(parts[2]!.trim())) return "";
  return cleanCompany(parts[1]);
}

/** The employer's name: never a board's or ATS's own name, no "- Application" or "Careers" tail. */
export function cleanCompany(raw: string | undefined): string {
  let c = clean(raw, LIMITS.company)
    .replace(APPLICATION, "")
    .replace(/^at\s+/i, "")
    .replace(/\s+(careers?|jobs|job board|recruiting)$/i, "")
    .trim();
  if (BOARD_NAME.test(c)) c = "";
  return c;
}

const LEGAL =
  /\b(inc|incorporated|llc|l\.l\.c|ltd|limited|ulc|plc|pl|pty|gmbh|ag|sa|s\.a|bv|b\.v|nv|corp|corporation|co|company|lp|l\.p|llp|srl|spa|oy|ab|as|kk)\.?$/i;

/**
 * A payroll entity ("Canada Workday ULC", "MED Medtronic Inc", "IN2 COV - COV Engineering Services PL") as
 * the employer people know, given the employer's word from the URL (the ATS tenant): the tenant's word as
 * the entity spells it; else the entity without its leading code and legal suffix.
 */
export function employerFromEntity(entity: string, tenant: string): string {
  // "DELL USA L.P. (1001)": a trailing company-code in brackets is payroll bookkeeping, not the name.
  const name = clean(entity, LIMITS.company)
    .replace(/\s*\(\s*[A-Z0-9-]{2,8}\s*\)$/, "")
    .trim();
  if (!name) return "";
  const coded = /^[A-Z0-9]{2,6}(\s+[A-Z0-9]{2,6})?\s+([-–]\s+)?(?=[A-Z])/.test(name);
  // A plain name ("PaperCut Software") is already the employer's.
  if (!coded && !LEGAL.test(name.replace(/[\s,]+$/, ""))) return name;
  const t = tenant.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (t.length >= 3) {
    for (const word of name.split(/[\s,()/-]+/)) {
      if (word.toLowerCase().replace(/[^a-z0-9]/g, "") === t) return word;
    }
  }
  // "IN2 COV - COV Engineering Services PL": an entity code, a dash, then the name.
  let out = name.replace(/^[A-Z0-9]{2,6}(\s+[A-Z0-9]{2,6})?\s+[-–]\s+/, "");
  // "MED Medtronic Inc": a short upper-case code before a capitalised name.
  if (out === name) out = out.replace(/^[A-Z0-9]{2,5}\s+(?=[A-Z][a-z])/, "");
  const stripped = out
    .replace(/,?\s+/g, " ")
    .replace(LEGAL, "")
    .replace(/[\s,]+$/, "")
    .trim();
  return stripped || name;
}

/**
 * The employer a page's <title> names around the job's own heading: "Senior Counsel - Oneflow",
 * "DevOps Intern | Jobs bei Supertext", "Acme - Senior Engineer", "Acme is hiring: Senior Engineer". "" when
 * the title holds no more than the heading, or the rest is a board's name, site furniture or one of the
 * places the page lists.
 */
export function companyFromPageTitle(
  pageTitle: string,
  heading: string,
  places: readonly string[] = [],
): string {
  const t = clean(pageTitle, LIMITS.title).replace(APPLICATION, "").trim();
  const h = clean(heading, LIMITS.title);
  if (!t || !h || t.toLowerCase() === h.toLowerCase()) return "";
  // "Job - Employer", "Job @ Employer" (Ashby), "Job at Employer", or "Employer - Job" (Lever).
  const after = `(?:${SEP}|\\s+@\\s+|\\s+at\\s+)`;
  // "Employer is hiring: Job" (a share title, og:title).
  const sep = new RegExp(
    `^(?:${escapeRe(h)}${after}(.+)|(.+?)${SEP}${escapeRe(h)}|(.{2,80}?) is hiring(?::|\\s+an?)?\\s+${escapeRe(h)})$`,
    "i",
  ).exec(t);
  // "Engineer at Acme • Victoria • Remote (Work from Home)": facts after the employer, between bullets.
  const rest = (sep?.[1] ?? sep?.[2] ?? sep?.[3] ?? "").split(/\s+[•·]\s+/)[0]!.trim();
  if (!rest) return "";
  const named = SITE_TAIL.exec(rest)?.[1] ?? rest;
  const company = cleanCompany(named);
  if (!company || SITE_TITLE.test(company) || /\s[|–—]\s/.test(company)) return "";
  if (places.some((p) => p.toLowerCase() === company.toLowerCase())) return "";
  return company;
}

/**
 * The employer's name as the page writes it, given the ATS's account slug from the URL ("nvidia" on
 * nvidia.wd5.myworkdayjobs.com, "ramp" on jobs.ashbyhq.com/ramp): the first place one of `texts` spells
 * the slug as a whole word or words ("NVIDIA", "Crypto Finance" for crypto-finance). "" when none does:
 * a slug alone ("wf", "osv_cci") is not a name.
 */
export function employerFromSlug(slug: string, texts: readonly string[]): string {
  const parts = slug
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (!parts.length || parts.join("").length < 3) return "";
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(${parts.map(escapeRe).join("[\\s.-]?")})(?![\\p{L}\\p{N}])`,
    "iu",
  );
  for (const text of texts) {
    const m = re.exec(text ?? "");
    if (m) return cleanCompany(m[1]);
  }
  return "";
}
