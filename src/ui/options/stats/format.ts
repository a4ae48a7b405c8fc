// Numbers as a user reads them.
export const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

export function days(value: number | null): string {
  if (value === null) return "—";
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${rounded} ${rounded === 1 ? "day" : "days"}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
