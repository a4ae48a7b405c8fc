// References and checks: referees, background, police, DBS, drug and right-to-work checks.
import type { CategoryRules } from "./rule";

export const references: CategoryRules = {
  cat: "references",
  subject: [
    [
      6,
      /\b(reference (check|request|form|details)|references? (for|needed|required)|referee|background (check|screening|verification|investigation)|pre[- ]employment (check|screening)|(enhanced |basic )?dbs( check)?|police check|right to work check|employment verification)\b/i,
    ],
    // "Acme has requested your references via RefNow", "regarding your reference", "Bitte um Empfehlungsschreiben".
    [
      5,
      /\b(request(ed|ing|s)?|asked for|chasing) (your |a |the )?references?\b|\bregarding (your|a|the) reference\b|\breferences? via\b|empfehlungsschreiben|referenzschreiben|lettre de recommandation|carta de recomendación/i,
    ],
  ],
  body: [
    [7, /\b(reference (check|checks|request|form|questionnaire|details)|referee|referees)\b/i],
    [
      6,
      /\b(provide|send|share|list|submit|supply|nominate) (us )?(with )?(your |two |three |2 |3 |the |some |contact details for )?(professional |employment )?(references|referees)/i,
    ],
    [
      6,
      /\b(background (check|screening|verification|investigation)|pre[- ]employment (check|screening)|criminal (record|history|background)|(enhanced |basic |standard )?dbs (check|certificate|disclosure|application)|police (check|clearance)|working with children|drug (test|screen)|employment (history )?verification|right to work (check|documents))/i,
    ],
    [
      5,
      /\b(checkr|sterling|hireright|first advantage|goodhire|certn|xref|skillsurvey|crosschq|referoo|ucheck)\b/i,
    ],
    [5, /\b(listed you as a reference|as a (professional )?reference|provide a reference for)/i],
    [
      5,
      /\b(verify|confirm) (the )?(employment|work history|dates of employment) (of|for|details)|\b(requested|request) (your |a )?references?\b|empfehlungsschreiben|referenzschreiben|lettre de recommandation|carta de recomendación/i,
    ],
  ],
};
