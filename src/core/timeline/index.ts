// Events → ordered, grouped timeline; derived pipeline status.
export { groupTimeline, sortTimeline, type TimelineDay, type TimelineOrder } from "./group";
export {
  deriveStatus,
  deriveStatusDetail,
  GHOSTED_AFTER_DAYS,
  type StatusChange,
  type StatusDetail,
  statusAsOf,
} from "./status";
