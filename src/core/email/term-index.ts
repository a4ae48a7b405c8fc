// The shipped model's terms indexed by the words they are made of, so the classifier scores an
// email's word features (word-features.ts) as it walks its words: no feature string is built, and
// each feature is looked up once for the regression and the naive Bayes together. The sums run in
// the order Prepared.features lists the features, so the scores are those scoreModel and scoreBayes
// give for it.
import type { LoadedModel, ModelScore } from "./model";
import { type Prepared, preparedWords } from "./prepare";
import { BODY, type FeatureSink, LEAD, NAME, SUBJECT, type WordPart, walkFeatures } from "./word-features";

interface Term {
  name: string;
  lr: Float64Array | undefined;
  nb: Float64Array | undefined;
  /** The walk that last counted it: a feature counts once per email. */
  seen: number;
}

interface WordSlot {
  /** The word alone as a feature. */
  term?: Term;
  /** Second word → the pair as a feature. */
  pairs?: Map<string, Term>;
}

interface TermIndex {
  /** Per WordPart, word → its slot. */
  parts: Map<string, WordSlot>[];
  /** Every term by its name. */
  whole: Map<string, Term>;
}

const PARTS: Record<string, WordPart> = { "s:": SUBJECT, "l:": LEAD, "n:": NAME };

const indices = new WeakMap<LoadedModel, TermIndex>();

function termIndex(m: LoadedModel): TermIndex {
  let index = indices.get(m);
  if (index) return index;
  index = { parts: [new Map(), new Map(), new Map(), new Map()], whole: new Map() };
  const names = new Set([...m.weights.keys(), ...(m.bayes?.logLik.keys() ?? [])]);
  for (const name of names) {
    const term: Term = { name, lr: m.weights.get(name), nb: m.bayes?.logLik.get(name), seen: 0 };
    index.whole.set(name, term);
    // "s:word", "l:word", "n:word", "word", and pairs "s:a_b", "a_b" (words have no ":" or "_").
    const part = PARTS[name.slice(0, 2)] ?? (name.includes(":") ? undefined : BODY);
    if (part === undefined) continue;
    const rest = part === BODY ? name : name.slice(2);
    if (rest.includes(":")) continue;
    const parts = index.parts[part] as Map<string, WordSlot>;
    const us = rest.indexOf("_");
    const first = us < 0 ? rest : rest.slice(0, us);
    let slot = parts.get(first);
    if (!slot) {
      slot = {};
      parts.set(first, slot);
    }
    if (us < 0) slot.term = term;
    else if (!rest.includes("_", us + 1)) {
      slot.pairs ??= new Map();
      slot.pairs.set(rest.slice(us + 1), term);
    }
  }
  indices.set(m, index);
  return index;
}

let walks = 0;

/** Sums the regression's and the naive Bayes's weights of the features it is shown. */
class Scorer implements FeatureSink {
  readonly lr: number[];
  readonly nb: number[];
  known = 0;
  readonly used: string[] = [];
  readonly usedValues: number[] = [];
  private readonly walk = ++walks;
  constructor(
    private readonly index: TermIndex,
    m: LoadedModel,
    private readonly bayes: boolean,
  ) {
    this.lr = Array.from(m.bias);
    this.nb = new Array<number>(m.classes.length).fill(0);
  }

  count(t: Term | undefined): void {
    if (!t || t.seen === this.walk) return;
    t.seen = this.walk;
    const { lr, nb } = this;
    if (t.lr) {
      this.used.push(t.name);
      this.usedValues.push(1);
      for (let i = 0; i < lr.length; i++) lr[i] = (lr[i] ?? 0) + (t.lr[i] ?? 0) * 1;
    }
    if (this.bayes && t.nb) {
      this.known++;
      for (let i = 0; i < nb.length; i++) nb[i] = (nb[i] ?? 0) + (t.nb[i] ?? 0);
    }
  }
  word(part: WordPart, w: string): void {
    this.count(this.index.parts[part]?.get(w)?.term);
  }
  pair(part: WordPart, a: string, b: string): void {
    this.count(this.index.parts[part]?.get(a)?.pairs?.get(b));
  }
  whole(name: string): void {
    this.count(this.index.whole.get(name));
  }
}

export interface EmailScores {
  /** The regression's logits over p.features and then `more`, as scoreModel gives them. */
  model: ModelScore;
  /** The naive Bayes's over p.features, as scoreBayes gives them; undefined when not asked for. */
  bayes: { logScores: number[]; known: number } | undefined;
}

/**
 * The model's scores for a prepared email: its word features, then the features `more` gives (each
 * with its value, through the regression only). `bayes`: whether to score the naive Bayes too.
 */
export function scoreEmail(
  m: LoadedModel,
  p: Prepared,
  more: (add: (name: string, value: number) => void) => void,
  bayes: boolean,
): EmailScores {
  const s = new Scorer(termIndex(m), m, bayes && m.bayes !== undefined);
  const fw = preparedWords(p);
  if (fw) walkFeatures(fw, s);
  else for (const f of p.features) s.whole(f);
  const { lr, used, usedValues } = s;
  more((name, v) => {
    const w = m.weights.get(name);
    if (!w) return;
    used.push(name);
    usedValues.push(v);
    for (let i = 0; i < lr.length; i++) lr[i] = (lr[i] ?? 0) + (w[i] ?? 0) * v;
  });
  let nb: EmailScores["bayes"];
  if (bayes && m.bayes) {
    const max = Math.max(...s.nb);
    nb = { logScores: s.nb.map((x) => x - max), known: s.known };
  }
  return { model: { logScores: lr, used, usedValues }, bayes: nb };
}
