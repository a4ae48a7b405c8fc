// What an email tells us besides its category: who, which role, when, and which links matter.
import type { EmailCategory } from "../types";
import { findDates, nextWeekday, toRefDate } from "./dates";
import { hostKind } from "./domains";
import type { Prepared } from "./prepare";
import { extractUrls, urlHost } from "./text";

export interface EmailLink {
  kind: "scheduling" | "assessment" | "other";
  url: string;
}

export interface EmailHints {
  company?: string;
  role?: string;
  /** Interview date and time as written, and as wall-clock "YYYY-MM-DDTHH:mm" (zone unknown). */
  interviewAt?: { text: string; local: string };
  /** A decision or reply date the sender stated, as "YYYY-MM-DD". */
  decisionBy?: { text: string; local: string };
  links: EmailLink[];
}

const NAME = "([A-Z0-9][\\w&.'-]*(?: (?:&|and|of|de|the|[A-Z0-9][\\w&.'-]*)){0,4})";
const TEAM_SUFFIX =
  /\s*(?:[-|,@]\s*)?\b(hiring team|recruiting( team)?|recruitment( team)?|careers?|talent( acquisition)?( team)?|human resources|hr( team)?|people( team| ops| operations)?|jobs|notifications?|no-?reply|team)$/i;
const SERVICE_NAMES =
  /^(linkedin|indeed|glassdoor|workday|greenhouse|lever|icims|taleo|smartrecruiters|ashby|workable|jobvite|bamboohr|successfactors|ziprecruiter|monster|seek|reed|totaljobs|naukri|hirevue|hackerrank|codility|calendly|no-?reply|notifications?|careers?|recruiting|recruitment|talent acquisition|hiring team|jobs)$/i;

function clean(name: string | undefined): string | undefined {
  const n = name
    ?.replace(/\s+/g, " ")
    .replace(/[.,;:!]+$/, "")
    .trim();
  if (!n || n.length < 2 || n.length > 60 || SERVICE_NAMES.test(n)) return undefined;
  if (/^(the|our|this|your|a|an|we|you|i|it|us|team|position|role|job|company)$/i.test(n)) return undefined;
  return n;
}

/** "applying to Acme", "interest in joining Acme", "role at Acme", "on behalf of Acme", "offer from Acme". */
const COMPANY_PATTERNS = [
  new RegExp(`\\b(?:applying|applied|application|apply) (?:to|with|at) ${NAME}`),
  new RegExp(`\\b(?:interest in|interested in) (?:joining |working (?:at|for|with) )?${NAME}`),
  new RegExp(
    `\\b(?:position|role|opportunity|opening|vacancy|job|career|team|here|interview) (?:at|with) ${NAME}`,
  ),
  new RegExp(`\\bon behalf of ${NAME}`),
  new RegExp(`\\b(?:offer|welcome) (?:from|to) ${NAME}`),
];

function companyOf(p: Prepared): string | undefined {
  const { sender, senderKind, subject, body } = p;
  const display = sender.name.replace(
    /\s+(via|@|at|from|on behalf of)\s+(greenhouse|lever|workday|icims|smartrecruiters|ashby|workable|jobvite|bamboohr)$/i,
    "",
  );
  const fromCo = /\b(?:from|at|@)\s+([A-Z][\w&.' -]{1,40})$/.exec(display)?.[1];
  if (fromCo) return clean(fromCo.replace(TEAM_SUFFIX, ""));
  if (TEAM_SUFFIX.test(display)) {
    const c = clean(display.replace(TEAM_SUFFIX, ""));
    if (c) return c;
  }
  for (const text of [subject, body.slice(0, 3000)]) {
    for (const re of COMPANY_PATTERNS) {
      const c = clean(re.exec(text)?.[1]);
      if (c && !/^(the|a|an|our)\b/i.test(c)) return c;
    }
  }
  const local = sender.address.split("@")[0] ?? "";
  if (/myworkday\.com$/.test(sender.host) && local && !/^(no-?reply|donotreply)/.test(local))
    return titleCase(local);
  if (senderKind === undefined && sender.host) {
    const labels = sender.host
      .split(".")
      .filter(
        (l) =>
          !/^(mail|email|e|careers?|jobs|hr|talent|recruiting|notifications?|news|info|m|us|uk|co|com|org|net|gov|edu|ac|au|in|io)$/.test(
            l,
          ),
      );
    const label = labels[labels.length - 1];
    if (label && label.length > 1) return titleCase(label);
  }
  return clean(display && senderKind && senderKind !== "free" ? display.replace(TEAM_SUFFIX, "") : undefined);
}

function titleCase(s: string): string {
  return s.replace(/[-_]+/g, " ").replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

const ROLE_WORD = "[A-Z][\\w/&+#().'-]*";
const ROLE = `(${ROLE_WORD}(?: (?:${ROLE_WORD}|of|and|&|in|for|to|the|-|–|I{1,3}|\\d+)){0,8})`;
const ROLE_PATTERNS = [
  /\b(?:job title|position|role|vacancy|job|post)\s*:\s*([^\n]{3,80})/i,
  new RegExp(
    `\\b(?:for|as|of|to) (?:the|a|an|our) (?:position of |role of )?${ROLE} (?:position|role|opening|vacancy|job|post|opportunity)\\b`,
  ),
  new RegExp(`\\b(?:for|as) (?:the )?(?:position|role|post) (?:of )?${ROLE}`),
  new RegExp(
    `\\b(?:application|applying|applied) (?:for|to) (?:the )?${ROLE}(?: (?:at|with|position|role)\\b|[,.(\\n])`,
  ),
];

function roleOf(p: Prepared): string | undefined {
  for (const text of [p.subject, p.body.slice(0, 3000)]) {
    for (const re of ROLE_PATTERNS) {
      const m = re
        .exec(text)?.[1]
        ?.replace(/\s*\(.*$/, "")
        .replace(/\s+(at|with|in|-|–)\s+.*$/, "")
        .trim();
      if (m && m.length >= 3 && m.length <= 80 && !/^(the|a|an|this|our|your|position|role)$/i.test(m))
        return m;
    }
  }
  const subj = /^(?:re:\s*)?(?:[^:]{0,30}:\s*)?(.{3,80}?)\s+(?:at|@|-|–|\|)\s+/i.exec(p.subject)?.[1];
  if (subj && /^[A-Z]/.test(subj) && !/\b(application|interview|thank|your|update|invitation)\b/i.test(subj))
    return subj;
  return undefined;
}

const DAY_FIRST_HOSTS = /\.(uk|au|in|nz|ie|za|sg)$/;

function linksOf(p: Prepared): EmailLink[] {
  const out: EmailLink[] = [];
  const seen = new Set<string>();
  for (const url of extractUrls(p.fullBody, 80)) {
    if (seen.has(url)) continue;
    seen.add(url);
    const host = urlHost(url);
    const kind = hostKind(host);
    const path = url.slice(url.indexOf(host) + host.length).toLowerCase();
    if (/unsubscribe|optout|opt-out|preferences|privacy|\.(png|jpe?g|gif)\b/.test(path)) continue;
    if (kind === "scheduling" || /\/(schedul|book|availability|calendar)/.test(path))
      out.push({ kind: "scheduling", url });
    else if (kind === "assessment" || /\/(assessment|test|challenge)s?\b/.test(path))
      out.push({ kind: "assessment", url });
    else if (kind === "ats" || kind === "board" || kind === "screening") out.push({ kind: "other", url });
    if (out.length >= 10) break;
  }
  return out;
}

export function extractHints(
  p: Prepared,
  category: EmailCategory,
  date: string | number | undefined,
  timeZone = "UTC",
): EmailHints {
  const hints: EmailHints = { links: linksOf(p) };
  const company = companyOf(p);
  if (company) hints.company = company;
  const role = roleOf(p);
  if (role) hints.role = role;
  const ref = toRefDate(date);
  const dayFirst = DAY_FIRST_HOSTS.test(p.sender.host);
  const text = `${p.subject}\n${p.body.slice(0, 6000)}`;
  if (category === "interview") {
    const withTime = findDates(text, ref, dayFirst, timeZone).find((d) => d.hasTime);
    if (withTime) hints.interviewAt = { text: withTime.text, local: withTime.local };
  }
  const decision =
    /\b(?:decision|decide|hear back|hear from us|get back to you|update you|be in touch|let you know|respond|an answer|feedback)\b[^.\n]{0,60}?\b(?:by|before|on|no later than|until)\s+/i.exec(
      text,
    );
  if (decision) {
    const rest = text.slice(decision.index + decision[0].length, decision.index + decision[0].length + 60);
    const found = findDates(rest, ref, dayFirst, timeZone).find((d) => d.index === 0 || d.index < 6);
    const wd = /^(?:this |next )?(mon|tues|wednes|thurs|fri|satur|sun)day\b/i.exec(rest);
    if (found) hints.decisionBy = { text: found.text, local: found.local.slice(0, 10) };
    else if (wd?.[1]) {
      const local = nextWeekday(wd[1], ref, timeZone);
      if (local) hints.decisionBy = { text: wd[0], local };
    }
  }
  return hints;
}
