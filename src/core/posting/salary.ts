// Salary from schema.org MonetaryAmount and from the pay text boards print ("$120K – $150K a year").
import type { Salary, SalaryPeriod } from "../types";

const PERIODS: ReadonlyArray<[RegExp, SalaryPeriod]> = [
  [/\b(hour|hr|hourly|h)\b/i, "hour"],
  [/\b(day|daily)\b/i, "day"],
  [/\b(week|wk|weekly)\b/i, "week"],
  [/\b(month|mo|monthly)\b/i, "month"],
  [/\b(year|yr|annual|annually|yearly|annum|pa)\b/i, "year"],
];

/** "HOUR", "per hour", "/yr" → a period. */
export function parsePeriod(value: unknown): SalaryPeriod | undefined {
  if (typeof value !== "string") return undefined;
  const s = value.slice(0, 200);
  for (const [re, period] of PERIODS) if (re.test(s)) return period;
  return undefined;
}

const SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:CA|C)\$/, "CAD"],
  [/\b(?:AU|A)\$/, "AUD"],
  [/\bNZ\$/, "NZD"],
  [/\bS\$/, "SGD"],
  [/\$/, "USD"],
  [/£/, "GBP"],
  [/€/, "EUR"],
  [/₹/, "INR"],
  [/¥/, "JPY"],
];
const CODE = /\b(USD|CAD|AUD|NZD|GBP|EUR|CHF|INR|JPY|SGD|SEK|NOK|DKK|PLN|MXN|BRL|ZAR)\b/;

function currencyOf(s: string): string | undefined {
  const code = CODE.exec(s);
  if (code) return code[1];
  for (const [re, cur] of SYMBOLS) if (re.test(s)) return cur;
  return undefined;
}

/** Reads a pay range from free text. Requires a currency sign/code so "401k" or "5 years" are not pay. */
export function parseSalaryText(value: unknown): Salary | undefined {
  if (typeof value !== "string") return undefined;
  const s = value.slice(0, 300).replace(/\u00a0/g, " ");
  const currency = currencyOf(s);
  if (!currency) return undefined;
  const amounts: number[] = [];
  const re = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*([kKmM])?(?![\w])/g;
  for (let m = re.exec(s); m && amounts.length < 2; m = re.exec(s)) {
    let n = Number(`${m[1]!.replace(/,/g, "")}.${m[2] ?? "0"}`);
    if (m[3] === "k" || m[3] === "K") n *= 1000;
    if (m[3] === "m" || m[3] === "M") n *= 1_000_000;
    if (n > 0) amounts.push(n);
  }
  if (amounts.length === 0) return undefined;
  // "$50K – 60K" and "$50 – $60K": a bare second number shares the first's magnitude.
  let [min, max] = [amounts[0]!, amounts[1] ?? amounts[0]!];
  if (max < min) [min, max] = [max, min];
  let period = parsePeriod(s.replace(/\d[\d,.]*\s*[kKmM]?/g, " "));
  if (!period && /\d\s*[kK]\b/.test(s)) period = "year";
  const out: Salary = { min, max, currency };
  if (period) out.period = period;
  return out;
}

function num(v: unknown): number | undefined {
  const n = typeof v === "number" ? v : typeof v === "string" ? Number(v.replace(/[,\s]/g, "")) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** schema.org MonetaryAmount (or MonetaryAmountDistribution), value as number or QuantitativeValue. */
export function salaryFromJsonLd(value: unknown): Salary | undefined {
  const amount = Array.isArray(value) ? value[0] : value;
  if (typeof amount === "number" || typeof amount === "string") {
    return (
      parseSalaryText(String(amount)) ?? (num(amount) ? { min: num(amount), max: num(amount) } : undefined)
    );
  }
  if (!amount || typeof amount !== "object") return undefined;
  const a = amount as Record<string, unknown>;
  const inner = a.value && typeof a.value === "object" ? (a.value as Record<string, unknown>) : undefined;
  const single = inner ? num(inner.value) : num(a.value);
  const min = num(inner?.minValue) ?? num(a.minValue) ?? num(a.percentile10) ?? single;
  const max = num(inner?.maxValue) ?? num(a.maxValue) ?? num(a.percentile90) ?? single ?? min;
  if (min === undefined && max === undefined) return undefined;
  const out: Salary = {};
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  const currency = typeof a.currency === "string" ? a.currency.trim().toUpperCase().slice(0, 3) : "";
  if (/^[A-Z]{3}$/.test(currency)) out.currency = currency;
  const period = parsePeriod(inner?.unitText) ?? parsePeriod(a.unitText) ?? parsePeriod(a.duration);
  if (period) out.period = period;
  return out;
}
