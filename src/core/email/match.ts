// Links an email to the application it is about. Each clue adds to a 0–1 score per application;
// above LINK_THRESHOLD it links, between the thresholds it goes to the review queue, below it is left
// alone. Pure and total: bad input gives {decision: "none"}, never an exception.
import { getDomain } from "tldts";
import { companyDomains } from "../company-domain";
import type { Application, Id } from "../types";
import { hostKind } from "./domains";
import { jobRef } from "./links";
import { newPart } from "./quoted";
import { asText, extractUrls, MAX_BODY, MAX_SUBJECT, normalise, parseFrom, stripHtml } from "./text";

export interface MatchableEmail {
  from?: string;
  subject?: string;
  body?: string;
  /** Provider thread id (Gmail thread, Outlook conversation). */
  threadId?: string;
}

export interface MatchOptions {
  /** threadId → applicationId, from emails already linked (by the user or by an earlier match). */
  threads?: Readonly<Record<string, Id>>;
}

export interface MatchResult {
  applicationId: Id | null;
  score: number;
  decision: "link" | "review" | "none";
  reasons: string[];
}

export const LINK_THRESHOLD = 0.7;
export const REVIEW_MATCH_THRESHOLD = 0.4;
/** The best must beat the runner-up by this much to link on its own. */
const MARGIN = 0.12;
const DAY = 86_400_000;

const LEGAL =
  /\b(inc|incorporated|llc|llp|ltd|limited|plc|pty|pvt|corp|corporation|co|company|group|gmbh|ag|sa|the|holdings)\b/g;
const STOP = new Set([
  "of",
  "and",
  "the",
  "a",
  "an",
  "in",
  "for",
  "to",
  "at",
  "with",
  "i",
  "ii",
  "iii",
  "-",
  "&",
]);

export function normName(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[''`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(LEGAL, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function tokens(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, " ")
    .split(" ")
    .filter((t) => t && !STOP.has(t));
}

/** Edit distance capped at 2, for fuzzy company-name tokens. */
function near(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 6 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Does `text` mention the company (normalised name as a word sequence, or run together)? */
function mentions(text: string, company: string, raw: string): boolean {
  const name = normName(company);
  if (!name) return false;
  const parts = name.split(" ");
  if (parts.length === 1 && name.length <= 4) {
    // Short one-word names ("Box", "Ford") only count when written as a name, with a capital.
    const display = company.replace(new RegExp(LEGAL.source, "gi"), " ").replace(/[^\w]/g, "");
    return display.length > 0 && new RegExp(`\\b${display}\\b`).test(raw);
  }
  const words = normName(text).split(" ");
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (parts.every((p, k) => near(words[i + k] ?? "", p))) return true;
  }
  const compact = parts.join("");
  return compact.length >= 6 && words.includes(compact);
}

function titleCoverage(title: string, text: string): number {
  const t = tokens(title);
  if (t.length === 0) return 0;
  const lowered = ` ${tokens(text).join(" ")} `;
  if (lowered.includes(` ${t.join(" ")} `)) return 1;
  const set = new Set(lowered.trim().split(" "));
  return t.filter((w) => set.has(w)).length / t.length;
}

interface Scored {
  app: Application;
  score: number;
  companyHit: boolean;
  reasons: string[];
}

export function matchEmail(
  email: MatchableEmail,
  applications: readonly Application[],
  now: number,
  opts: MatchOptions = {},
): MatchResult {
  try {
    return matchUnsafe(email, applications, now, opts);
  } catch {
    return { applicationId: null, score: 0, decision: "none", reasons: ["could not read this email"] };
  }
}

function matchUnsafe(
  email: MatchableEmail,
  applications: readonly Application[],
  now: number,
  opts: MatchOptions,
): MatchResult {
  const apps = Array.isArray(applications) ? applications.filter((a) => a && typeof a.id === "string") : [];
  if (apps.length === 0)
    return { applicationId: null, score: 0, decision: "none", reasons: ["no applications to match"] };

  const threadApp = email?.threadId ? opts.threads?.[email.threadId] : undefined;
  if (threadApp && apps.some((a) => a.id === threadApp)) {
    return {
      applicationId: threadApp,
      score: 1,
      decision: "link",
      reasons: ["same conversation as an email already linked"],
    };
  }

  const sender = parseFrom(email?.from);
  const senderDomain = sender.host ? (getDomain(sender.host) ?? undefined) : undefined;
  const senderService = hostKind(sender.host);
  const subject = normalise(asText(email?.subject, MAX_SUBJECT));
  const fullBody = normalise(stripHtml(asText(email?.body, MAX_BODY)));
  const body = newPart(fullBody).slice(0, 8000);
  const urls = extractUrls(fullBody, 80);
  const refs = urls.map(jobRef).filter((r) => r !== undefined);
  const linkDomains = new Set(urls.map((u) => getDomain(u) ?? "").filter((d) => d && !hostKind(d)));
  const textIds = new Set(
    [
      ...`${subject}\n${body}`.matchAll(
        /\b(?:job|req(?:uisition)?|posting|vacancy|ref(?:erence)?|position)\s*(?:id|no\.?|number|#|code)?\s*[:#]?\s*([A-Z]{0,4}-?\d[\w-]{2,})/gi,
      ),
    ].map((m) => (m[1] ?? "").toLowerCase()),
  );
  const senderLocal = sender.address.split("@")[0] ?? "";

  const scored: Scored[] = apps.map((app) => {
    let score = 0;
    const reasons: string[] = [];
    const add = (w: number, why: string) => {
      score += w;
      reasons.push(why);
    };
    // Registrable, never a service's: rows saved before domains were reduced on write included.
    const domains = companyDomains(app.companyDomains);
    const appRef = app.url ? jobRef(app.url) : undefined;
    const posting = (app.postingId ?? appRef?.jobId ?? "").toLowerCase();

    // Posting id: in a link, or written out ("Job ID: R-1234").
    if (posting.length >= 3 && refs.some((r) => r.jobId === posting)) {
      add(0.75, `posting id ${app.postingId ?? posting} appears in a link`);
    } else if (posting.length >= 4 && textIds.has(posting)) {
      add(0.6, `posting id ${app.postingId ?? posting} is quoted in the email`);
    } else if (appRef?.slug && refs.some((r) => r.ats === appRef.ats && r.slug === appRef.slug)) {
      add(0.25, `links to ${app.company}'s ${appRef.ats} job board`);
    }

    // Sender domain: only the company's own domain counts, never an ATS or free-mail domain.
    let companyHit = false;
    if (senderDomain && !senderService && domains.includes(senderDomain)) {
      add(0.5, `sent from ${senderDomain}, ${app.company}'s domain`);
      companyHit = true;
    } else if (domains.some((d) => linkDomains.has(d))) {
      add(0.15, `links to ${app.company}'s website`);
    }

    // Company name: sender name, subject, body, or an ATS sender address ("acme@myworkday.com").
    const where: string[] = [];
    if (app.company) {
      if (mentions(sender.name, app.company, sender.name)) where.push("sender name");
      if (mentions(subject, app.company, subject)) where.push("subject");
      if (mentions(body, app.company, body)) where.push("body");
      const slug = normName(app.company).replace(/ /g, "");
      if (
        senderService === "ats" &&
        slug.length >= 4 &&
        `${senderLocal}.${sender.host}`.replace(/[^a-z0-9]/g, "").includes(slug)
      ) {
        where.push("sender address");
      }
    }
    if (where.length > 0) {
      const first = where[0] === "body" ? 0.25 : 0.4;
      add(first + 0.08 * (where.length - 1), `company '${app.company}' named in the ${where.join(", ")}`);
      companyHit = true;
    }

    // Role title.
    if (app.title) {
      const inSubject = titleCoverage(app.title, subject);
      const inBody = titleCoverage(app.title, body.slice(0, 4000));
      const cov = Math.max(inSubject, inBody * 0.9);
      if (cov >= 0.5)
        add(
          0.3 * cov,
          `role '${app.title}' ${cov >= 0.99 ? "named" : "partly named"} in the ${inSubject >= inBody * 0.9 ? "subject" : "body"}`,
        );
    }

    // Recency: recent activity makes a reply more likely; archived applications rarely get mail.
    const age = now - (app.lastActivityAt ?? app.updatedAt ?? app.createdAt ?? 0);
    if (Number.isFinite(age) && age >= 0 && age < 120 * DAY) {
      const w = 0.08 * (1 - age / (120 * DAY));
      if (w > 0.01) add(w, "recent activity on this application");
    }
    if (app.archived === 1) add(-0.15, "application is archived");
    return { app, score, companyHit, reasons };
  });

  // The only live application at a named company is very likely the one.
  const companies = new Map<string, number>();
  for (const s of scored)
    if (s.companyHit && s.app.archived !== 1)
      companies.set(normName(s.app.company), (companies.get(normName(s.app.company)) ?? 0) + 1);
  for (const s of scored) {
    if (s.companyHit && s.app.archived !== 1 && companies.get(normName(s.app.company)) === 1) {
      s.score += 0.15;
      s.reasons.push(`the only application at ${s.app.company}`);
    }
  }
  if (senderService === "free") {
    for (const s of scored)
      s.reasons.push("sent from a personal mail address, which says nothing about the company");
  }

  scored.sort((a, b) => b.score - a.score || (a.app.id < b.app.id ? -1 : 1));
  const best = scored[0];
  if (!best) return { applicationId: null, score: 0, decision: "none", reasons: [] };
  const score = Math.round(Math.max(0, Math.min(1, best.score)) * 1000) / 1000;
  const second = scored[1]?.score ?? 0;
  if (score >= LINK_THRESHOLD && best.score - second >= MARGIN) {
    return { applicationId: best.app.id, score, decision: "link", reasons: best.reasons };
  }
  if (score >= REVIEW_MATCH_THRESHOLD) {
    const reasons = [...best.reasons];
    if (best.score - second < MARGIN)
      reasons.push(`'${scored[1]?.app.title}' at ${scored[1]?.app.company} fits almost as well`);
    return { applicationId: best.app.id, score, decision: "review", reasons };
  }
  return {
    applicationId: null,
    score,
    decision: "none",
    reasons: best.reasons.length ? best.reasons : ["nothing ties this email to an application"],
  };
}
