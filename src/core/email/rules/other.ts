// Other: not job-related (shopping, bills, newsletters, social notifications).
import type { CategoryRules } from "./rule";

export const other: CategoryRules = {
  cat: "other",
  subject: [
    [
      4,
      /(\d+ ?% off|\bsale\b|\bdeal(s)?\b|free shipping|\border\b|shipped|delivery|receipt|invoice|statement|newsletter|podcast|episode|webinar|weekly digest|your bill|payment|subscription|flash|black friday|cyber monday|coupon|promo)/i,
    ],
  ],
  body: [
    [
      4,
      /(\d+ ?% off\b|free shipping|promo code|coupon|shop now|add to cart|order (number|#|confirmation)|has shipped|out for delivery|tracking number)/i,
    ],
    [
      4,
      /\b(account statement|your statement|payment (due|received)|direct debit|available balance|(your|recent|the) transaction( (id|number|history|details))?|transaction (id|number|declined|alert)|credit card|your bill|invoice)\b/i,
    ],
    [
      3,
      /\b(podcast|episode|newsletter|read more|listen now|this week in|subscribers?|read the article|in this issue|today's (idea|top stories|highlights))\b/i,
    ],
    [
      5,
      /\b(commented on|reacted to|liked|shared) (your|a|their) (post|comment|photo|article)|endorsed you|work anniversary|invitation to connect|wants to connect|accepted your invitation|new connection|people you may know\b/i,
    ],
    [
      3,
      /\b(free subscriber|paid subscriber|upgrade to paid|view (this post )?(on|in) the (web|app)|forwarded this (email|newsletter))\b/i,
    ],
    [
      4,
      /\b(pull request|merge request|approved these changes|requested changes|pipeline (failed|passed)|build (failed|passed)|you were mentioned)\b/i,
    ],
  ],
};
