// The shipped model's terms indexed by the words they are made of, so the classifier scores an
// email's word features (word-features.ts) as it walks its words: no feature string is built, and
// each feature is looked up once for the regression and the naive Bayes together. The sums run in
// the order Prepared.features lists the features, so the scores are those scoreModel and scoreBayes
// give for it.
import type { LoadedModel, ModelScore } from "./model";
import { type Prepared, preparedWords } from "./prepare";
import { BODY, type FeatureSink, LEAD, NAME, SUBJECT, type WordPart, walkFeatures } from "./word-features";

/**
 * Terms are numbered; their weights sit in flat arrays (term × class), and the words they are made
 * of are numbered too, so a word is looked up once however many terms it is in.
 */
interface TermIndex {
  k: number;
  /** Word → its number. */
  vocab: Map<string, number>;
  words: number;
  /** Per WordPart, word number → the term of the word alone, or -1. */
  alone: Int32Array[];
  /** Per WordPart, first word number × words + second → the term of the pair. */
  pairs: Map<number, number>[];
  /** Every term by its name. */
  whole: Map<string, number>;
  names: string[];
  lr: Float64Array;
  hasLr: Uint8Array;
  nb: Float64Array;
  hasNb: Uint8Array;
  /** The walk that last counted a term: a feature counts once per email. */
  seen: Float64Array;
}

const PARTS: Record<string, WordPart> = { "s:": SUBJECT, "l:": LEAD, "n:": NAME };

/** A term's name as (part, word) or (part, first, second); undefined for the rest ("from:…"). */
function parseTerm(name: string): { part: WordPart; a: string; b?: string } | undefined {
  // "s:word", "l:word", "n:word", "word", and pairs "s:a_b", "a_b" (words have no ":" or "_").
  const part = PARTS[name.slice(0, 2)] ?? (name.includes(":") ? undefined : BODY);
  if (part === undefined) return undefined;
  const rest = part === BODY ? name : name.slice(2);
  if (rest.includes(":")) return undefined;
  const us = rest.indexOf("_");
  if (us < 0) return { part, a: rest };
  if (rest.includes("_", us + 1)) return undefined;
  return { part, a: rest.slice(0, us), b: rest.slice(us + 1) };
}

const indices = new WeakMap<LoadedModel, TermIndex>();

function termIndex(m: LoadedModel): TermIndex {
  const cached = indices.get(m);
  if (cached) return cached;
  const k = m.classes.length;
  const names = [...new Set([...m.weights.keys(), ...(m.bayes?.logLik.keys() ?? [])])];
  const parsed = names.map(parseTerm);
  const vocab = new Map<string, number>();
  const wordId = (w: string) => {
    let id = vocab.get(w);
    if (id === undefined) {
      id = vocab.size;
      vocab.set(w, id);
    }
    return id;
  };
  for (const t of parsed) {
    if (!t) continue;
    wordId(t.a);
    if (t.b !== undefined) wordId(t.b);
  }
  const words = vocab.size;
  const index: TermIndex = {
    k,
    vocab,
    words,
    alone: [0, 1, 2, 3].map(() => new Int32Array(words).fill(-1)),
    pairs: [0, 1, 2, 3].map(() => new Map()),
    whole: new Map(),
    names,
    lr: new Float64Array(names.length * k),
    hasLr: new Uint8Array(names.length),
    nb: new Float64Array(names.length * k),
    hasNb: new Uint8Array(names.length),
    seen: new Float64Array(names.length),
  };
  names.forEach((name, id) => {
    index.whole.set(name, id);
    const lr = m.weights.get(name);
    if (lr) {
      index.hasLr[id] = 1;
      index.lr.set(lr.subarray(0, k), id * k);
    }
    const nb = m.bayes?.logLik.get(name);
    if (nb) {
      index.hasNb[id] = 1;
      index.nb.set(nb.subarray(0, k), id * k);
    }
    const t = parsed[id];
    if (!t) return;
    const a = vocab.get(t.a) ?? 0;
    if (t.b === undefined) (index.alone[t.part] as Int32Array)[a] = id;
    else (index.pairs[t.part] as Map<number, number>).set(a * words + (vocab.get(t.b) ?? 0), id);
  });
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
  /** The term number of each of `used`. */
  readonly usedIds: number[] = [];
  private readonly walk = ++walks;
  /** The last word looked up and its number: the walk gives each word two or three times in a row. */
  private lastWord = "\u0000";
  private lastId = -1;
  constructor(
    private readonly index: TermIndex,
    m: LoadedModel,
    private readonly bayes: boolean,
  ) {
    this.lr = Array.from(m.bias);
    this.nb = new Array<number>(m.classes.length).fill(0);
  }

  private wordId(w: string): number {
    if (w !== this.lastWord) {
      this.lastWord = w;
      this.lastId = this.index.vocab.get(w) ?? -1;
    }
    return this.lastId;
  }
  count(id: number | undefined): void {
    const x = this.index;
    if (id === undefined || id < 0 || x.seen[id] === this.walk) return;
    x.seen[id] = this.walk;
    const { lr, nb } = this;
    const base = id * x.k;
    if (x.hasLr[id]) {
      this.used.push(x.names[id] ?? "");
      this.usedValues.push(1);
      this.usedIds.push(id);
      for (let i = 0; i < lr.length; i++) lr[i] = (lr[i] ?? 0) + (x.lr[base + i] ?? 0) * 1;
    }
    if (this.bayes && x.hasNb[id]) {
      this.known++;
      for (let i = 0; i < nb.length; i++) nb[i] = (nb[i] ?? 0) + (x.nb[base + i] ?? 0);
    }
  }
  word(part: WordPart, w: string): void {
    const id = this.wordId(w);
    if (id >= 0) this.count(this.index.alone[part]?.[id]);
  }
  pair(part: WordPart, a: string, b: string): void {
    const ia = this.wordId(a);
    const ib = this.wordId(b);
    if (ia >= 0 && ib >= 0) this.count(this.index.pairs[part]?.get(ia * this.index.words + ib));
  }
  whole(name: string): void {
    this.count(this.index.whole.get(name));
  }
}

/** A ModelScore that also numbers its features, for topTerms. */
export interface TermScore extends ModelScore {
  /** The term number (in the model's term index) of each of `used`. */
  ids: number[];
}

export interface EmailScores {
  /** The regression's logits over p.features and then `more`, as scoreModel gives them. */
  model: TermScore;
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
  const index = termIndex(m);
  const s = new Scorer(index, m, bayes && m.bayes !== undefined);
  const fw = preparedWords(p);
  if (fw) walkFeatures(fw, s);
  else for (const f of p.features) s.whole(f);
  const { lr, used, usedValues, usedIds } = s;
  more((name, v) => {
    const w = m.weights.get(name);
    if (!w) return;
    used.push(name);
    usedValues.push(v);
    usedIds.push(index.whole.get(name) ?? -1);
    for (let i = 0; i < lr.length; i++) lr[i] = (lr[i] ?? 0) + (w[i] ?? 0) * v;
  });
  let nb: EmailScores["bayes"];
  if (bayes && m.bayes) {
    const max = Math.max(...s.nb);
    nb = { logScores: s.nb.map((x) => x - max), known: s.known };
  }
  return { model: { logScores: lr, used, usedValues, ids: usedIds }, bayes: nb };
}

/**
 * topFeatures (model.ts) for a score from scoreEmail, the same features in the same order: the
 * weights are read from the term index by number instead of looked up by name.
 */
export function topTerms(
  m: LoadedModel,
  s: TermScore,
  ci: number,
  other: number,
  n: number,
  keep: (feature: string) => boolean,
): string[] {
  const x = termIndex(m);
  const { k, lr } = x;
  const strong: { f: string; d: number }[] = [];
  const { used, usedValues, ids } = s;
  for (let j = 0; j < used.length; j++) {
    const f = used[j] as string;
    if (!keep(f)) continue;
    const id = ids[j] ?? -1;
    if (id < 0 || !x.hasLr[id]) continue; // not in the model: topFeatures gives it no weight either
    const base = id * k;
    const d = ((lr[base + ci] ?? 0) - (ci === other ? 0 : (lr[base + other] ?? 0))) * (usedValues[j] ?? 1);
    if (d > 0.1) strong.push({ f, d });
  }
  return strong
    .sort((a, b) => b.d - a.d || (a.f < b.f ? -1 : 1))
    .slice(0, n)
    .map((e) => e.f);
}
