// ATSs that serve their career sites on the employer's own domain (career.acme.com), so no URL names
// them: they are recognised by their markup instead. Runs only where no board adapter claims the URL.
//
// Teamtailor: assets from teamtailor-cdn.com; the job's cover block shows
// "Department · Location(s) · Remote status" above its <h1> ("Business Enablement · Stockholm (HQ)").
import { query, queryAll, textOf } from "./dom";
import type { Draft } from "./model";
import { clean, LIMITS, remoteFromText } from "./text";

const TEAMTAILOR_ASSET =
  'link[href*=".teamtailor-cdn.com/"], script[src*=".teamtailor-cdn.com/"], img[src*=".teamtailor-cdn.com/"], meta[content*=".teamtailor-cdn.com/"]';

export function isTeamtailor(doc: Document): boolean {
  return !!query(doc, TEAMTAILOR_ASSET);
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

/** What a recognised hosted ATS page says, or undefined when the page is no known ATS's. */
export function fromHostedAts(doc: Document): { id: string; draft: Draft } | undefined {
  if (isTeamtailor(doc) && queryAll(doc, ".block-cover h1", 2).length === 1) {
    return { id: "teamtailor", draft: fromTeamtailor(doc) };
  }
  return undefined;
}
