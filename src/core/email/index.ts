// Public surface of core/email: the classifier, the cheap prefilter and the matcher.
export { APPLICATION_CATEGORIES, CATEGORIES, CATEGORY_LABELS, isApplicationCategory } from "./categories";
export { type Classification, classifyEmail, REVIEW_THRESHOLD } from "./classify";
export type { EmailHints, EmailLink } from "./hints";
export {
  LINK_THRESHOLD,
  type MatchableEmail,
  type MatchResult,
  matchEmail,
  REVIEW_MATCH_THRESHOLD,
} from "./match";
export { isJobRelated } from "./prefilter";
export type { EmailInput } from "./prepare";
