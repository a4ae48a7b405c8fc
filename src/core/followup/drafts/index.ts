// Thank-you notes and follow-ups written from the debrief, and links that open them in the user's mail.
export {
  type ComposeLink,
  composeLink,
  cutToFit,
  type MailDraft,
  type MailTarget,
  TARGET_LABEL,
  URL_LIMITS,
} from "./compose";
export { THANKS_FOR, thanksFromSignals, topicFromNotes } from "./discussed";
export {
  cleanValue,
  type DraftFields,
  draftFields,
  FIELDS,
  type FieldName,
  type FieldsInput,
  formatDay,
  interviewPhrase,
  joinNames,
  positionPhrase,
} from "./fields";
export {
  addressForName,
  applicationRecipient,
  isAddress,
  parseAddresses,
  type Recipient,
  type RecipientInput,
  recipientsFor,
} from "./recipients";
export { type RenderedDraft, renderTemplate, renderText, templateFields, templateProblems } from "./render";
export {
  DEFAULT_TEMPLATES,
  DRAFT_KINDS,
  type DraftKind,
  isTone,
  KIND_LABEL,
  mergeTemplates,
  type Template,
  type TemplateOverrides,
  type TemplateSet,
  TONE_LABEL,
  TONES,
  type Tone,
} from "./templates";
