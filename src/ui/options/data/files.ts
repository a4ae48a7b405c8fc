// Files in and out of an extension page, without the `downloads` permission: a Blob behind an
// <a download> to save, <input type=file> + file.text() to read.
import { dayKeyIn } from "../../../core/local-day";
import { userTimeZone } from "../../../shared/time-zone";

/** Larger files are refused before reading: a backup of years of searching is a few MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export class FileTooLargeError extends Error {}

function checkSize(file: File, maxBytes: number): void {
  if (file.size > maxBytes) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new FileTooLargeError(
      `${file.name} is ${mb(file.size)}; files over ${mb(maxBytes)} cannot be imported.`,
    );
  }
}

export async function readTextFile(file: File, maxBytes = MAX_IMPORT_BYTES): Promise<string> {
  checkSize(file, maxBytes);
  return file.text();
}

/** The file's bytes (the importer decides the encoding), refused before reading when too large. */
export async function readFileBytes(file: File, maxBytes = MAX_IMPORT_BYTES): Promise<Uint8Array> {
  checkSize(file, maxBytes);
  return new Uint8Array(await file.arrayBuffer());
}

/** "2025-03-04" in the user's own calendar, for file names. */
export function today(now = new Date()): string {
  return dayKeyIn(now.getTime(), userTimeZone());
}
