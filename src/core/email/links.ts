// Reads an employer slug and a job id out of applicant-tracking and job-board URLs, so a link in an
// email can be compared with the posting an application was saved from.

export interface JobRef {
  /** ATS or board id, e.g. "greenhouse". */
  ats: string;
  /** The employer's slug on that ATS ("acme"), lower case, when the URL has one. */
  slug?: string;
  /** The posting or requisition id, when the URL has one. */
  jobId?: string;
}

const PATTERNS: { ats: string; re: RegExp; slug?: number; job?: number }[] = [
  {
    ats: "greenhouse",
    re: /(?:boards|job-boards)(?:\.eu)?\.greenhouse\.io\/([\w-]+)\/jobs\/(\d+)/i,
    slug: 1,
    job: 2,
  },
  { ats: "greenhouse", re: /greenhouse\.io\/.*[?&]gh_jid=(\d+)/i, job: 1 },
  { ats: "greenhouse", re: /[?&]gh_jid=(\d+)/i, job: 1 },
  { ats: "lever", re: /jobs\.(?:eu\.)?lever\.co\/([\w.-]+)\/([0-9a-f-]{8,})/i, slug: 1, job: 2 },
  { ats: "ashby", re: /jobs\.ashbyhq\.com\/([\w.-]+)\/([0-9a-f-]{8,})/i, slug: 1, job: 2 },
  { ats: "ashby", re: /jobs\.ashbyhq\.com\/([\w.-]+)/i, slug: 1 },
  { ats: "workable", re: /apply\.workable\.com\/([\w-]+)\/j\/([0-9A-F]+)/i, slug: 1, job: 2 },
  { ats: "smartrecruiters", re: /jobs\.smartrecruiters\.com\/([\w-]+)\/(\d+)/i, slug: 1, job: 2 },
  {
    ats: "workday",
    re: /([\w-]+)\.wd\d+\.myworkdayjobs\.com\/[^\s]*?_((?:JR|R|REQ)?-?[\w-]*\d[\w-]*)(?:[/?#]|$)/i,
    slug: 1,
    job: 2,
  },
  { ats: "workday", re: /([\w-]+)\.wd\d+\.myworkdayjobs\.com/i, slug: 1 },
  { ats: "icims", re: /careers-([\w-]+)\.icims\.com\/jobs\/(\d+)/i, slug: 1, job: 2 },
  { ats: "icims", re: /careers-([\w-]+)\.icims\.com/i, slug: 1 },
  { ats: "jobvite", re: /jobs\.jobvite\.com\/([\w-]+)\/job\/(\w+)/i, slug: 1, job: 2 },
  {
    ats: "bamboohr",
    re: /([\w-]+)\.bamboohr\.com\/(?:careers|jobs)\/(?:view\.php\?id=)?(\d+)/i,
    slug: 1,
    job: 2,
  },
  { ats: "recruitee", re: /([\w-]+)\.recruitee\.com\/o\/([\w-]+)/i, slug: 1, job: 2 },
  { ats: "teamtailor", re: /([\w-]+)\.teamtailor\.com\/jobs\/(\d+)/i, slug: 1, job: 2 },
  { ats: "breezy", re: /([\w-]+)\.breezy\.hr\/p\/([\w-]+)/i, slug: 1, job: 2 },
  { ats: "linkedin", re: /linkedin\.com\/(?:comm\/)?jobs\/view\/(\d+)/i, job: 1 },
  { ats: "indeed", re: /indeed\.[a-z.]+\/.*[?&]jk=([0-9a-f]+)/i, job: 1 },
];

export function jobRef(url: string): JobRef | undefined {
  for (const p of PATTERNS) {
    const m = p.re.exec(url);
    if (!m) continue;
    const ref: JobRef = { ats: p.ats };
    const slug = p.slug ? m[p.slug] : undefined;
    const job = p.job ? m[p.job] : undefined;
    if (slug) ref.slug = slug.toLowerCase();
    if (job) ref.jobId = job.toLowerCase();
    return ref;
  }
  return undefined;
}
