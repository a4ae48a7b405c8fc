// Rejected: the employer will not go on with this application.
import type { CategoryRules } from "./rule";

export const rejected: CategoryRules = {
  cat: "rejected",
  subject: [
    // German, French and Spanish: the commonest rejection wording (tests/fixtures/emails/real, geraldb-notes and les-emplois).
    [
      5,
      /(^|\s)(absage|candidature (déclinée|non retenue|refusée)|candidatura (rechazada|no seleccionada))|nicht (geklappt|berücksichtigt)|\bpas donner suite\b|\b(postulaci[oó]n|solicitud|candidatura)\b[^\n]{0,40}\b(rechazada|no seleccionada)\b/i,
    ],

    [
      4,
      /\b(unsuccessful|regret|not (been )?selected|not moving forward|position (filled|closed|cancelled|canceled)|update on your application|application outcome|outcome of your application)\b/i,
    ],
  ],
  body: [
    // French, Spanish, Dutch and Italian "not selected": "ne l'a pas retenue", "no la seleccionó",
    // "niet geselecteerd", "non l'abbiamo selezionata".
    [
      7,
      /\bne l'(a|avons|ont) pas (été )?(retenue?|sélectionnée?)|\bno (la|lo|le) (hemos )?(seleccion(ó|amos|ado)|elegido)|\bno (ha|han) (sido )?(seleccionad[oa]|elegid[oa])|\b(niet|helaas niet) (ge)?selecteerd|\b(niet|geen) verder (gaan|proces)|\bnon (l'|la |lo )?(abbiamo|ha|hanno) (selezionat[oa]|scelt[oa])|\bnon (è stata|sei stat[oa]) selezionat[oa]/i,
    ],
    // The closing that, as in English, ends a rejection: "wünschen wir Ihnen alles Gute", "nous vous
    // souhaitons le meilleur dans vos projets futurs", "le deseamos lo mejor", "we wensen je veel
    // succes", "ti auguriamo tutto il meglio".
    [
      3,
      /\bwünschen wir (ihnen|dir|euch)\b[^.\n]{0,40}\b(alles gute|viel erfolg)|\bvous souhaitons (le meilleur|bonne chance|plein succès|beaucoup de succès|une bonne continuation)|\b(le|te|les) deseamos (lo mejor|mucha suerte|mucho éxito|éxito)|\bwensen (je|jou|u) (veel succes|het (aller)?beste)|\b(ti|le|vi) auguriamo (tutto il meglio|buona fortuna|il meglio|ogni successo)/i,
    ],
    // German, French and Spanish: the commonest rejection wording (real examples in tests/fixtures/emails/real).
    // "Andere Bewerber*innen konnten uns mehr überzeugen", "eine Person, die noch besser passte",
    // "keine bessere Nachricht", "eine Absage schicken".
    [
      6,
      /\bandere(n)? (bewerber|kandidat)[^.\n]{0,120}\b(überzeugt|überzeugen|besser|passender)|\b(eine|ein|einen) (andere[nrm]? )?(person|bewerber|bewerberin|kandidat|kandidatin)[^.\n]{0,30}\b(die|der|welche|welcher)\b[^.\n]{0,80}\b(besser|passender|eher) (passte|gepasst|entsprach|entspricht|passt)|\bkeine (bessere|positive|gute|guten|erfreuliche) (nachricht|nachrichten|rückmeldung)|\b(eine )?absage (schicken|senden|erteilen|geben|mitteilen|übermitteln)/i,
    ],
    // The German rejection's closing: "wünschen Ihnen für Ihre berufliche Zukunft alles Gute / viel Erfolg".
    [
      3,
      /\b(wünschen|wünsche) (ihnen|dir|euch)\b[^.\n]{0,80}\b(viel erfolg|alles gute)|\b(für (ihre|deine) (weitere|berufliche)|für die weitere) [^.\n]{0,60}(viel erfolg|alles gute|die daumen)/i,
    ],
    [
      6,
      /\b(sagen|sage) (wir |ich )?(ihnen|dir|euch) (heute |daher |leider |hiermit )*ab\b|\b(müssen|muss) (ihnen|dir|euch) (daher |heute |leider |hiermit )+(mitteilen|absagen)|\bentschieden,? [^.\n]{0,60}\b(mit|für) (anderen|andere|einem anderen|einer anderen|weiteren) (bewerber|kandidat|person)|\b(andere|anderen) (bewerber|kandidat)[\w:*]*[^.\n]{0,80}\b(zu berücksichtigen|fortzusetzen|fortzufahren|überzeugen können|entschieden)/i,
    ],
    [
      6,
      /\b(leider|bedauerlicherweise|daher)\b[^.\n]{0,100}\b(absagen|absage|nicht (mehr )?berücksichtigen|nicht (weiter )?(verfolgen|fortführen)|nicht in die engere|keine zusage|anders entschieden|anderweitig entschieden)/i,
    ],
    [
      6,
      /\b(hat|haben) (sich|uns) [^.\n]{0,80}\bfür (eine?n? |die )?(andere[nr]?|weitere[nr]?) (bewerber|kandidat|person|profil)[^.\n]{0,80}\bentschieden|\b(bedauern|bedaure),? (ihnen|dir|sehr|es)? ?[^.\n]{0,60}\b(mitteilen|absagen|nicht)|\bnicht berücksichtigen (können|konnten|werden)/i,
    ],
    [
      7,
      /\bleider (müssen|muss|können|konnten|kann) (wir|ich) (ihnen|dir|euch|sie)( heute| daher| jedoch)*( leider)? (mitteilen|absagen|keine|nicht)|\b(müssen|muss) (wir|ich) (ihnen|dir) (daher |heute |diesmal |jedoch )*(leider )?(mitteilen|absagen)/i,
    ],
    [
      7,
      /\b(haben|hat) (wir |uns )?(uns )?(nun |daher |schließlich |letztlich )?(für (eine?n? )?(andere|anderen|weitere) (bewerber|kandidat|person)|anderweitig entschieden|entschieden,? (den (auswahl|bewerbungs)?prozess |das auswahlverfahren )?mit anderen)/i,
    ],
    [
      7,
      /\b(nicht (mehr |weiter )?(in die engere (wahl|auswahl)|berücksichtigen|weiterführen|weiter verfolgen)|nicht in der engeren auswahl|keine (positive )?(zusage|rückmeldung) (geben|senden|schicken)|(hat|hat es) (es )?(diesmal|dieses mal|leider) (leider )?nicht (geklappt|gepasst)|absage (erteilen|mitteilen|schicken)|(ihnen|dir) (leider )?(für diese position )?absagen)/i,
    ],
    [
      7,
      /\b(nous (avons le regret|regrettons|sommes au regret) de vous (informer|annoncer|faire part)|(n'a|n'avons|n'ont) (malheureusement )?pas (été )?(retenue?s?|pu aboutir|sélectionnée?)|ne (pouvons|pourrons|souhaitons|souhaite|souhaitent) pas (y )?donner (une )?suite( favorable)?|(ne nous est pas possible|ne sommes pas en mesure) de (lui |vous |y )?donner (une )?suite( favorable)?|pas pu aboutir|(choisi|retenu) (un autre|une autre|d'autres) (candidat|profil))/i,
    ],
    [
      7,
      /\b(lamentamos (informarle|informarte|comunicarle|comunicarte)|(no|ha sido) ha(s|n)? sido (seleccionad|elegid)|ha sido rechazada|(decidido|optado) (continuar|seguir|avanzar) con otr[oa]s (candidat|postulant|perfil)|no (continuaremos|seguiremos|podemos continuar) con (su|tu) (candidatura|postulación|proceso))/i,
    ],

    [
      7,
      /\b(not|won't|will not|unable to) (be )?(moving|move|proceed|proceeding|progress|progressing|going) (forward|further|ahead)? ?(with )?(your|you|the next)/i,
    ],
    [
      7,
      /\b(decided|chosen|elected|opted|decision) (not )?to (move|proceed|pursue|go|continue|progress)( forward| ahead)? with (other|another|a different|candidates|applicants|someone)/i,
    ],
    [
      7,
      /\b(decided|decision|chosen|elected) not to (move|proceed|progress|continue|go|take (it|things|this|your application)|pursue|extend)( forward| ahead| further)?/i,
    ],
    [
      8,
      /\b(not|unable) to (extend|make) (you )?(an |a )?(job )?offer|not be (extending|making) (you )?(an )?offer/i,
    ],
    [
      6,
      /\b(unable|not able) to (progress|proceed with|take forward|move forward with) (your |any )?(application|candidacy)|(have|'ve) (now )?filled (the|this|our) ([\w-]+ ){0,4}(position|role|vacancy|job|post|spot|opening|place)\b|(selected|chosen|hired|appointed) (another|a different|an?other) (candidate|applicant|person)|\b(have|'ve|has) (now )?(appointed|hired|offered the (role|position|job|post) to) (a|an|another|the) ([\w-]+ )?(candidate|applicant|person)\b/i,
    ],
    [
      7,
      /\b(unable|not able) to offer you (a|the|this|an) (position|role|job|place|post|interview|employment)|\bregret that (we|you|your)/i,
    ],
    [
      7,
      /\b(offer(ed)?|give|gave|giving|going|extend(ed)?) (the|this) (role|position|job|post) to (another|a different|an?other) (candidate|applicant|person)|(role|position|job|post|offer) to someone else\b/i,
    ],
    [
      7,
      /\b(not|won't|will not|unable to|aren't able to|are not able to|cannot|can't) (be )?(moving|move|proceed(ing)?|progress(ing)?|going|taking) (your (application|candidacy) |things |it |this )?(forward|further|ahead)\b/i,
    ],
    [
      6,
      /\b(not be progressing|won't be progressing|none of (them|your applications) (will|were|are|was)|(close|closed|cancel|cancell?ed|withdraw|withdrawn|pull|pulled) (this|the) (position|role|vacancy|requisition|job|opening)\b)/i,
    ],
    [7, /\b(regret to (inform|advise|tell|let)|we are sorry to (inform|let you know))/i],
    // "We won't be inviting you to interview for this role": a refusal worded as an invitation.
    [
      8,
      /\b(won't|will not|will not be|won't be|are not|aren't|not be|unable to|cannot|can't) (be )?(inviting|invite|asking|taking) you (to|for|forward to) (an? |the )?(next stage|interview|first interview|assessment)/i,
    ],
    // "Your application … was unsuccessful", "we have made the difficult decision to decline your application".
    [
      7,
      /\b(was|were|has been|had been|have been) (deemed )?unsuccessful\b|\b(decided|decision|chosen|elected|have|had|must|will) (to )?(respectfully )?declin(e|ed) your (application|candidacy)|\byour (application|candidacy)( for [^.\n]{0,80}?)? (has been|was|is) (declined|rejected|turned down)\b/i,
    ],
    [
      5,
      /\b(progressed|proceeded|moved forward|moving forward|proceeding|continuing|gone ahead) with (other |another |a |the )?(candidates?|applicants?|profiles?) (whose|who|that)\b/i,
    ],
    [
      6,
      /\b(not been (successful|shortlisted|selected|progressed)|were not successful|was not successful|been unsuccessful|is unsuccessful|unsuccessful on this occasion|not successful on this occasion|not (been )?selected (for|to))/i,
    ],
    [
      6,
      /\b(position|role|vacancy|requisition|job|opening|posting)\b[^.\n]{0,60}?\b(has|have|had) (now )?been (filled|closed|cancell?ed|withdrawn)|(position|role|vacancy|opening) is (now )?(filled|closed|no longer (open|available))/i,
    ],
    [
      6,
      /\b(no longer (be )?(considering|consider|under consideration|in consideration)|will not be (offering|extending|considering)|not (able|in a position) to (offer you|progress your|move your))/i,
    ],
    [
      5,
      /\b(candidates? (whose|who) (experience|skills|qualifications|background)|more closely (match|matches|align|aligns|meet)|(candidates?|applicants?|someone|profiles?) (who (is|are|were|was) )?(a )?(better|closer|stronger) (match|matches|suited|fit|aligned))/i,
    ],
    [5, /\b(not (the right|a strong|the best) (fit|match)|not a (fit|match) for)/i],
    [
      5,
      /\b(go(ing)? (in )?(a different|another) direction|filled internally|hired (another|a different) candidate)/i,
    ],
    [
      4,
      /\b(unfortunately|regretfully|sadly),? (we|after|at this|the|your|this|on this|i|it|our|there|none)/i,
    ],
    [2.5, /\bafter (careful|much|thorough|thoughtful) (consideration|review|deliberation)/i],
    [
      3,
      /\b(keep|retain|hold) your (resume|cv|details|information|application|profile) on (file|record)|keep your (details|resume|cv) for future/i,
    ],
    [
      3,
      /\b(wish|wishing) you (the (very )?best|every success|all the best|best of luck|luck|success) (in|with|for) (your|the) (job search|search|future|career|endeavou?rs)/i,
    ],
    [
      2.5,
      /\b(encourage you to (re-?apply|apply (again|for (other|future)))|apply for (other|future) (roles|positions|openings|opportunities))/i,
    ],
    [3, /\b(will not be (taking|progressing)|we are not able to|cannot offer you|can't offer you)\b/i],
    [
      6,
      /\b(haven't|have not|hasn't|has not|weren't|were not|wasn't|was not) (been )?(successful|shortlisted|selected|chosen|progressed)\b/i,
    ],
    [4, /\b(unfortunately|regretfully|sadly),? (you|this time|on this occasion)\b/i],
    [
      6,
      /\b(gone|going|went|go) (ahead )?with (someone|somebody|another|a different|an?other) ?(else|candidate|applicant|person)?\b/i,
    ],
    [
      5,
      /\b(another|other|a different|the successful) (candidate|applicant)('s|s'|s)?\b[^.\n]{0,80}\b(closer|better|stronger|more (relevant|suitable|closely))\b/i,
    ],
    [
      5,
      /\b(i'?m|i am|we'?re|we are) (afraid|sorry)\b[^.\n]{0,30}\b(not (good )?news|not (been )?successful|won't be|will not be|unable|gone with|not (able|in a position))|\bnot (the )?(good )?news (you|this time)/i,
    ],
  ],
};
