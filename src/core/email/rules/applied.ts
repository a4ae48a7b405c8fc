// Applied: the application was received (acknowledgements, "application sent" notices).
import type { CategoryRules } from "./rule";

export const applied: CategoryRules = {
  cat: "applied",
  subject: [
    // German, French and Spanish receipts.
    [
      4,
      /(eingangsbestätigung|bewerbung (erhalten|eingegangen)|candidature (reçue|envoyée|enregistrée|bien reçue)|accusé de réception|confirmation de (l'envoi de )?(votre|ta) candidature|(candidatura|postulación|postulacion|solicitud) recibida|hemos recibido tu)/i,
    ],

    [
      5,
      /\b(application (received|submitted|confirmation|confirmed|complete|acknowledge?ment)|thanks? (you )?for (applying|your application|your interest)|we('ve| have)? received your application|your application (was|has been) (sent|submitted|received)|application sent|you applied|indeed application|successfully applied|thank you for submitting)/i,
    ],
    [1.5, /\b(your application (to|for|with|at)|application for|your candidacy)\b/i],
    [
      5,
      /\b((job )?submission (confirmation|received)|confirmation of (your )?application|application (has been )?(sent|submitted) successfully)\b/i,
    ],
  ],
  body: [
    // Receipts in other words and in Dutch and Italian: "bestätigen den Erhalt Ihrer Bewerbung",
    // "accusons réception de votre candidature", "je sollicitatie … in goede orde ontvangen",
    // "confermiamo di aver ricevuto la tua candidatura".
    [
      5,
      /\b(bestätigen|bestätige) (wir |ich )?(ihnen |dir )?(hiermit |gerne )?(den|die) (erhalt|eingang|empfang) (ihrer|deiner) (bewerbung|unterlagen)|\baccusons (bonne )?réception de (votre|ta) (dossier de )?candidature|\b(je|jouw|uw) sollicitatie\b[^.\n]{0,80}\bontvangen|\bontvangst van (je|jouw|uw) sollicitatie|\b(aver|abbiamo) ricevuto (con successo )?(la tua|la sua|la vostra) (candidatura|domanda)/i,
    ],
    // German, French and Spanish receipts.
    [
      5,
      /\b((wir )?(haben|hat) (ihre|deine) (bewerbung|unterlagen|bewerbungsunterlagen) (erhalten|gut erhalten|bekommen)|(ihre|deine) bewerbung (ist )?(bei uns )?(eingegangen|erfolgreich übermittelt))/i,
    ],
    [
      5,
      /\b(nous avons (bien )?reçu (votre|ta) (candidature|dossier)|(votre|ta) candidature (a été |a bien été )?(envoyée|reçue|enregistrée|transmise) avec succès|accusé de réception)/i,
    ],
    [
      5,
      /\b((hemos|ha sido) recibid[oa] (su|tu) (candidatura|solicitud|postulación|cv)|(su|tu) (candidatura|solicitud|postulación) (ha sido|fue) (recibida|registrada|enviada))/i,
    ],
    // "Ihre Unterlagen haben wir erhalten", "Ihre Bewerbung … wir haben sie erhalten"; "votre candidature
    // sera étudiée", "votre candidature … a bien été transmise"; "tu postulación será revisada".
    [
      5,
      /\b(ihre|deine) (bewerbung|unterlagen|bewerbungsunterlagen) haben wir (gut |bereits |heute )?(erhalten|bekommen)|\bbewerbung\b[^\n]{0,40}\bwir haben (sie|diese) (gut |bereits )?erhalten|\b(votre|ta) candidature (sera|va être) (étudiée|examinée|analysée)|\b(votre|ta) candidature\b[^.\n]{0,80}\ba (bien )?été (envoyée|reçue|enregistrée|transmise)\b|\b(su|tu) (candidatura|solicitud|postulación|postulacion)\b[^\n]{0,120}\b(será|va a ser) (revisad|evaluad|analizad)a\b/i,
    ],
    // "Vielen Dank für Ihre Bewerbung", "merci pour votre candidature", "gracias por tu postulación": as
    // weak as "thank you for applying", which opens rejections and invitations too.
    [
      3,
      /\b(vielen|herzlichen|besten) dank für (ihre|deine) bewerbung|\b(merci|nous vous remercions|je vous remercie) (pour|de) (votre|ta) candidature|\b(gracias|agradecemos|le agradecemos|te agradecemos) (por )?(tu|su) (postulación|postulacion|candidatura|solicitud)/i,
    ],

    [
      4,
      /\bthank(s| you) (so much )?for (applying|submitting your application|your application|applying for)/i,
    ],
    [
      5,
      /\b(we('ve| have)?|i('ve| have)?) (successfully )?(received|got) your (application|resume|cv|submission|job application)/i,
    ],
    [
      5,
      /\b(application was sent to|(you('ve| have)?|your application (was|has been)|you've been) successfully (applied|submitted)|received with thanks)/i,
    ],
    [2, /\byou applied (for|to)\b/i],
    [
      4,
      /\b(this (e-?mail|message|note) (is to )?(confirms?|acknowledges?)|confirm(ing)? (the )?receipt of|acknowledges? receipt of)/i,
    ],
    [
      3,
      /\b(we will|we'll|our (team|recruiters?|hiring team) will|the hiring team will) (now )?(carefully )?(review|be reviewing|assess|consider) (your|all) (application|applications|resume|cv|qualifications|profile|submission)/i,
    ],
    [
      3,
      /\bif (your|you r) ?(skills|qualifications|experience|background|profile)( and (experience|qualifications|skills))? (match|meet|align|fit|are a)/i,
    ],
    [
      2,
      /\b(due to (the|an?) ([\w-]+ )?(high|large|great|overwhelming|significant|unusually high|high) (volume|number) of applications|due to the (high )?(volume|number) of applications|we are unable to respond to (every|each|all))/i,
    ],
    [2, /\b(if (you are|you're) (shortlisted|selected)|should you be shortlisted|if selected (for|to))/i],
    [1.5, /\bthank(s| you) for (your )?interest in\b/i],
    [
      5,
      /\byour (job )?application( for [^.\n]{0,100}?)? (has been|was|is) (successfully )?(received|submitted|sent|complete)( successfully)?\b/i,
    ],
    [
      4,
      /\b(got|have|received) your (cv|resume|application),? (thanks|many thanks|thank you)|\bthanks? (so much )?for (sending|sending through|sending over|forwarding) (through |over |in )?your (cv|resume|application)/i,
    ],
    [2, /\b(taking|accepting) applications (until|till|up to)\b/i],
  ],
};
