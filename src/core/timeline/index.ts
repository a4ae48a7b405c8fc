// Events → ordered, grouped timeline; derived pipeline status.
export { groupTimeline, sortTimeline, type TimelineDay, type TimelineOrder } from "./group";
export { deriveStatus, deriveStatusDetail, GHOSTED_AFTER_DAYS, type StatusDetail } from "./status";
