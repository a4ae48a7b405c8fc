// What a job page's labelled lines say, word by word, in the languages career sites use: which labels
// name the place or the work arrangement ("Standort", "Lieu de travail", "Télétravail (2j max)"), and
// what a value under an arrangement label means (yes/no, a share, remote/hybrid wording). The page walk
// that finds such lines is labelled.ts.
import { clean, remoteFromText } from "./text";

/** Labels naming where the job is (compared lower-case, without a trailing colon or bracket). */
export const PLACE = new Set([
  "location",
  "locations",
  "job location",
  "job locations",
  "work location",
  "work locations",
  "place of work",
  "office location",
  "lieu",
  "lieux",
  "lieu de travail",
  "localisation",
  "standort",
  "standorte",
  "arbeitsort",
  "einsatzort",
  "dienstort",
  "ubicación",
  "ubicaciones",
  "ubicacion",
  "luogo di lavoro",
  "sede di lavoro",
  "werklocatie",
  "locatie",
]);

/** Labels naming the arrangement; the value says yes/no, a share, or remote/hybrid/on-site wording. */
export const ARRANGEMENT = new Set([
  "remote",
  "remote work",
  "remote status",
  "remote policy",
  "workplace type",
  "work model",
  "working model",
  "work arrangement",
  "télétravail",
  "teletravail",
  "travail à distance",
  "mode de travail",
  "home office",
  "homeoffice",
  "home-office",
  "mobiles arbeiten",
  "remote-arbeit",
  "arbeitsmodell",
  "estado remoto",
  "modalidad",
  "teletrabajo",
  "lavoro da remoto",
  "smart working",
]);

// Labels whose yes means some days away from the office, not a fully remote job.
const PARTIAL_LABEL =
  /^(t[ée]l[ée]travail|home[- ]?office|mobiles arbeiten|teletrabajo|smart working|lavoro da remoto)$/;
const PARTIAL = /\d|partiel|partial|teilweise|parcial|hybrid|hybride|ibrido|max/i;
const YES = /^(yes|oui|ja|s[ií]|s[iì]|possible|m[öo]glich)\b/i;
const NO =
  /^(no|non|nein|none|aucun|keine?|not possible|nicht m[öo]glich|pas de t[ée]l[ée]travail)(?!\p{L})/iu;

export interface Label {
  kind: "place" | "arrangement";
  name: string;
  /** A bracketed part of the label ("(2j max/semaine)"): it qualifies a yes. */
  qualifier: string;
}

/** "Télétravail (2j max/semaine)" → the arrangement label with its qualifier; undefined for other text. */
export function readLabel(text: string): Label | undefined {
  const raw = clean(text, 80)
    .replace(/[\s:：*]+$/, "")
    .trim();
  const bracket = /\s*\(([^()]{1,40})\)\s*$/.exec(raw);
  // "The Location:", "Our location:": a label written as a phrase.
  const name = (bracket ? raw.slice(0, bracket.index) : raw)
    .toLowerCase()
    .normalize("NFC")
    .trim()
    .replace(/^(?:the|our)\s+/, "");
  const qualifier = bracket?.[1] ?? "";
  if (PLACE.has(name)) return { kind: "place", name, qualifier };
  if (ARRANGEMENT.has(name)) return { kind: "arrangement", name, qualifier };
  return undefined;
}

/** true: fully remote; false: on-site or hybrid; undefined: the value does not say. */
export function arrangementFrom(label: Label, value: string): boolean | undefined {
  const v = clean(value, 100);
  const worded = remoteFromText(v);
  if (worded !== undefined && !YES.test(v) && !NO.test(v)) return worded;
  const share = /^(\d{1,3})\s*%/.exec(v);
  if (share) return Number(share[1]) >= 100;
  if (NO.test(v)) return false;
  if (YES.test(v)) {
    if (PARTIAL.test(label.qualifier) || PARTIAL.test(v.replace(YES, ""))) return false;
    return !PARTIAL_LABEL.test(label.name);
  }
  return worded;
}
