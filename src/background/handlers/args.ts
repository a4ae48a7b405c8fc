// Each message's argument as the background checks it (valibot), before any handler runs. The
// `satisfies` at the end ties every schema's output to the protocol's own type, so a schema that
// drifts from protocol.ts fails to compile. Strings and lists are bounded: a page cannot make the
// worker store megabytes through a field meant for a host name.
import * as v from "valibot";
import { CATEGORIES } from "../../core/email/categories";
import { INTERVIEW_STAGES } from "../../core/types";
import type { Arg, MessageType } from "../../shared/protocol";

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1, "expected an id"), v.maxLength(400));
const time = v.pipe(v.number(), v.finite("expected a time"));
const none = v.strictObject({});
const url = text(8000);
const host = text(253);
const texts = (max: number, each: number) => v.pipe(v.array(text(each)), v.maxLength(max));

const salary = v.object({
  min: v.optional(v.pipe(v.number(), v.finite())),
  max: v.optional(v.pipe(v.number(), v.finite())),
  currency: v.optional(text(10)),
  period: v.optional(v.picklist(["hour", "day", "week", "month", "year"])),
});

const posting = v.object({
  board: v.optional(text(50)),
  postingId: v.optional(text(300)),
  canonicalUrl: v.optional(url),
  title: v.optional(text(500)),
  company: v.optional(text(500)),
  companyDomain: v.optional(host),
  locations: texts(50, 500),
  remote: v.optional(v.boolean()),
  salary: v.optional(salary),
  employmentType: v.optional(text(100)),
  datePosted: v.optional(text(100)),
  validThrough: v.optional(text(100)),
  description: v.optional(text(200_000)),
  sources: v.record(v.string(), text(50)),
});

const pageJob = { url, posting };

const draft = v.object({
  id: v.optional(id),
  applicationId: id,
  at: time,
  round: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  kind: v.picklist(["phone", "video", "onsite", "other"]),
  // Kept: an object schema drops keys it does not name, and the outlook's base rate depends on it.
  stage: v.optional(v.picklist(INTERVIEW_STAGES)),
  interviewers: texts(50, 200),
  plannedMinutes: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  actualMinutes: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  signals: v.record(text(100), v.boolean()),
  gut: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  nextStepBy: v.optional(time),
  notes: v.optional(text(20_000)),
});

const webmailMessage = v.object({
  provider: v.picklist(["gmail", "outlook"]),
  messageId: v.pipe(text(300), v.minLength(1, "expected a message id")),
  threadId: v.optional(text(300)),
  fromName: text(500),
  fromAddress: text(500),
  subject: text(2000),
  date: v.optional(text(200)),
  receivedAt: v.optional(time),
  // The reader sends a few kB; ingest cuts it further.
  body: text(100_000),
});

const category = v.picklist(CATEGORIES);

type Schemas = { [K in MessageType]: v.GenericSchema<unknown, Arg<K>> };

export const ARGS = {
  "job/save": v.object({ ...pageJob, applied: v.optional(v.boolean()) }),
  "job/lookup": v.object(pageJob),
  "job/applied": v.object({ applicationId: id }),
  "application/add": v.object({ company: text(500), title: text(500) }),
  "job/extract": v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  "panel/settings": v.object({ host }),
  "panel/hide": v.object({ host }),
  "panel/open": v.object({ applicationId: id }),
  "interview/save": v.object({ draft, timeZone: v.optional(text(100)) }),
  "outlook/options": none,
  "reminders/refresh": none,
  "reminders/done": v.object({ id }),
  "reminders/snooze": v.object({ id, until: v.optional(time) }),
  "webmail/context": none,
  "email/ingest": webmailMessage,
  "email/applications": none,
  "email/correct": v.object({
    emailId: id,
    category: v.optional(category),
    applicationId: v.optional(v.nullable(id)),
  }),
  "email/status": v.object({ emailId: id, accept: v.boolean() }),
  "email/delete-all": none,
  "health/report": v.strictObject({ surface: v.picklist(["gmail", "outlook", "jobboard"]) }),
} satisfies Schemas;
