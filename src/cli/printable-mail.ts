// The fields `read-mail` prints for a message, in this order; `date` is the date as the page shows
// it, or null. The real-fixture test compares readers' output through the same shape.
import type { WebmailMessage } from "../shared/protocol";

export function printable(m: WebmailMessage) {
  return {
    provider: m.provider,
    messageId: m.messageId,
    fromName: m.fromName,
    fromAddress: m.fromAddress,
    subject: m.subject,
    date: m.date ?? null,
    body: m.body,
  };
}
