// Every provider's reader, one file each, listed here.
import { gmailReader } from "./gmail";
import { outlookReader } from "./outlook";
import type { Reader } from "./reader";

export const READERS: readonly Reader[] = [gmailReader, outlookReader];

export function readerFor(hostname: string): Reader | undefined {
  return READERS.find((r) => r.hosts.includes(hostname));
}
