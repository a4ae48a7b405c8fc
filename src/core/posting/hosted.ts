// ATSs that serve their career sites on the employer's own domain (career.acme.com), so no URL names
// them: they are recognised by their markup instead. Runs only where no board adapter claims the URL.
//
// Teamtailor: assets from teamtailor-cdn.com; a job lives at /jobs/<id>-<slug> (its form at
// …/applications/new), and its cover block shows "Department · Location(s) · Remote status" above the
// <h1> ("Business Enablement · Stockholm (HQ)"). Captures without the CDN's assets (scripts removed) still
// carry its Stimulus controllers (data-controller="careersite--form") and the "Powered by Teamtailor" link.
//
// Personio: the employer's board lives at <account>.jobs.personio.de (or .com), one job at /job/<id>, its
// form at /job/<id>/apply; the URL alone says it is one job.
//
// Breezy HR: the same on <account>.breezy.hr, one position at /p/<id>-<slug> (its form at …/apply).
import { query, queryAll, textOf } from "./dom";
import type { Draft } from "./model";
import { clean, LIMITS, remoteFromText } from "./text";

const TEAMTAILOR_ASSET =
  'link[href*=".teamtailor-cdn.com/"], script[src*=".teamtailor-cdn.com/"], img[src*=".teamtailor-cdn.com/"], meta[content*=".teamtailor-cdn.com/"]';
const TEAMTAILOR_MARKUP =
  '[data-controller^="careersite--"], [data-controller*=" careersite--"], a[href*="teamtailor.com/?utm_campaign=poweredby"]';

// Optionally under a language prefix (/sv/jobs/…).
const TEAMTAILOR_JOB = /^(?:\/[a-z]{2}(?:-[a-z]{2})?)?\/jobs\/\d+(?:-[^/]*)?(?:\/applications\/new)?\/?$/i;

/** A Teamtailor job page (or its application form): Teamtailor's assets and its job URL. */
export function isTeamtailorJob(doc: Document, url: URL): boolean {
  return (
    TEAMTAILOR_JOB.test(url.pathname) && !!(query(doc, TEAMTAILOR_ASSET) ?? query(doc, TEAMTAILOR_MARKUP))
  );
}

const PERSONIO_HOST = /^[a-z0-9-]+\.jobs\.personio\.(de|com)$/i;
const PERSONIO_JOB = /^\/job\/\d+(?:\/apply)?\/?$/;

/** A Personio job page or its application form, by its URL. */
export function isPersonioJob(url: URL): boolean {
  return PERSONIO_HOST.test(url.hostname) && PERSONIO_JOB.test(url.pathname);
}

const BREEZY_HOST = /^[a-z0-9-]+\.breezy\.hr$/i;
const BREEZY_JOB = /^\/p\/[0-9a-f]{8,}(?:-[^/]*)?(?:\/apply)?\/?$/i;

/** A Breezy HR position page or its application form, by its URL. */
export function isBreezyJob(url: URL): boolean {
  return BREEZY_HOST.test(url.hostname) && BREEZY_JOB.test(url.pathname);
}

/**
 * The parts of the line above the cover's heading, split on its "·" separators. Teamtailor writes the
 * department first when the job has one, then the place(s), then the remote status.
 */
export function teamtailorCoverLine(doc: Document): string[] {
  const heading = query(doc, ".block-cover h1");
  const line = heading?.previousElementSibling;
  const text = textOf(line, 400);
  if (!text.includes("·")) return text ? [text] : [];
  return text
    .split("·")
    .map((p) => clean(p, LIMITS.location))
    .filter(Boolean);
}

function fromTeamtailor(doc: Document): Draft {
  const d: Draft = {};
  const parts: string[] = [];
  for (const part of teamtailorCoverLine(doc)) {
    // "Hybrid remote", "Fully remote": the remote status, not a place.
    const remote = /^(fully|hybrid|temporarily)\s+remote$|^(remote|on-?site|hybrid)$/i.test(part)
      ? remoteFromText(part)
      : undefined;
    if (remote !== undefined) d.remote ??= remote;
    else parts.push(part);
  }
  // With a department in front, the places follow it.
  const places = parts.length > 1 ? parts.slice(1) : parts;
  if (places.length) d.locations = places.slice(0, LIMITS.locations);
  const title = textOf(query(doc, ".block-cover h1"), LIMITS.title);
  if (title) d.title = title;
  return d;
}

/** What a recognised hosted ATS job page says, or undefined when the page is no known ATS's job. */
export function fromHostedAts(doc: Document, url: URL): { id: string; draft: Draft } | undefined {
  if (isTeamtailorJob(doc, url) && queryAll(doc, ".block-cover h1", 2).length === 1) {
    return { id: "teamtailor", draft: fromTeamtailor(doc) };
  }
  return undefined;
}

/** The page is one job of a recognised hosted ATS (it is offered even without posting-like text). */
export function isHostedJob(doc: Document, url: URL): boolean {
  return isPersonioJob(url) || isBreezyJob(url) || isTeamtailorJob(doc, url);
}
