// Interview: an invitation to, or the arrangements for, a live conversation.
import type { CategoryRules } from "./rule";

export const interview: CategoryRules = {
  cat: "interview",
  subject: [
    // German, French and Spanish invitations.
    [
      5,
      /(vorstellungsgespräch|einladung zum (interview|gespräch|kennenlernen)|convocation|invitation (à un|pour un) entretien|entretien (d'embauche|programmé)|entrevista (programada|de trabajo)|invitación a (una )?entrevista)/i,
    ],

    [
      5,
      /\b(interview (invitation|invite|request|confirmation|confirmed|scheduled|reminder|availability|details|schedule|time)|invitation to (interview|an interview|a phone|a video|meet|chat)|(schedule|scheduling|book|booking|confirm|rescheduling|reschedule|cancell?ed)( your| an| the)? interview|phone screen|phone interview|video interview|technical interview|final interview|panel interview|first[- ]round|second[- ]round|interview with|let'?s (chat|talk|schedule)|availability for)\b/i,
    ],
    [2.5, /\binterview\b/i],
  ],
  body: [
    // Shortlisted for a call or an interview, in French, German, Spanish, Dutch and Italian:
    // "sélectionnée pour un appel ou un entretien", "in die engere Wahl für … Vorstellungsgespräch",
    // "preseleccionada para una llamada o una entrevista", "op de shortlist voor … een interview",
    // "selezionata per una chiamata o per un colloquio".
    [
      5,
      /\b(sélectionnée?|retenue?) pour (un |une )?(appel|échange|entretien)|\bin die engere (wahl|auswahl)\b[^.\n]{0,60}\b(anruf|gespräch|vorstellungsgespräch|interview)|\b(pre)?seleccionad[oa] para (una |un )?(llamada|entrevista)|\bop de shortlist voor\b|\buitnodig(en|ing) (je |u )?(voor|tot) een (sollicitatie)?gesprek|\bselezionat[oa] per (una |un )?(chiamata|colloquio)|\b(invitarti|invitarla) (a|per) un colloquio/i,
    ],
    // German, French and Spanish invitations.
    [
      6,
      /\b((laden|lade) (wir |ich )?(sie|dich|ihnen) [^.\n]{0,80}?(ein|einladen)|(einladung|einladen) zu(m| einem) (ersten |zweiten |persönlichen |virtuellen )?(vorstellungs)?(gespräch|interview|kennenlernen)|(termin|zeit) für ein (erstes |zweites )?([\w-]+ )?(gespräch|interview|kennenlernen)|vorstellungsgespräch (begrüßen|einladen|am|um)|bestätigen (gerne )?den (telefonisch )?vereinbarten termin|zu einem (weiteren |ersten |virtuellen )?(gespräch|interview) einladen)/i,
    ],
    [
      6,
      /\b(vous (inviter|convier|convoquer) (à|pour) un entretien|(invitons|convions) à un entretien|souhaitons (vous rencontrer|échanger avec vous)|invitation à l'entretien)/i,
    ],
    [
      6,
      /\b(invitarle|invitarte|invitarlo|invitarla|convocarle|convocarte) a (una |la )?entrevista|(su|tu) entrevista ha sido programada|programar una entrevista/i,
    ],

    [
      6,
      /\b(invite|inviting|invitation for|invitation to) (you )?(to )?(an? |the |your )?(first |second |final |next |1st |2nd )?(interview|phone screen|phone call|video call|screening call|call|chat|conversation|meet|assessment centre)/i,
    ],
    [
      5,
      /\b(schedule|book|arrange|set up|organi[sz]e|find (a )?time for|jump on|hop on) (a |an |your |the |some )?(quick |short |brief |first |initial |\d+[- ]?min(ute)? )?(time|call|interview|phone screen|chat|conversation|meeting|video call|zoom|teams call|slot)/i,
    ],
    [
      4,
      /\b(your availability|available (times|slots|dates)|(times?|days?|slots?|dates?) (that )?(would )?(work|suit) (best )?(for )?you\b|when (are|would) you (be )?(free|available)|let me know (your|what|which|when)( times?| days?)?|please (select|choose|pick|book|reply with) (a |your )?(time|slot|preferred))/i,
    ],
    [
      5,
      /\b(interview|call|meeting|screen|conversation) (has been|is|was) (now )?(confirmed|scheduled|booked|rescheduled|moved|cancell?ed)|(confirm(ing)?|reschedul(e|ing)) (your|the|our) (interview|call|meeting)/i,
    ],
    [
      3,
      /\b(phone|video|virtual|onsite|on-site|in-person|panel|technical|final|first|second|third|1st|2nd|3rd|face[- ]to[- ]face|behavioural|behavioral|hiring manager)[- ](round )?(interview|screen|conversation)/i,
    ],
    [2, /\b(speak|chat|meet|talk) (with|to) you\b/i],
    [
      4,
      /\bhave a (quick |short |brief )?(phone screen|phone call|call|chat|video call)\b|\bare you (available|free) (on |this |next |for a )?(mon|tues|wednes|thurs|fri|satur|sun|tomorrow|week|call|chat|interview)/i,
    ],
    [5, /\b(like|love|want|keen) to (meet|interview|speak with|talk to|chat with|see) you\b/i],
    [
      3,
      /\b(an? |for an? )(informal |short |brief |initial |quick )?interview\b|\bwould (tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.?\n]{0,30}\b(work|suit)/i,
    ],
    [
      3,
      /\b(calendar invit|meeting invite|zoom link|teams link|google meet|dial[- ]in|join the (call|meeting))/i,
    ],
    [1, /\binterview/i],
    [7, /\bassessment (centre|center|day)\b/i],
    [3, /\b(meeting id|passcode|join (zoom|teams|the) meeting|meeting link)\b/i],
    [
      4,
      /\b(come|pop|drop) (in|by|into the (office|store|shop|clinic)) for (a|an) (chat|interview|meeting|coffee)\b/i,
    ],
    [
      5,
      /\b(you have been|you've been|you are|your (profile|application|cv|resume) (has been|is)) (shortlisted|selected) for (an? |the )?(interview|face[- ]to[- ]face|f2f|phone screen|video call)/i,
    ],
    [
      4,
      /\b(move|moving|change) (your|the|our) (interview|call|meeting|chat)\b|\b(tomorrow|today|(mon|tues|wednes|thurs|fri|satur|sun)day)'?s? (interview|chat|call|meeting|conversation) with\b/i,
    ],
  ],
};
