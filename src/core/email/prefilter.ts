// A cheap "could this be about a job?" test for content scripts: no model, no public-suffix list.
// It errs towards yes; the background's classifier makes the real call.
import { hostKind } from "./domains";
import { asText, parseFrom } from "./text";

const JOB_WORDS =
  /\b(appl(y|ied|ying|ication|icant)s?|interview|recruit(er|ing|ment)?|candida(te|cy)|position|vacanc(y|ies)|hiring|job|role|resume|résumé|cv|career|talent|offer (letter|of employment)|assessment|referee|reference check|background check|onboarding|shortlist|apprentice\w*|internship|reschedul\w*|salary|start date|offer|join (us|our team|the team)|building (a|our|the) team|head of \w+|opportunit(y|ies)|hired?|(request(ed|ing)?|provide|give|asked for) (a |your |the )?references?\b|reference (request|form)|(looking for|seeking|searching for) (a|an|someone) ([\w-]+ ){0,2}(engineer|developer|designer|programmer|scientist|analyst))/i;

/**
 * The same idea in German, French, Spanish, Dutch, Italian and Arabic: words job mail uses and other
 * mail rarely does (Arabic: job, jobs, recruitment, candidacy, candidate, job interview, CV).
 */
const JOB_WORDS_FR_DE_ES =
  /(وظيف|وظائف|توظيف|ترشح|مترشح|مقابلة عمل|السيرة الذاتية|bewerbung|bewerber|vorstellungsgespräch|stellenangebot|stellenanzeige|stellenausschreibung|absage|personalabteilung|(erstes|ersten|zweites|zweiten|persönliches|persönlichen|telefonisches|kurzes) ([\w-]+ )?gespräch|candidature|candidat|entretien d'embauche|recrutement|recruteur|offre d'emploi|stagiaires?|votre stage|offre de stage|processus de sélection|ressources humaines|candidatura|postulación|postulacion|postulante|entrevista|proceso de selección|vacante|solicitud de empleo|oferta (de trabajo|de empleo|laboral)|bolsa de (trabajo|empleo)|currículum|sollicitatie|vacature|colloquio|lebenslauf|métiers?\b|immersion professionnelle|demand(e|er|é|ez)s? (d['’]|une )immersion)/i;

export interface PrefilterInput {
  from?: string;
  subject?: string;
  body?: string;
}

/** True when the sender is a hiring service or the text uses hiring words. */
export function isJobRelated(email: PrefilterInput): boolean {
  try {
    const kind = hostKind(parseFrom(email?.from).host);
    if (kind && kind !== "free" && kind !== "relay") return true;
    const subject = asText(email?.subject, 500);
    const body = asText(email?.body, 5000);
    return (
      JOB_WORDS.test(subject) ||
      JOB_WORDS.test(body) ||
      JOB_WORDS_FR_DE_ES.test(subject) ||
      JOB_WORDS_FR_DE_ES.test(body)
    );
  } catch {
    return true;
  }
}
