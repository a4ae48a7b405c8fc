// Follow-up planner: thank-you, expected reply window, nudges, silence.
export {
  addBusinessDays,
  addDays,
  businessDaysBetween,
  dateKey,
  endOfDay,
  isWeekend,
  type LocalDate,
  type LocalDateTime,
  localDate,
  startOfDay,
  toLocal,
  zonedToUtc,
} from "./dates";
export {
  DEFAULT_PLAN_RULES,
  type FollowUpPlan,
  type PlanInterview,
  type PlanItem,
  type PlanItemKind,
  type PlanItemStatus,
  type PlanOptions,
  type PlanRules,
  type PlanState,
  planFollowUp,
  planToReminders,
  type ReplyWindow,
} from "./plan";
export { type CloseReason, closeReason, findResponses, isReply, type Responses } from "./replies";
export { type Silence, silencePastPromisedDate } from "./silence";
