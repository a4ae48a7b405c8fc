// Multinomial logistic regression (softmax regression) with an L2 penalty and per-example weights,
// fitted by L-BFGS on the full batch. Generic and pure: sparse rows of feature indices and values
// in, a weight matrix out. Deterministic: no randomness, a fixed number of steps at most, and
// floating-point sums always taken in the same order.

export interface SparseRow {
  /** Feature indices (0 … features-1), each at most once. */
  idx: Int32Array;
  /** The features' values, same length as idx. */
  val: Float64Array;
  /** The class index. */
  y: number;
  /** The example's weight in the loss (class balancing, source weighting). */
  w: number;
}

export interface FitOptions {
  /** L2 penalty on the feature weights (not the biases), per unit of total example weight. */
  l2: number;
  /** L-BFGS steps at most. */
  maxIter: number;
  /** Stop when the loss improves by less than this (relative) over one step. */
  tol: number;
  /** Fit an intercept per class; false keeps every class's at 0 (a flat prior). */
  bias: boolean;
}

export const DEFAULT_FIT: FitOptions = { l2: 1e-3, maxIter: 200, tol: 1e-7, bias: true };

export interface Fitted {
  /** Row-major: weights[f * classes + c]. */
  weights: Float64Array;
  bias: Float64Array;
  /** The penalised loss at the end, and the steps taken. */
  loss: number;
  iterations: number;
  /** Loss evaluations (each one pass over the rows). */
  evaluations: number;
}

/** The rows packed into flat arrays (compressed sparse rows), for the hot loop. */
interface Packed {
  start: Int32Array;
  idx: Int32Array;
  val: Float64Array;
  y: Int32Array;
  w: Float64Array;
  total: number;
}

function pack(rows: readonly SparseRow[]): Packed {
  const nnz = rows.reduce((a, r) => a + r.idx.length, 0);
  const start = new Int32Array(rows.length + 1);
  const idx = new Int32Array(nnz);
  const val = new Float64Array(nnz);
  let at = 0;
  let total = 0;
  rows.forEach((r, i) => {
    start[i] = at;
    idx.set(r.idx, at);
    val.set(r.val, at);
    at += r.idx.length;
    total += r.w;
  });
  start[rows.length] = at;
  return {
    start,
    idx,
    val,
    y: Int32Array.from(rows, (r) => r.y),
    w: Float64Array.from(rows, (r) => r.w),
    total,
  };
}

/**
 * The penalised mean cross-entropy and its gradient at `theta` (features × classes weights, then the
 * classes' biases), written into `grad`.
 */
function lossAndGrad(
  d: Packed,
  nf: number,
  k: number,
  l2: number,
  theta: Float64Array,
  grad: Float64Array,
  fitBias: boolean,
): number {
  grad.fill(0);
  const biasAt = nf * k;
  const z = new Float64Array(k);
  const { start, idx, val } = d;
  let loss = 0;
  for (let r = 0; r < d.y.length; r++) {
    const from = start[r] ?? 0;
    const to = start[r + 1] ?? 0;
    const y = d.y[r] ?? 0;
    const w = d.w[r] ?? 0;
    for (let c = 0; c < k; c++) z[c] = theta[biasAt + c] ?? 0;
    for (let j = from; j < to; j++) {
      const base = (idx[j] ?? 0) * k;
      const v = val[j] ?? 0;
      for (let c = 0; c < k; c++) z[c] = (z[c] ?? 0) + (theta[base + c] ?? 0) * v;
    }
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, z[c] ?? 0);
    let sum = 0;
    for (let c = 0; c < k; c++) {
      const e = Math.exp((z[c] ?? 0) - max);
      z[c] = e;
      sum += e;
    }
    loss += w * (Math.log(sum) - Math.log(Math.max(z[y] ?? 0, Number.MIN_VALUE)));
    // z holds the probabilities times sum; the gradient of the cross-entropy is p - onehot.
    for (let c = 0; c < k; c++) z[c] = w * ((z[c] ?? 0) / sum - (c === y ? 1 : 0));
    for (let j = from; j < to; j++) {
      const base = (idx[j] ?? 0) * k;
      const v = val[j] ?? 0;
      for (let c = 0; c < k; c++) grad[base + c] = (grad[base + c] ?? 0) + (z[c] ?? 0) * v;
    }
    for (let c = 0; c < k; c++) grad[biasAt + c] = (grad[biasAt + c] ?? 0) + (z[c] ?? 0);
  }
  const norm = d.total > 0 ? 1 / d.total : 0;
  let penalty = 0;
  for (let i = 0; i < biasAt; i++) {
    const t = theta[i] ?? 0;
    penalty += t * t;
    grad[i] = (grad[i] ?? 0) * norm + l2 * t;
  }
  for (let c = 0; c < k; c++) grad[biasAt + c] = fitBias ? (grad[biasAt + c] ?? 0) * norm : 0;
  return loss * norm + 0.5 * l2 * penalty;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
};

/** Fits the model; `features` is the number of feature indices, `classes` the number of classes. */
export function fitSoftmax(
  rows: readonly SparseRow[],
  features: number,
  classes: number,
  opts: Partial<FitOptions> = {},
): Fitted {
  const { l2, maxIter, tol, bias } = { ...DEFAULT_FIT, ...opts };
  const data = pack(rows);
  const n = features * classes + classes;
  const theta = new Float64Array(n);
  const grad = new Float64Array(n);
  let loss = lossAndGrad(data, features, classes, l2, theta, grad, bias);
  let evaluations = 1;
  const memory = 8;
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const dir = new Float64Array(n);
  const next = new Float64Array(n);
  const nextGrad = new Float64Array(n);
  const alpha = new Array<number>(memory).fill(0);
  let iterations = 0;
  for (; iterations < maxIter; iterations++) {
    // Two-loop recursion: dir = -H·grad.
    for (let i = 0; i < n; i++) dir[i] = -(grad[i] ?? 0);
    for (let m = s.length - 1; m >= 0; m--) {
      const a = (rho[m] ?? 0) * dot(s[m] as Float64Array, dir);
      alpha[m] = a;
      const ym = y[m] as Float64Array;
      for (let i = 0; i < n; i++) dir[i] = (dir[i] ?? 0) - a * (ym[i] ?? 0);
    }
    const last = s.length - 1;
    if (last >= 0) {
      const gamma =
        dot(s[last] as Float64Array, y[last] as Float64Array) /
        dot(y[last] as Float64Array, y[last] as Float64Array);
      for (let i = 0; i < n; i++) dir[i] = (dir[i] ?? 0) * gamma;
    } else {
      // First step: a gradient step of unit length at most.
      const g = Math.sqrt(dot(grad, grad));
      if (g > 1) for (let i = 0; i < n; i++) dir[i] = (dir[i] ?? 0) / g;
    }
    for (let m = 0; m < s.length; m++) {
      const b = (rho[m] ?? 0) * dot(y[m] as Float64Array, dir);
      const sm = s[m] as Float64Array;
      for (let i = 0; i < n; i++) dir[i] = (dir[i] ?? 0) + ((alpha[m] ?? 0) - b) * (sm[i] ?? 0);
    }
    let slope = dot(grad, dir);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from the gradient.
      s.length = 0;
      y.length = 0;
      rho.length = 0;
      for (let i = 0; i < n; i++) dir[i] = -(grad[i] ?? 0);
      slope = dot(grad, dir);
      if (slope >= 0) break;
    }
    // Backtracking line search (Armijo).
    let step = 1;
    let nextLoss = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) next[i] = (theta[i] ?? 0) + step * (dir[i] ?? 0);
      nextLoss = lossAndGrad(data, features, classes, l2, next, nextGrad, bias);
      evaluations++;
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(nextLoss < loss)) break;
    const sNew = new Float64Array(n);
    const yNew = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sNew[i] = (next[i] ?? 0) - (theta[i] ?? 0);
      yNew[i] = (nextGrad[i] ?? 0) - (grad[i] ?? 0);
    }
    const sy = dot(sNew, yNew);
    if (sy > 1e-12) {
      s.push(sNew);
      y.push(yNew);
      rho.push(1 / sy);
      if (s.length > memory) {
        s.shift();
        y.shift();
        rho.shift();
      }
    }
    theta.set(next);
    grad.set(nextGrad);
    const improved = (loss - nextLoss) / Math.max(1, Math.abs(loss));
    loss = nextLoss;
    if (improved < tol) {
      iterations++;
      break;
    }
  }
  return {
    weights: theta.slice(0, features * classes),
    bias: theta.slice(features * classes),
    loss,
    iterations,
    evaluations,
  };
}
