// Response rate and time to first response, overall and by job board. A company counts once per group:
// five applications to one employer that never answers are one silence, not five, and one reply from
// them is one response. Its clock starts at the first application to it (in that group) and stops at
// the first reply to any of them.
import { boardName } from "../board-names";
import { isReply } from "../followup/replies";
import type { Application, TimelineEvent } from "../types";
import {
  companyKey,
  DAY,
  eventsByApplication,
  interviewsByApplication,
  median,
  type StatsInput,
} from "./input";
import { stageTimes } from "./stages";

export interface ResponseGroup {
  /** Board id, "" for applications not saved from a board, or "all". */
  key: string;
  label: string;
  /** Companies applied to. */
  companies: number;
  /** Of those, companies that replied at all. */
  responded: number;
  rate: number | null;
  /** Median days from applying to the first reply, over the companies that replied. */
  medianDaysToFirstResponse: number | null;
}

export interface ResponseStats {
  overall: ResponseGroup;
  /** Largest group first. */
  byBoard: ResponseGroup[];
}

/** Being invited, rejected or given an offer is hearing back; a receipt or a job alert is not. */
export function isResponse(e: TimelineEvent): boolean {
  if (isReply(e) || e.kind === "interview") return true;
  return e.kind === "status" && (e.to === "interviewing" || e.to === "offer" || e.to === "rejected");
}

interface Unit {
  appliedAt: number;
  respondedAt: number | null;
}

export function boardLabel(board: string): string {
  if (!board) return "Not from a job board";
  return boardName(board) ?? board.charAt(0).toUpperCase() + board.slice(1);
}

export function responseStats(input: StatsInput): ResponseStats {
  const events = eventsByApplication(input);
  const interviews = interviewsByApplication(input.interviews);
  const overall = new Map<string, Unit>();
  const boards = new Map<string, Map<string, Unit>>();
  for (const app of input.applications) {
    const appEvents = events.get(app.id) ?? [];
    const appliedAt = stageTimes(app, appEvents, interviews.get(app.id) ?? []).applied;
    if (appliedAt === undefined) continue;
    const unit = { appliedAt, respondedAt: firstResponse(app, appEvents, appliedAt, interviews) };
    const board = app.board ?? "";
    if (!boards.has(board)) boards.set(board, new Map());
    merge(overall, companyKey(app), unit);
    merge(boards.get(board)!, companyKey(app), unit);
  }
  const byBoard = [...boards]
    .map(([board, units]) => summarise(board, boardLabel(board), units))
    .sort((a, b) => b.companies - a.companies || a.label.localeCompare(b.label));
  return { overall: summarise("all", "All applications", overall), byBoard };
}

function firstResponse(
  app: Application,
  events: readonly TimelineEvent[],
  appliedAt: number,
  interviews: Map<string, { at: number }[]>,
): number | null {
  const fromEvents = events.find((e) => e.at >= appliedAt && isResponse(e))?.at;
  // An interview logged without its event (an import) still means they answered.
  const fromInterviews = (interviews.get(app.id) ?? []).map((i) => i.at).filter((at) => at >= appliedAt);
  const all = [...(fromEvents === undefined ? [] : [fromEvents]), ...fromInterviews];
  return all.length ? Math.min(...all) : null;
}

function merge(units: Map<string, Unit>, key: string, unit: Unit): void {
  const known = units.get(key);
  if (!known) {
    units.set(key, { ...unit });
    return;
  }
  known.appliedAt = Math.min(known.appliedAt, unit.appliedAt);
  if (unit.respondedAt !== null) {
    known.respondedAt =
      known.respondedAt === null ? unit.respondedAt : Math.min(known.respondedAt, unit.respondedAt);
  }
}

function summarise(key: string, label: string, units: Map<string, Unit>): ResponseGroup {
  const all = [...units.values()];
  const replied = all.filter((u) => u.respondedAt !== null);
  const days = replied.map((u) => Math.max(0, (u.respondedAt! - u.appliedAt) / DAY));
  return {
    key,
    label,
    companies: all.length,
    responded: replied.length,
    rate: all.length ? replied.length / all.length : null,
    medianDaysToFirstResponse: median(days),
  };
}
