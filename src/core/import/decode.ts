// Bytes → text. Spreadsheet programs save CSV as UTF-8 (with or without a byte order mark), UTF-16
// ("Unicode text" in Excel) or Windows-1252/Latin-1 (older Excel on Windows). The BOM decides when
// there is one; otherwise UTF-16 shows as NUL bytes, and text that is not valid UTF-8 is Windows-1252.
import { runNow, type Steps } from "./slices";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export const ENCODING_LABEL: Record<TextEncodingName, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16 (big-endian)",
  "windows-1252": "Windows-1252 (Latin-1)",
};

/** A file that is not text at all, with what the user can do about it. */
export class NotTextError extends Error {
  override name = "NotTextError";
}

const hasBom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** What the BOM or the NUL bytes of the first 4 KB say; "utf-8" when they say nothing. */
function detectEncodingBySample(bytes: Uint8Array): TextEncodingName {
  if (hasBom(bytes)) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const sample = bytes.subarray(0, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? oddNul++ : evenNul++;
  if (oddNul > sample.length / 4) return "utf-16le";
  if (evenNul > sample.length / 4) return "utf-16be";
  return "utf-8";
}

/** Bytes no text file holds (NUL, and controls other than tab, line ends and form feed). */
function hasControlBytes(bytes: Uint8Array): boolean {
  return bytes.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d);
}

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  return runNow(decoding(bytes));
}

const CHUNK = 1 << 20;

/**
 * Decoding as steps of 1 MB (yields the bytes done), for the page to run in slices. UTF-8 is checked
 * as it is decoded; at the first byte that is not UTF-8 the file is decoded again as Windows-1252.
 */
export function* decoding(bytes: Uint8Array): Steps<{ text: string; encoding: TextEncodingName }> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new NotTextError(
      "This is a spreadsheet workbook (.xlsx or .numbers), not a CSV file. Save it as “CSV UTF-8” in your spreadsheet program, then import that file.",
    );
  }
  const guess = detectEncodingBySample(bytes);
  // With a BOM it is UTF-8 whatever follows (a stray byte becomes �, as a spreadsheet shows it).
  if (guess !== "utf-8" || hasBom(bytes)) return { text: yield* decodeAs(bytes, guess), encoding: guess };
  try {
    return { text: yield* decodeAs(bytes, "utf-8", true), encoding: "utf-8" };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
  if (hasControlBytes(bytes.subarray(0, 4096))) {
    throw new NotTextError("This file is not text: choose the CSV file your tracker exported.");
  }
  return { text: yield* decodeAs(bytes, "windows-1252"), encoding: "windows-1252" };
}

/** TextDecoder drops the BOM itself; `fatal` throws a TypeError at bytes not in the encoding. */
function* decodeAs(bytes: Uint8Array, encoding: TextEncodingName, fatal = false): Steps<string> {
  const decoder = new TextDecoder(encoding, { fatal });
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) {
    parts.push(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true }));
    yield Math.min(bytes.length, at + CHUNK);
  }
  parts.push(decoder.decode());
  return parts.join("");
}
