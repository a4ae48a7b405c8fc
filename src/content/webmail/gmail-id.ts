// One id per Gmail message, whatever the page shows: the hex legacy id, which data-message-id's
// "#msg-f:<decimal>" is the decimal form of, so a reply seen before and after it syncs is one email.
// Steps, in order: data-legacy-message-id, data-message-id, the body's m<hex> class (pages before
// 2018), then the message id Gmail's jslog attributes carry (GMAIL.idCarrier).
import { GMAIL } from "./selectors";

/** "#msg-f:1775568780109575075" → "18a41665ecb473a3" (the legacy id); other forms kept without "#". */
export function canonicalId(raw: string): string {
  const id = raw.trim().replace(/^#/, "");
  const dec = /^msg-f:(\d{1,20})$/.exec(id)?.[1];
  if (dec) {
    const hex = BigInt(dec).toString(16);
    return hex.length >= 12 ? hex : id;
  }
  return /^[0-9a-f]{12,16}$/i.test(id) ? id.toLowerCase() : id;
}

/**
 * The message id in a jslog value such as `20277; u014N:xr6bB; 1:<thread>; 4:<message>`: field 4 is
 * base64url JSON (Gmail pads with "."), e.g. `["#msg-f:1840959905192440233",null,[]]`. Empty or
 * unreadable fields (`4:W251bGwsbnVsbCxbXV0.` = `[null,null,[]]`) give "".
 */
export function jslogMessageId(jslog: string): string {
  const field = /(?:^|;)\s*4:([A-Za-z0-9_\-+/.=]+)/.exec(jslog)?.[1];
  if (!field) return "";
  try {
    const json = atob(field.replace(/\./g, "=").replace(/-/g, "+").replace(/_/g, "/"));
    const first: unknown = (JSON.parse(json) as unknown[])[0];
    return typeof first === "string" && /^#?msg-[af]:[\w-]+$/.test(first) ? first : "";
  } catch {
    return "";
  }
}

/** The message's id, or "" when the page shows none. */
export function gmailMessageId(el: Element, body: Element | null): string {
  const legacy = el.getAttribute("data-legacy-message-id");
  if (legacy) return canonicalId(legacy);
  const current = el.getAttribute("data-message-id");
  if (current) return canonicalId(current);
  // Before 2018 the id was only a class of the body: <div class="a3s aXjCH m1547986a2fbf2cbf">.
  const cls = Array.from(body?.classList ?? []).find((c) => /^m[0-9a-f]{12,16}$/.test(c));
  if (cls) return cls.slice(1);
  // Array.from, not for…of over the NodeList (Firefox's Xray wrappers).
  const carriers = Array.from(el.querySelectorAll(GMAIL.idCarrier));
  for (const c of carriers) {
    const id = jslogMessageId(c.getAttribute("jslog") ?? "");
    if (id) return canonicalId(id);
  }
  return "";
}
