// A way back from the timeline to the message in its webmail. The ids come from the page the reader
// saw, so they are encoded into a fixed https URL: an email can never choose the link's scheme or host.
import type { StoredEmail } from "../../../core/types";

export function emailHref(mail: Pick<StoredEmail, "provider" | "messageId" | "threadId">): string | null {
  if (!mail.messageId) return null;
  // Outlook conversation reads are stored as "<conversation id>.<hash>": the link opens the conversation.
  const raw =
    mail.provider === "outlook" && /^AAQk/.test(mail.messageId)
      ? mail.messageId.replace(/\.[^.]*$/, "")
      : mail.messageId;
  const id = encodeURIComponent(raw);
  switch (mail.provider) {
    case "gmail":
      // Gmail opens a message (or its thread) from its legacy hex id under #all, whatever its label.
      return `https://mail.google.com/mail/u/0/#all/${id}`;
    case "outlook":
      // The deeplink form works for work and personal accounts alike and survives folder moves.
      return `https://outlook.office.com/mail/deeplink/read/${id}`;
    default:
      return null;
  }
}
