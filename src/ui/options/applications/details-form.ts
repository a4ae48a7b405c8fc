// The details form's state and its validation, kept pure: the form's text fields in, the
// application's typed changes (or the errors to show) out.
import type { Application, Contact, SalaryPeriod } from "../../../core/types";
import type { ApplicationChanges } from "../../../db/applications";
import { safeHttpUrl } from "./format";

export interface DetailsDraft {
  company: string;
  title: string;
  url: string;
  location: string;
  salaryMin: string;
  salaryMax: string;
  currency: string;
  period: SalaryPeriod | "";
  contacts: { name: string; role: string; email: string }[];
  notes: string;
  tags: string;
}

export function draftOf(app: Application): DetailsDraft {
  return {
    company: app.company,
    title: app.title,
    url: app.url ?? "",
    location: app.location ?? "",
    salaryMin: app.salary?.min?.toString() ?? "",
    salaryMax: app.salary?.max?.toString() ?? "",
    currency: app.salary?.currency ?? "",
    period: app.salary?.period ?? "",
    contacts: (app.contacts ?? []).map((c) => ({ name: c.name, role: c.role ?? "", email: c.email ?? "" })),
    notes: app.notes ?? "",
    tags: (app.tags ?? []).join(", "),
  };
}

export type DraftResult =
  | { ok: true; changes: ApplicationChanges }
  | { ok: false; errors: Record<string, string> };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function amount(text: string): number | undefined | null {
  const t = text.replace(/[\s,]/g, "");
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

export function validateDraft(d: DetailsDraft): DraftResult {
  const errors: Record<string, string> = {};
  const company = d.company.trim();
  const title = d.title.trim();
  if (!company && !title) errors.company = "Give a company or a role.";
  const url = d.url.trim();
  if (url && !safeHttpUrl(url))
    errors.url = "The link must be a web address starting with http:// or https://.";
  const min = amount(d.salaryMin);
  const max = amount(d.salaryMax);
  if (min === null) errors.salaryMin = "Enter a number, like 55000.";
  if (max === null) errors.salaryMax = "Enter a number, like 65000.";
  if (typeof min === "number" && typeof max === "number" && min > max) {
    errors.salaryMax = "The maximum is below the minimum.";
  }
  const contacts: Contact[] = [];
  d.contacts.forEach((c, i) => {
    const name = c.name.trim();
    const email = c.email.trim();
    if (!name && !email && !c.role.trim()) return; // an empty row is just left out
    if (email && !EMAIL.test(email)) errors[`contact-${i}`] = "That email address does not look right.";
    const contact: Contact = { name: name || email };
    if (c.role.trim()) contact.role = c.role.trim();
    if (email) contact.email = email;
    contacts.push(contact);
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const changes: ApplicationChanges = {
    company,
    title,
    url: url ? safeHttpUrl(url)! : undefined,
    location: d.location.trim() || undefined,
    notes: d.notes.trim() || undefined,
    tags: [
      ...new Set(
        d.tags
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ],
    contacts,
    salary: undefined,
  };
  if (min !== undefined || max !== undefined) {
    changes.salary = {};
    if (typeof min === "number") changes.salary.min = min;
    if (typeof max === "number") changes.salary.max = max;
    if (d.currency.trim()) changes.salary.currency = d.currency.trim().toUpperCase();
    if (d.period) changes.salary.period = d.period;
  }
  return { ok: true, changes };
}
