// Upcoming interviews and pending follow-ups as calendar events.
import type { Application, Interview, Reminder } from "../types";
import type { CalendarEvent } from "./ics";

const MINUTE = 60_000;
/** Follow-ups are a short task on the day they are due. */
const FOLLOW_UP_MINUTES = 15;
const DEFAULT_INTERVIEW_MINUTES = 60;

const KIND_WORD: Record<Interview["kind"], string> = {
  phone: "Phone interview",
  video: "Video interview",
  onsite: "On-site interview",
  other: "Interview",
};

function name(app: Application | undefined): string {
  if (!app) return "";
  return [app.title, app.company].filter(Boolean).join(" at ");
}

export function calendarEvents(
  data: {
    applications: readonly Application[];
    interviews: readonly Interview[];
    reminders: readonly Reminder[];
  },
  now: number,
  uidDomain = "debrief.invalid",
): CalendarEvent[] {
  const apps = new Map(data.applications.map((a) => [a.id, a]));
  const out: CalendarEvent[] = [];
  for (const i of data.interviews) {
    if (i.at < now) continue;
    const app = apps.get(i.applicationId);
    const minutes = i.plannedMinutes ?? DEFAULT_INTERVIEW_MINUTES;
    const event: CalendarEvent = {
      uid: `interview-${i.id}@${uidDomain}`,
      start: i.at,
      end: i.at + minutes * MINUTE,
      summary: `${KIND_WORD[i.kind]}${app ? `: ${name(app)}` : ""}`,
    };
    const description = [
      i.round ? `Round ${i.round}` : "",
      i.interviewers.length ? `With ${i.interviewers.join(", ")}` : "",
    ]
      .filter(Boolean)
      .join("\n");
    if (description) event.description = description;
    if (app?.url) event.url = app.url;
    out.push(event);
  }
  for (const r of data.reminders) {
    if (r.done === 1 || r.dueAt < now) continue;
    const app = apps.get(r.applicationId);
    const event: CalendarEvent = {
      uid: `reminder-${r.id}@${uidDomain}`,
      start: r.dueAt,
      end: r.dueAt + FOLLOW_UP_MINUTES * MINUTE,
      summary: `${r.title}${app ? ` — ${name(app)}` : ""}`,
    };
    if (app?.url) event.url = app.url;
    out.push(event);
  }
  return out.sort((a, b) => a.start - b.start || a.uid.localeCompare(b.uid));
}
