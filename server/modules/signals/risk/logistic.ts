// L2-regularised logistic regression on standardised features, fitted by Newton's method (IRLS) with step
// halving. Pure and deterministic: the same rows in the same order give the same coefficients, bit for bit.
// Objective: mean log-loss + (lambda / 2) · ‖coefficients‖²; the intercept is not penalised.

/** Row-major n × p matrix. */
export type Matrix = { rows: number; cols: number; data: Float64Array };

export type Standardiser = { means: number[]; sds: number[] };

export type LogisticModel = Standardiser & {
  intercept: number;
  /** One per feature, on the standardised scale: the change in log-odds per standard deviation. */
  coefficients: number[];
  lambda: number;
  iterations: number;
  converged: boolean;
  /** Mean log-loss on the training rows at the solution (without the penalty). */
  logLoss: number;
};

export function matrixFromRows(rows: readonly (readonly number[])[], cols: number): Matrix {
  const data = new Float64Array(rows.length * cols);
  rows.forEach((row, i) => {
    if (row.length !== cols) throw new Error(`row ${i} has ${row.length} values, expected ${cols}`);
    data.set(row, i * cols);
  });
  return { rows: rows.length, cols, data };
}

/** Means and (population) standard deviations; a constant column gets sd 0 and is ignored by the model. */
export function fitStandardiser(x: Matrix): Standardiser {
  const means = new Array<number>(x.cols).fill(0);
  const sds = new Array<number>(x.cols).fill(0);
  if (x.rows === 0) return { means, sds };
  for (let i = 0; i < x.rows; i++) for (let j = 0; j < x.cols; j++) means[j] = (means[j] ?? 0) + (x.data[i * x.cols + j] ?? 0);
  for (let j = 0; j < x.cols; j++) means[j] = (means[j] ?? 0) / x.rows;
  for (let i = 0; i < x.rows; i++) {
    for (let j = 0; j < x.cols; j++) {
      const d = (x.data[i * x.cols + j] ?? 0) - (means[j] ?? 0);
      sds[j] = (sds[j] ?? 0) + d * d;
    }
  }
  for (let j = 0; j < x.cols; j++) {
    const sd = Math.sqrt((sds[j] ?? 0) / x.rows);
    sds[j] = sd > 1e-12 ? sd : 0;
  }
  return { means, sds };
}

export function standardiseRow(row: readonly number[], { means, sds }: Standardiser): number[] {
  return row.map((v, j) => {
    const sd = sds[j] ?? 0;
    return sd === 0 ? 0 : (v - (means[j] ?? 0)) / sd;
  });
}

function standardise(x: Matrix, s: Standardiser): Matrix {
  const data = new Float64Array(x.data.length);
  for (let i = 0; i < x.rows; i++) {
    for (let j = 0; j < x.cols; j++) {
      const sd = s.sds[j] ?? 0;
      data[i * x.cols + j] = sd === 0 ? 0 : ((x.data[i * x.cols + j] ?? 0) - (s.means[j] ?? 0)) / sd;
    }
  }
  return { rows: x.rows, cols: x.cols, data };
}

const sigmoid = (t: number): number => (t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t)));

/** log(1 + e^t) without overflow. */
const softplus = (t: number): number => (t > 30 ? t : t < -30 ? Math.exp(t) : Math.log1p(Math.exp(t)));

/** β[0] is the intercept, β[1..p] the coefficients; z is standardised. */
function linear(z: Matrix, i: number, beta: Float64Array): number {
  let t = beta[0] ?? 0;
  const offset = i * z.cols;
  for (let j = 0; j < z.cols; j++) t += (beta[j + 1] ?? 0) * (z.data[offset + j] ?? 0);
  return t;
}

function meanLogLoss(z: Matrix, y: Uint8Array, beta: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < z.rows; i++) {
    const t = linear(z, i, beta);
    // -[y log p + (1-y) log(1-p)] = softplus(t) - y·t
    sum += softplus(t) - (y[i] ?? 0) * t;
  }
  return sum / z.rows;
}

function penalty(beta: Float64Array, lambda: number): number {
  let s = 0;
  for (let j = 1; j < beta.length; j++) s += (beta[j] ?? 0) ** 2;
  return (lambda / 2) * s;
}

/** Solves A x = b for a symmetric positive-definite A (k × k, row-major) by Cholesky. */
function solveSpd(a: Float64Array, b: Float64Array, k: number): Float64Array {
  const l = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * k + j] ?? 0;
      for (let m = 0; m < j; m++) s -= (l[i * k + m] ?? 0) * (l[j * k + m] ?? 0);
      if (i === j) {
        // A tiny jitter keeps an all-zero (constant) column from making the system singular.
        l[i * k + i] = Math.sqrt(Math.max(s, 1e-12));
      } else {
        l[i * k + j] = s / (l[j * k + j] ?? 1);
      }
    }
  }
  const x = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let s = b[i] ?? 0;
    for (let m = 0; m < i; m++) s -= (l[i * k + m] ?? 0) * (x[m] ?? 0);
    x[i] = s / (l[i * k + i] ?? 1);
  }
  for (let i = k - 1; i >= 0; i--) {
    let s = x[i] ?? 0;
    for (let m = i + 1; m < k; m++) s -= (l[m * k + i] ?? 0) * (x[m] ?? 0);
    x[i] = s / (l[i * k + i] ?? 1);
  }
  return x;
}

export type FitOptions = { x: Matrix; y: readonly number[] | Uint8Array; lambda: number; maxIterations?: number; tolerance?: number };

/** Fits the model: standardises x, then Newton steps until the largest change in a coefficient is below tolerance. */
export function fitLogistic({ x, y, lambda, maxIterations = 50, tolerance = 1e-8 }: FitOptions): LogisticModel {
  if (x.rows === 0) throw new Error('no training rows');
  if (y.length !== x.rows) throw new Error(`${y.length} labels for ${x.rows} rows`);
  if (!(lambda >= 0)) throw new Error('lambda must be zero or more');
  const labels = Uint8Array.from(y, (v) => (v ? 1 : 0));
  const standardiser = fitStandardiser(x);
  const z = standardise(x, standardiser);
  const k = z.cols + 1;
  const beta = new Float64Array(k);
  // Start from the base rate: the intercept alone is then already the best constant model.
  const rate = labels.reduce((s, v) => s + v, 0) / z.rows;
  beta[0] = Math.log(Math.min(Math.max(rate, 1e-6), 1 - 1e-6) / (1 - Math.min(Math.max(rate, 1e-6), 1 - 1e-6)));
  let objective = meanLogLoss(z, labels, beta) + penalty(beta, lambda);
  let iterations = 0;
  let converged = false;
  const gradient = new Float64Array(k);
  const hessian = new Float64Array(k * k);
  const row = new Float64Array(k);
  while (iterations < maxIterations) {
    iterations += 1;
    gradient.fill(0);
    hessian.fill(0);
    for (let i = 0; i < z.rows; i++) {
      const p = sigmoid(linear(z, i, beta));
      const r = p - (labels[i] ?? 0);
      const w = p * (1 - p);
      row[0] = 1;
      for (let j = 0; j < z.cols; j++) row[j + 1] = z.data[i * z.cols + j] ?? 0;
      for (let a = 0; a < k; a++) {
        const va = row[a] ?? 0;
        if (va === 0) continue;
        gradient[a] = (gradient[a] ?? 0) + r * va;
        const wa = w * va;
        for (let b = 0; b <= a; b++) hessian[a * k + b] = (hessian[a * k + b] ?? 0) + wa * (row[b] ?? 0);
      }
    }
    for (let a = 0; a < k; a++) {
      gradient[a] = (gradient[a] ?? 0) / z.rows + (a > 0 ? lambda * (beta[a] ?? 0) : 0);
      for (let b = 0; b <= a; b++) {
        const v = (hessian[a * k + b] ?? 0) / z.rows + (a === b && a > 0 ? lambda : 0);
        hessian[a * k + b] = v;
        hessian[b * k + a] = v;
      }
    }
    const step = solveSpd(hessian, gradient, k);
    // Step halving: Newton can overshoot far from the solution when lambda is small.
    let scale = 1;
    let candidate = new Float64Array(k);
    let next = objective;
    for (let halvings = 0; halvings < 30; halvings++) {
      candidate = beta.map((v, j) => v - scale * (step[j] ?? 0));
      next = meanLogLoss(z, labels, candidate) + penalty(candidate, lambda);
      if (next <= objective + 1e-15) break;
      scale /= 2;
    }
    let largest = 0;
    for (let j = 0; j < k; j++) largest = Math.max(largest, Math.abs((candidate[j] ?? 0) - (beta[j] ?? 0)));
    beta.set(candidate);
    objective = next;
    if (largest < tolerance) {
      converged = true;
      break;
    }
  }
  return {
    ...standardiser,
    intercept: beta[0] ?? 0,
    coefficients: Array.from(beta.subarray(1)),
    lambda,
    iterations,
    converged,
    logLoss: meanLogLoss(z, labels, beta),
  };
}

/** Each feature's share of the log-odds: coefficient × standardised value (they sum with the intercept to the logit). */
export function contributionsOf(model: LogisticModel, row: readonly number[]): number[] {
  return standardiseRow(row, model).map((v, j) => (model.coefficients[j] ?? 0) * v);
}

export function probabilityOf(model: LogisticModel, row: readonly number[]): number {
  return sigmoid(contributionsOf(model, row).reduce((s, c) => s + c, model.intercept));
}
