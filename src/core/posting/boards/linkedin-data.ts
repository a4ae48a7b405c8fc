// LinkedIn's signed-in pages carry their data as JSON in hidden <code id="bpr-guid-…"> blocks before any
// script renders it. A page read before it is rendered (or saved as served) has no top card, but the
// open job's "JobPostingCard" in that data still names the title, the employer and the place.
import { queryAll } from "../dom";
import type { Draft } from "../model";
import { clean, LIMITS } from "../text";
import { cardDraft } from "./card";

const MAX_BLOCKS = 60;
const MAX_BLOCK_CHARS = 2_000_000;

interface TextView {
  text?: unknown;
}

function textIn(v: unknown, max: number): string {
  return v && typeof v === "object" ? clean((v as TextView).text, max) : "";
}

function cardFields(o: Record<string, unknown>): Draft {
  return cardDraft(
    clean(o.jobPostingTitle, LIMITS.title) || textIn(o.title, LIMITS.title),
    textIn(o.primaryDescription, LIMITS.company),
    textIn(o.secondaryDescription, LIMITS.location),
  );
}

/** Title, employer and place of job `id` from the page's embedded data; {} when it holds none. */
export function fromEmbeddedData(doc: Document, id: string): Draft {
  if (!/^\d{6,}$/.test(id)) return {};
  const marker = `(${id},`;
  let best: Draft = {};
  for (const block of queryAll(doc, 'code[id^="bpr-guid-"]', MAX_BLOCKS)) {
    const raw = block.textContent ?? "";
    if (raw.length > MAX_BLOCK_CHARS || !raw.includes(marker)) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue; // a truncated block: the others may still hold the card
    }
    const included = (data as { included?: unknown }).included;
    if (!Array.isArray(included)) continue;
    for (const o of included.slice(0, 5000) as Record<string, unknown>[]) {
      if (!o || typeof o !== "object") continue;
      if (!String(o.$type ?? "").endsWith("JobPostingCard")) continue;
      if (!String(o.entityUrn ?? "").includes(marker)) continue;
      const d = cardFields(o);
      // Several cards name the same job (search list, details): the fullest one wins.
      if (Object.keys(d).length > Object.keys(best).length) best = d;
    }
  }
  return best;
}
