// Job alerts and career-site account mail: recommendations, saved searches, account set-up.
import type { CategoryRules } from "./rule";

export const jobAlert: CategoryRules = {
  cat: "job_alert",
  subject: [
    [
      5,
      /\b(don'?t forget to|come back and|don'?t give up!?) (complete|finish|submit)\b|\bcome back and finish your application\b/i,
    ],
    [
      5,
      /\b(job alert|jobs? for you|new jobs?|jobs? (matching|that match|near you|you may|you might)|recommended (jobs?|for you|roles)|saved search|is hiring|are hiring|now hiring|top jobs|jobs? in [A-Z]|apply now|new opportunities for you|people are hiring|\d+ new (jobs|roles|positions))\b/i,
    ],
    [
      4,
      /\b(verify your (email|account)|activate your account|(candidate|career|talent) (account|profile|portal|community|network)|welcome to .{0,40}careers|reset your password|password reset|account (created|verification))\b/i,
    ],
    [4, /\b(job (matches|picks|recommendations)|jobs? based on|career fair|job fair)\b/i],
    // "Latest jobs on …", "Be the first to apply"; French, German, Spanish and Arabic alerts.
    [
      4,
      /\b(latest (jobs|vacancies|openings|roles)|be (the|one of the) first( \w+)? to apply|jobs? (that|which) (might|may) interest you)\b|(nouvelles offres|offres d['’]emploi pour vous|alertes? (emploi|e-mail)|neue (stellen|jobs|stellenangebote)|passende (stellen|jobs)|jobs für sie|nuevas ofertas|alerta de empleo|تنبيهات (ال)?وظائف|وظائف جديدة)/i,
    ],
  ],
  body: [
    // A job site's nudge about an application never sent: "don't forget to complete your application".
    [
      5,
      /\b(don'?t forget to|do not forget to|come back and|remember to|there'?s still time to) (complete|finish|submit|send) (your|the) (job )?application\b/i,
    ],
    [
      5,
      /\b(jobs? (alert|for you|matching|that match|recommended|you may|you might|based on)|new jobs?|recommended (jobs|for you|roles))\b/i,
    ],
    [
      3,
      /\b(saved search|your search|easy apply|quick apply|apply now|view (all )?jobs|see (all|more) jobs|similar jobs)\b/i,
    ],
    [
      3,
      /\b(is hiring|are hiring|now hiring|hiring now|top companies|featured (jobs|employers)|\d+ (new )?(jobs|roles|openings|positions) (in|near|for|at|matching))\b/i,
    ],
    [
      3,
      /\b(talent (community|network|pool)|candidate (account|profile|portal|home)|career (site|portal|account)|verify your (email|account)|activate your account|reset your password|create (a |your )?password)\b/i,
    ],
    [
      4,
      /\b(resume|cv) (review|writing|service|builder|template|score)|get noticed by recruiters|land more interviews|upload your (latest |updated )?(resume|cv)|complete your profile|(resumes?|cvs?) (are|get) rejected/i,
    ],
    [
      4,
      /\b(career (fair|expo)|job fair|hiring event|recruitment (event|open day)|open hiring day|register (now|for free|here))\b/i,
    ],
    [
      4,
      /\b(jobs? (picks|matches|recommendations)|(great |new |top )?matches for you|based on your (preferences|profile|search|searches|activity)|salary (guide|insights)|what are you worth)\b/i,
    ],
    [3, /\b(linkedin premium|try premium|with premium|top applicant|stand out to (recruiters|employers))\b/i],
    [
      2,
      /\b(manage (your )?(job )?alerts|alert settings|unsubscribe from (this|these) (job )?alert|job (seekers?|search) (tips|advice))\b/i,
    ],
    [
      4,
      /\b(latest (jobs|vacancies|openings)|be (the|one of the) first( \w+)? to apply|jobs? (that|which) (might|may) interest you|(new )?jobs? (posted|added) (today|this week|in the last))\b|(nouvelles offres|offres d['’]emploi (pour vous|correspondant)|alertes? (emploi|e-mail)|neue (stellen|jobs|stellenangebote)|passende (stellen|jobs|stellenangebote)|nuevas ofertas|ofertas de (empleo|trabajo) (para ti|recomendadas)|alerta de empleo|تنبيهات (ال)?وظائف|وظائف جديدة|أبرز الوظائف)/i,
    ],
  ],
};
