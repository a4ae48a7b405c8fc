// Deterministic fuzzing helpers: a seeded PRNG (mulberry32), random strings that favour the inputs
// parsers trip over (control characters, lone surrogates, RTL marks, long runs, markup), and
// mutators that damage a real input (a recorded page, a backup) a little at a time.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type Rng = () => number;

export function rng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (r: Rng, max: number) => Math.floor(r() * max);
export const pick = <T>(r: Rng, list: readonly T[]): T => list[int(r, list.length)]!;

export const HOSTILE: readonly string[] = (
  JSON.parse(readFileSync(join(import.meta.dirname, "../../fixtures/hostile/payloads.json"), "utf8")) as {
    payloads: { text: string }[];
  }
).payloads.map((p) => p.text);

const ATOMS = [
  "\u0000",
  "\u0007",
  "\ud800",
  "\udfff",
  "\u202e",
  "\u200b",
  "\ufeff",
  "\r\n",
  "\t",
  "<",
  ">",
  "&",
  "&amp;",
  "&#x0;",
  '"',
  "'",
  "`",
  "\\",
  "{",
  "}",
  "[",
  "]",
  ",",
  ":",
  "@",
  "=",
  "+",
  "-",
  "/",
  "?",
  "#",
  "%",
  "%00",
  "null",
  "undefined",
  "NaN",
  "1e309",
  "-0",
  "9".repeat(40),
  "é",
  "日本語",
  "🙂",
  "\u0301",
  "interview",
  "offer",
  "unfortunately",
  "application",
  "http://",
  "https://x.example/jobs/view/123",
  "javascript:",
  "<script>",
  "</script>",
  "<!--",
  "-->",
  "<![CDATA[",
  '<script type="application/ld+json">',
  '{"@type":"JobPosting"',
  "__proto__",
  "constructor",
];

/** A random string of atoms, plain characters and now and then a long run. */
export function randomText(r: Rng, maxParts = 40): string {
  const parts: string[] = [];
  const n = int(r, maxParts);
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (roll < 0.45) parts.push(pick(r, ATOMS));
    else if (roll < 0.85) parts.push(String.fromCharCode(32 + int(r, 95)));
    else if (roll < 0.95) parts.push(String.fromCharCode(int(r, 0x10000)));
    else if (roll < 0.98) parts.push(pick(r, HOSTILE));
    else parts.push(pick(r, ATOMS).repeat(1 + int(r, 500)));
  }
  return parts.join("");
}

/** A random value of any JSON-ish shape, for APIs typed to take objects but fed anything. */
export function randomValue(r: Rng, depth = 0): unknown {
  const roll = int(r, depth > 2 ? 6 : 9);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return r() < 0.5;
    case 3:
      return pick(r, [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -(2 ** 31), 1e308]);
    case 4:
    case 5:
      return randomText(r);
    case 6:
      return Array.from({ length: int(r, 5) }, () => randomValue(r, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = int(r, 6); i > 0; i--)
        o[r() < 0.5 ? randomText(r, 3) : pick(r, ATOMS)] = randomValue(r, depth + 1);
      return o;
    }
  }
}

/** Damages a text a few times: cut, duplicate, insert noise or a payload, swap a character. */
export function mutate(r: Rng, text: string, times = 1 + int(r, 6)): string {
  let s = text;
  for (let i = 0; i < times; i++) {
    const at = int(r, s.length + 1);
    const len = int(r, Math.min(400, s.length - at + 1));
    switch (int(r, 7)) {
      case 0:
        s = s.slice(0, at) + s.slice(at + len);
        break;
      case 1:
        s = s.slice(0, at) + s.slice(at, at + len).repeat(1 + int(r, 4)) + s.slice(at);
        break;
      case 2:
        s = s.slice(0, at) + randomText(r, 10) + s.slice(at);
        break;
      case 3:
        s = s.slice(0, at) + pick(r, HOSTILE) + s.slice(at);
        break;
      case 4:
        s = s.slice(0, at);
        break;
      case 5:
        s = s.slice(0, at) + pick(r, ATOMS) + s.slice(at + 1);
        break;
      default: {
        // Move a block elsewhere: tags end up unbalanced, JSON loses its shape.
        const block = s.slice(at, at + len);
        const rest = s.slice(0, at) + s.slice(at + len);
        const to = int(r, rest.length + 1);
        s = rest.slice(0, to) + block + rest.slice(to);
      }
    }
  }
  return s;
}

/** About `bytes` of text built from `unit`, for the 10 MB cases. */
export const big = (unit: string, bytes = 10 * 1024 * 1024) => unit.repeat(Math.ceil(bytes / unit.length));
