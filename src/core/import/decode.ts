// Bytes → text. Spreadsheet programs save CSV as UTF-8 (with or without a byte order mark), UTF-16
// ("Unicode text" in Excel) or Windows-1252/Latin-1 (older Excel on Windows). The BOM decides when
// there is one; otherwise UTF-16 shows as NUL bytes, and text that is not valid UTF-8 is Windows-1252.

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

export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const sample = bytes.subarray(0, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? oddNul++ : evenNul++;
  if (oddNul > sample.length / 4) return "utf-16le";
  if (evenNul > sample.length / 4) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/** Bytes no text file holds (NUL, and controls other than tab, line ends and form feed). */
function hasControlBytes(bytes: Uint8Array): boolean {
  return bytes.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d);
}

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new NotTextError(
      "This is a spreadsheet workbook (.xlsx or .numbers), not a CSV file. Save it as “CSV UTF-8” in your spreadsheet program, then import that file.",
    );
  }
  const encoding = detectEncoding(bytes);
  // TextDecoder drops the BOM itself.
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding === "windows-1252" && hasControlBytes(bytes.subarray(0, 4096))) {
    throw new NotTextError("This file is not text: choose the CSV file your tracker exported.");
  }
  return { text, encoding };
}
