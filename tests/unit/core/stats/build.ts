// Small builders for statistics tests: plain rows, times as ISO strings.
import type { Application, EventPayload, Interview, TimelineEvent } from "../../../../src/core/types";

export const t = (iso: string) => Date.parse(iso);

export function app(id: string, over: Partial<Application> = {}): Application {
  return {
    id,
    company: `Company ${id}`,
    title: "Analyst",
    companyDomains: [],
    status: "saved",
    source: "manual",
    createdAt: t("2025-01-01T00:00:00Z"),
    updatedAt: t("2025-01-01T00:00:00Z"),
    lastActivityAt: t("2025-01-01T00:00:00Z"),
    archived: 0,
    ...over,
  };
}

let n = 0;
export function ev(applicationId: string, at: string, payload: EventPayload): TimelineEvent {
  n++;
  return { ...payload, id: `e${String(n).padStart(4, "0")}`, applicationId, at: t(at) } as TimelineEvent;
}

export function interview(
  id: string,
  applicationId: string,
  at: string,
  over: Partial<Interview> = {},
): Interview {
  return {
    id,
    applicationId,
    at: t(at),
    kind: "video",
    interviewers: [],
    signals: {},
    createdAt: t(at),
    updatedAt: t(at),
    ...over,
  };
}
