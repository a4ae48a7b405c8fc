// Offer: a job offer, its terms, acceptance or appointment.
import type { CategoryRules } from "./rule";

export const offer: CategoryRules = {
  cat: "offer",
  subject: [
    [
      5,
      /\b(offer letter|offer of employment|job offer|employment offer|your offer|conditional offer|formal offer|offer (from|for the|details|package)|contract of employment|employment contract)\b/i,
    ],
    [1.5, /\boffer\b/i],
    [
      5,
      /\b(offer (deadline|expir\w*|reminder|acceptance|accepted|is ready)|appointment (letter|confirmation)|letter of appointment)\b/i,
    ],
  ],
  body: [
    // German, French and Spanish offers.
    [
      6,
      /\b((ein |unser )?(vertrags)?angebot (für die position|unterbreiten|zukommen)|freuen uns,? (ihnen|dir) (eine zusage|ein angebot)|promesse d'embauche|proposition d'embauche|votre candidature a été acceptée|nos complace (ofrecerle|ofrecerte)|oferta (formal )?de (trabajo|empleo) para)/i,
    ],

    [
      8,
      /\b(pleased|delighted|happy|excited|thrilled|glad|like|love) to (formally )?(extend|offer you|make you|confirm) (you )?(an? |the |our )?(formal |conditional |verbal |written |official |unconditional )?(offer|position|role|job)/i,
    ],
    [
      7,
      /\b(offer letter|offer of employment|employment offer|job offer|letter of offer|contract of employment|conditional offer|formal offer)/i,
    ],
    [5, /\b(accept|sign|review|countersign|respond to|decision on) (the |your |this |our )(written )?offer/i],
    [5, /\b(offer you the (position|role|job)|extend (you )?an offer|make you an offer)/i],
    [
      2,
      /\b(start date|base salary|annual salary|sign[- ]on bonus|joining bonus|stock options|compensation package|salary of|relocation package|probation(ary)? period)/i,
    ],
    [3, /\b(welcome (to|aboard) the team|congratulations)/i],
    [
      6,
      /\b(thank you for|thanks for) accepting (our|the|your) (job |formal |verbal )?offer|\bappoint you (to|as) (the )?(post|position|role)|\boffer (has been )?accepted\b/i,
    ],
    [4, /\b(you('ve| have)|you were) been successful in your application\b|\byour first day (is|will be)\b/i],
    [
      5,
      /\b(love|like|want|keen|excited|thrilled|happy|delighted) (for )?(you|to have you) to join (the|our) (team|practice|firm|company|school|staff|crew)\b|\bwe'?d (love|like) (you|to have you) (to join|on board|aboard)\b/i,
    ],
    [
      4,
      /\bcan you start (on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|tomorrow|on the)\b/i,
    ],
    [
      5,
      /\b(our|the|your|this) offer (for|of) (the )?[^.\n]{0,60}?(role|position|post|job)\b[^.\n]{0,30}\b(is|remains|will remain|stays) (open|valid|available)|\boffer (deadline|will expire|is open until|remains open)/i,
    ],
    [
      5,
      /\b(pleased|delighted|happy|excited|thrilled|glad|like|love) to (offer|extend) you (a|an|the) (place|post|placement|internship|contract|apprenticeship)\b/i,
    ],
    [2, /\bcongrats\b/i],
    // "You stood out from the other applicants and we'd like to hire you": the decision itself.
    [
      8,
      /\b(we'?d|we would|we) (love|like|want) to hire you\b|\b(you are|you're|you have been|you've been) hired\b/i,
    ],
    // French, Spanish and Italian offers: "je suis heureux de vous faire cette offre d'emploi",
    // "vous avez reçu une offre d'emploi", "le ofrecemos el puesto", "offerta di lavoro".
    [
      6,
      /\b(faire|proposer|adresser|transmettre) (cette|une|notre) (offre d'emploi|proposition d'embauche)|\bvous avez reçu une offre d'emploi|\bsélectionnée? comme (le |la )?meilleure? candidat|\b(le|te) ofrecemos el puesto|\b(ti|le) (offriamo|proponiamo) (il posto|la posizione)|\bofferta di lavoro per\b/i,
    ],
    [
      5,
      /\b(like|pleased|delighted|happy|glad|excited) to offer you (the|a|this) ([\w-]+ ){0,5}(role|position|job|post)\b|\b(written|formal) offer( letter)? (will|to) (follow|come)/i,
    ],
  ],
};
