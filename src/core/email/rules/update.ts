// Update: news about an application that is not a decision (still reviewing, moved, on hold, missing documents, thank-you replies).
import type { CategoryRules } from "./rule";

export const update: CategoryRules = {
  cat: "update",
  subject: [
    [4, /\bthank(s| you) for (attending|coming|your time)\b/i],
    [4, /\b(closing date (extended|changed)|role (on hold|paused)|application (withdrawn|incomplete))\b/i],
    [
      3,
      /(candidature (validée|en attente|en cours)|dossier incomplet|statut de (votre|ta) candidature|suivi de (votre|ta) candidature|status (ihrer|deiner) bewerbung|estado de (su|tu) (candidatura|solicitud|postulación)|تحديث بخصوص طلب)|\b(application (status|update)|status (update|of your application)|moved to another role|application (was |has been |is )?(viewed|moved|forwarded|shared|withdrawn|incomplete|on hold)|(shared|forwarded) (with|to) the hiring|new message|update on (your|the) (application|role|position|recruitment|hiring)|following up|next steps|additional information (needed|required)|action required|on hold|still reviewing|your recent interview)\b/i,
    ],
  ],
  body: [
    // After an interview: thanks for coming, no decision yet.
    [
      4,
      /\bthank(s| you) (so much )?for (attending|coming (in|to)|taking the time to (attend|meet|speak|interview))\b/i,
    ],
    [
      5,
      /\b(still|currently|are) (reviewing|under review|being reviewed|considering|evaluating|assessing) (your |all |the |candidates|applications)/i,
    ],
    [
      5,
      /\byour (application|candidacy|profile)( for [^.\n]{0,80}?)? (is|remains|has been) (still |currently |now )?(under review|in review|being reviewed|active|in progress|on hold|paused|moved|forwarded|shared|updated|withdrawn)/i,
    ],
    [
      4,
      /\b(on hold|paused|been put on hold|delay(ed)? in (the|our)|taking (a bit |a little )?longer than|apologi[sz]e?s? for the delay|(process|recruitment|decision) (is|has been) delayed)/i,
    ],
    [
      4,
      /\b(is|are) (currently |still |now )?(under review|being reviewed)|\b(continue|keep) (reviewing|processing|considering) your application|\bupdate (all )?(applicants|candidates) by\b|\bis missing (a|an|the|your)\b/i,
    ],
    [
      3,
      /\b(you're|you are) (very |most )?welcome\b|\bit was a (real )?pleasure (meeting|to meet|speaking|talking|chatting)?|\b(great|lovely|nice|good) (to meet|meeting|speaking with|chatting with|talking with) you\b/i,
    ],
    [4, /\b(status of your application|update on your application|application status|candidacy status)/i],
    [
      4,
      /\b(need|require|missing|request) (some )?(additional|more|further|a few more) (information|documents|details|documentation)/i,
    ],
    [
      4,
      /\bthank(s| you) (so much )?for (your|the) (kind )?(note|message|email|words|follow[- ]up|thank[- ]you|thoughtful|patience)/i,
    ],
    [
      3,
      /\b(haven't|have not|has not|yet to) (yet )?(made|reached|finali[sz]ed) (a|any|our) (final )?decision/i,
    ],
    [
      3,
      /\b(keep you (posted|updated|informed)|be in touch (soon|shortly|by|next)|get back to you (by|within|next|shortly|soon|early|later))/i,
    ],
    [
      3,
      /\b(wanted to (give you|provide|send) (you )?(a|an) (quick |brief )?update|quick update|brief update)/i,
    ],
    [2, /\b(next steps?|the next stage|moved (you )?(forward )?to the next)/i],
    [
      4,
      /\bwe (need|require) (a copy of|copies of|the following|a few|some)\b|\b(send|provide|upload|bring|forward) (me |us )?(a copy|copies|proof|evidence|scans?) of your\b/i,
    ],
    [
      4,
      /\b(haven't|have not|not yet) (yet )?(submitted|completed|finished) (it|your application|the application)|\bapplication is incomplete\b/i,
    ],
    [
      3,
      /\b(forwarded|passed|sent|shared|referred) (it |them )?(on )?(to|with) the (hiring manager|hiring team|panel|department|line manager)/i,
    ],
    [3, /\b(to complete|to progress|to continue( with)?|to process) your application\b/i],
    [
      4,
      /\byour application( for [^.\n]{0,80}?)? (has )?(moved|progressed|advanced|been (forwarded|passed|shared|sent|referred))|has been (forwarded|passed|shared|sent|referred) to the (hiring|recruiting|department|panel)/i,
    ],
    [
      5,
      /\b(withdrew|withdrawn) (your|my) application|application( for [^.\n]{0,80}?)? (has been |was |is )?withdrawn|withdrawal (of your application|confirmed|request)/i,
    ],
    [
      5,
      /\b(application|you) (was |were |has been |have been )?(moved|transferred|considered|referred) (to|for) (another|a different|a similar|other|an?other)\b/i,
    ],
    [
      3,
      /\b(salary expectations?|notice period|expected (salary|ctc)|current (salary|ctc)|when (would|could|can) you (be able to )?start)\b/i,
    ],
    [
      4,
      /\b(new )?message (from [^.\n]{0,40})?(regarding|about|on) your application|\bregarding your application\b/i,
    ],
    [
      4,
      /\b(let|letting) (you|everyone|all candidates) know (the outcome|either way|of the outcome|our decision)|\bstill have (\w+ )?(more )?(candidates|interviews|people|applicants) to (meet|see|interview|speak)/i,
    ],
    [
      4,
      /\bremains? (active|under consideration|on file|under review|in consideration)|\bunder consideration\b/i,
    ],
    [
      4,
      /\bclosing date( for [^.\n]{0,60}?)? (has been |is |was )?(extended|changed|moved)|(location|salary|hours|start date) (for|of) (the|this) ([\w-]+ ){0,4}(vacancy|role|position) (has )?changed/i,
    ],
    [
      4,
      /\b(expect|hope|aim|plan|intend)(ing)? to (make|reach|have|finali[sz]e) (a|our|the|any)( final)? decision|\b(let you know|update you|inform you) (either way|of the outcome|the outcome)|\b(a )?(final )?decisions? (by|early|later|next|within|this week)/i,
    ],
    [
      4,
      /\b(finished|completed|concluded|wrapped up|finalising|finalizing) (the |all |our )?(interviews|interview process|first round|shortlisting)\b/i,
    ],
    [4, /\b(you'?ll|you will) hear (back )?from (us|me) (by|within|before|early|later|next|this|on)\b/i],
    [
      4,
      /\b(moved|advanced|progressed) (you )?(forward |through )?to the [\w-]+ (review|stage|round)\b|\bbeen (moved|advanced|progressed) (forward |through )?(to|into) the\b/i,
    ],
    [3, /\b(apologi[sz]e|sorry|apologies) for the (radio silence|silence|wait|slow (reply|response))/i],
    [
      4,
      /\b(viewed|reviewed|opened|downloaded) your application\b|\byour (application |candidate |candidacy )?status\b[^.\n]{0,60}?\b(has been|has|was) (changed|updated)\b|\bapplication (status )?has (changed|been updated)|\bstatus of your application\b[^.\n]{0,80}?\bhas been (updated|changed)/i,
    ],
    [4, /\b(appreciated?|lovely to get|nice to get) your (kind )?(note|message|email|thank[- ]you)/i],
    [
      2,
      /\bthank(s| you) (again )?for (interviewing|coming in|attending (the |your )?interview|taking the time to (interview|meet))/i,
    ],
    // Status notices from job boards and ATSs: "your profile was viewed by the recruiter", "status
    // changed to Shortlisted", "has moved you in the pipeline", "complete missing information".
    [
      4,
      /\b(profile|application|resume|cv) (was|has been) (viewed|seen|opened|reviewed) by (the |a )?(recruiter|employer|hiring|company)|\bstatus (has )?(changed|been changed|been updated|updated) to\b|\bmoved you (in|through|along|forward|to) (the |a )?(pipeline|next|new)\b|\b(complete|provide|fill in) (the )?missing (information|details|documents)\b/i,
    ],
    // French, German and Spanish: "votre dossier est en cours d'analyse", "Ihre Bewerbung wird derzeit
    // geprüft", "tu solicitud está en revisión".
    [
      5,
      /\b(votre|ta) (candidature|dossier)( de candidature)?( [\w-]+){0,3} (est|reste|a été|va) (actuellement |toujours |désormais |maintenant )?(en cours (d['’]|de )(analyse|examen|étude|traitement)|en attente|à l['’]étude|suspendue?|validée?|être soumis)|\b(ihre|deine) (bewerbung|unterlagen) (wird|werden|ist|sind) (derzeit |aktuell |noch |gerade |momentan )?(geprüft|in (der )?bearbeitung|in prüfung|bearbeitet|gesichtet)|\b(su|tu) (candidatura|solicitud|postulación|postulacion) (está|se encuentra|sigue|continúa) (en (revisión|proceso|evaluación|estudio)|siendo (revisada|evaluada))/i,
    ],
    // "Dossier incomplet", "Ihre Bewerbung wurde zurückgezogen", "estado de su solicitud"; Arabic
    // "under study", "under processing", "the request's status".
    [
      4,
      /\b(dossier|candidature) (est )?incomplet|\bpièces? manquantes?|\bstatut de (votre|ta) candidature|\b(ihre|deine) bewerbung (wurde )?(erfolgreich )?zurückgezogen|\bestado de (su|tu) (candidatura|solicitud|postulación)|قيد الدراسة|قيد المعالجة|حالة الطلب|وضعية طلب/i,
    ],
  ],
};
