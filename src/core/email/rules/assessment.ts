// Assessment: an online test, one-way video, take-home task or case study to complete.
import type { CategoryRules } from "./rule";

export const assessment: CategoryRules = {
  cat: "assessment",
  subject: [
    [
      5,
      /\b(assessment|coding (challenge|test|exercise)|take[- ]home|online test|skills test|aptitude test|hackerrank|codility|codesignal|hirevue|testgorilla|technical (test|exercise|challenge)|psychometric|video interview invitation|one[- ]way video)\b/i,
    ],
  ],
  body: [
    // German, French and Spanish tests.
    [
      5,
      /\b(online-?test|eignungstest|fachtest|test technique|évaluation en ligne|prueba (técnica|de evaluación)|complete una evaluación|realizar (una |la )?(prueba|evaluación))/i,
    ],
    // A written interview or questionnaire to fill in: "l'entretien écrit", "la entrevista escrita",
    // "schriftliches Vorstellungsgespräch", "einige Fragen zu beantworten", "answer a few questions".
    [
      5,
      /\b(entretien écrit|entrevista escrita|schriftliche[sn]? (vorstellungsgespräch|interview|fragebogen))\b|\b(répondiez|répondre) à (quelques|plusieurs) questions|\brespond(a|er|iera) (a )?(algunas|unas) preguntas|\beinige fragen (zu )?beantworten|\b(answer|respond to) (a few|some|several) (short |quick )?questions\b/i,
    ],

    [
      6,
      /\b(online|coding|code|technical|cognitive|aptitude|psychometric|skills?|personality|numerical|verbal|logical|writing|situational judge?ment|behavioural|behavioral|video|game[- ]based|written|pre-employment|case study) (assessments?|tests?|challenges?|exercises?|screening)\b/i,
    ],
    [6, /\btake[- ]home\b/i],
    [4, /\b(complete|attached|return|submit|work on)[^.\n]{0,30}\bassignment\b|\bassignment (brief|task)\b/i],
    [
      5,
      /\b(case study|work sample|(technical|programming|coding|design|writing|written|practical|trial) (task|exercise|assignment|challenge|project))\b/i,
    ],
    [
      4,
      /\b(complete|completing|take|taking|start|finish|attempt) (the|an|our|this|a|your) (online |short |brief )?(assessment|test|challenge|exercise|questionnaire|evaluation)/i,
    ],
    [
      5,
      /\b(hackerrank|codility|codesignal|hirevue|testgorilla|criteria corp|pymetrics|harver|mettl|hackerearth|vervoe|wonderlic|cappfinity|sova|spark hire|willo)\b/i,
    ],
    [
      5,
      /\b(one[- ]way video|on[- ]demand (video )?interview|pre[- ]recorded|record (your|video) (answers|responses))/i,
    ],
    [3, /\b(assessment|test|challenge) (link|invitation|invite|deadline|expires|window)/i],
    [1.5, /\bassessment/i],
    [
      5,
      /\b(editing|typing|proofreading|translation|problem[- ]solving|reasoning|maths?|numeracy|literacy|language|data[- ]entry|digital) (tests?|games?|exercises?|assessments?)\b/i,
    ],
    [
      4,
      /\b(sit|sitting) (the|a|an|your) ([\w-]+ )?(test|exam|assessment)\b|\b(virtual )?job tryout\b|\bgame[- ]based\b/i,
    ],
    [
      3,
      /\b(send|email|return) (back |over |through )?(a |your )?(short )?(write-?up|analysis|solution|answers)\b/i,
    ],
  ],
};
