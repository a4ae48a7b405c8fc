// Where an outlook starts: the share of candidates at an interview's stage who end up with an offer,
// from published hiring-funnel figures. Every figure below was read in the source it names (quoted in
// `figure`); where a stage has no direct published number the rate is derived and `approximate` says how.
// Rates are for offers; some sources count hires, which run a little lower (not every offer is taken).
import type { Interview, InterviewStage } from "../types";

export interface RateSource {
  title: string;
  publisher: string;
  /** Year of publication; null when the page gives none. */
  year: number | null;
  url: string;
  /** What the source says, in its own terms. */
  figure: string;
}

/** A stage key: the four funnel stages, or "unspecified" when the debrief does not say. */
export type StageKey = InterviewStage | "unspecified";

export interface StageBaseRate {
  stage: StageKey;
  /** "a recruiter screen": reads after "at". */
  label: string;
  /** Share of candidates at this stage who get an offer, 0–1. */
  rate: number;
  /** The spread the sources give, 0–1: the outlook's range with no signs at all. */
  low: number;
  high: number;
  sources: RateSource[];
  /** Why the figure is approximate, in one sentence. */
  approximate: string;
}

const LEVER_2019: RateSource = {
  title: "2019 Talent Benchmarks: The Interviewing Statistics",
  publisher: "Lever",
  year: 2019,
  url: "https://www.lever.co/blog/2019-talent-benchmarks-interviewing-statistics/",
  figure: "approximately 30–40% of all onsite interviews should lead to an offer",
};
const LEVER_2017: RateSource = {
  title: "New Research Shows SMBs Go Through 86 Candidates to Secure One Hire (study of 600+ companies)",
  publisher: "Lever (GlobeNewswire release)",
  year: 2017,
  url: "https://www.globenewswire.com/news-release/2017/03/14/937323/0/en/CORRECTING-and-REPLACING-New-Research-Shows-SMBs-Go-Through-86-Candidates-to-Secure-One-Hire-31-Percent-of-SMB-Job-Candidates-Turn-Down-Their-Offers.html",
  figure: "86 candidates, 15 resume screens, 4.7 onsite interviews and 1.5 offers per hire",
};
const KARAT_2021: RateSource = {
  title: "How many candidates should you interview to hire a software engineer?",
  publisher: "Karat",
  year: 2021,
  url: "https://karat.com/blog/post/how-many-candidates-should-you-interview-to-hire-a-software-engineer/",
  figure: "an onsite-to-offer ratio of 3:1 at the average market bar",
};
const KARAT_2020: RateSource = {
  title: "How to improve onsite-to-offer ratios for more efficient hiring",
  publisher: "Karat",
  year: 2020,
  url: "https://karat.com/blog/post/how-to-improve-onsite-to-offer-ratios-for-more-efficient-hiring/",
  figure: "new clients' onsite-to-offer ratios are often 5:1, 10:1 or even 15:1; aim for 5:1",
};
const DOVER: RateSource = {
  title: "What it takes to get 2.5x better conversion from phone screen to onsite",
  publisher: "Dover",
  year: null,
  url: "https://www.dover.com/blog/what-it-takes-to-get-2-5x-better-conversion-from-phone-screen-to-onsite",
  figure: "10 to 25 onsites for every 100 phone screens, across 300 companies",
};
const JOBVITE_2018: RateSource = {
  title: "2018 Recruiting Benchmark Report (as reported by Hunt Scanlon)",
  publisher: "Jobvite",
  year: 2018,
  url: "https://huntscanlon.com/benchmark-metrics-to-guide-your-recruitment-strategy/",
  figure: "job interviews that resulted in offers: 17% in 2015, 20% in 2016, 28% in 2017",
};
const CAREERPLUG_2025: RateSource = {
  title: "Recruiting Metrics Report, sixth annual (2024 hiring data, 60,000+ small businesses)",
  publisher: "CareerPlug (as reported by StaffingHub)",
  year: 2025,
  url: "https://staffinghub.com/?p=14337",
  figure: "the interview-to-hire ratio fell slightly to 27%",
};

export const STAGE_BASE_RATES: Readonly<Record<StageKey, StageBaseRate>> = {
  "recruiter-screen": {
    stage: "recruiter-screen",
    label: "a recruiter screen",
    rate: 0.08,
    low: 0.03,
    high: 0.1,
    sources: [LEVER_2017, DOVER, LEVER_2019],
    approximate:
      "Lever's 15 screens per 1.5 offers gives 10%; Dover's 10–25 onsites per 100 screens times Lever's 30–40% onsite-to-offer gives 3–10%; 8% sits between them.",
  },
  "first-round": {
    stage: "first-round",
    label: "a hiring-manager or first-round interview",
    rate: 0.2,
    low: 0.15,
    high: 0.28,
    sources: [JOBVITE_2018, CAREERPLUG_2025],
    approximate:
      "The sources count all interviewed candidates, not first rounds alone; first rounds sit at the lower end, so 20% with 15–28% as the spread.",
  },
  technical: {
    stage: "technical",
    label: "a technical interview or take-home review",
    rate: 0.25,
    low: 0.17,
    high: 0.33,
    sources: [JOBVITE_2018, KARAT_2021],
    approximate:
      "No source found gives this stage on its own: the rate is placed between the all-interview rate (Jobvite, 17–28%) and the onsite rate (Karat, 1 in 3).",
  },
  final: {
    stage: "final",
    label: "an onsite or final round",
    rate: 0.33,
    low: 0.2,
    high: 0.4,
    sources: [LEVER_2019, LEVER_2017, KARAT_2021, KARAT_2020],
    approximate:
      "Lever's 30–40% and 1.5 offers per 4.7 onsites (32%) and Karat's 3:1 agree on about 1 in 3; Karat's 5:1 at less selective clients sets the low end at 20%.",
  },
  unspecified: {
    stage: "unspecified",
    label: "an interview (stage not given)",
    rate: 0.25,
    low: 0.17,
    high: 0.28,
    sources: [JOBVITE_2018, CAREERPLUG_2025],
    approximate:
      "Without the stage, the share of all interviewed candidates who get an offer (Jobvite 17–28% by year, CareerPlug 27% to hire).",
  },
};

export const STAGE_KEYS: readonly StageKey[] = [
  "recruiter-screen",
  "first-round",
  "technical",
  "final",
  "unspecified",
];

/** The user's own rates (Settings), as a share 0–1 by stage. */
export type BaseRateOverrides = Partial<Record<StageKey, number>>;

/** Allowed override range: a rate of 0 or 1 would make every sign meaningless. */
export const MIN_RATE = 0.01;
export const MAX_RATE = 0.9;

/** The stage's stated one, else an on-site interview is a final round; otherwise it is not known. */
export function stageOf(interview: Partial<Pick<Interview, "stage" | "kind">>): StageKey {
  if (interview.stage) return interview.stage;
  if (interview.kind === "onsite") return "final";
  return "unspecified";
}

/** The base rate for a stage, with the user's override (a single figure: its spread is the figure). */
export function baseRateFor(
  stage: StageKey,
  overrides: BaseRateOverrides = {},
): StageBaseRate & { overridden: boolean } {
  const published = STAGE_BASE_RATES[stage];
  const own = overrides[stage];
  if (own === undefined || !Number.isFinite(own)) return { ...published, overridden: false };
  const rate = Math.min(MAX_RATE, Math.max(MIN_RATE, own));
  return { ...published, rate, low: rate, high: rate, overridden: true };
}

/** "1 in 12": the rate as a whole-number ratio, for the card. */
export function oneIn(rate: number): string {
  return `1 in ${Math.max(1, Math.round(1 / rate))}`;
}
