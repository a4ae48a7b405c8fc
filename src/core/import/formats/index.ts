// Every export format Debrief reads, in the order they are tried: the first whose header row it
// recognises reads the file; the generic mapping takes anything else.
import type { Importer, ImportFormat } from "../types";
import { debrief } from "./debrief";
import { generic } from "./generic";
import { huntr } from "./huntr";
import { linkedinApplications } from "./linkedin-applications";
import { linkedinSaved } from "./linkedin-saved";
import { simplify } from "./simplify";
import { tealEvents } from "./teal-events";
import { tealRoles } from "./teal-roles";

export const IMPORTERS: readonly Importer[] = [
  debrief,
  huntr,
  tealRoles,
  tealEvents,
  simplify,
  linkedinApplications,
  linkedinSaved,
  generic,
];

export function detectImporter(headers: readonly string[]): Importer {
  return IMPORTERS.find((i) => i.detect(headers)) ?? generic;
}

export function importerFor(format: ImportFormat): Importer {
  return IMPORTERS.find((i) => i.format === format) ?? generic;
}

export { NotATrackerError, readGeneric, readingGeneric } from "./generic";
