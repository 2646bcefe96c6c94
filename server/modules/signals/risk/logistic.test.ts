import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../demo/random.js';
import { contributionsOf, fitLogistic, matrixFromRows, probabilityOf } from './logistic.js';

// Hand-checkable: x = 0 on 10 rows (2 positive), x = 1 on 10 rows (8 positive). Unpenalised, the fit is
// P(y | x=0) = 0.2 and P(y | x=1) = 0.8. Standardised (mean 0.5, sd 0.5) z = ±1, so the coefficient is
// logit(0.8) = ln 4 and the intercept 0. With penalty λ, symmetry keeps the intercept at 0 and the
// first-order condition is σ(β) + λβ = 0.8.
const xs = [...Array<number>(10).fill(0), ...Array<number>(10).fill(1)];
const ys = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0];
const twoGroups = () => matrixFromRows(xs.map((x) => [x]), 1);
const sigmoid = (t: number) => 1 / (1 + Math.exp(-t));

describe('fitLogistic', () => {
  it('recovers the closed-form solution of a two-group table without penalty', () => {
    const model = fitLogistic({ x: twoGroups(), y: ys, lambda: 0 });
    expect(model.converged).toBe(true);
    expect(model.iterations).toBeLessThan(15);
    expect(model.means).toEqual([0.5]);
    expect(model.sds).toEqual([0.5]);
    expect(model.coefficients[0]).toBeCloseTo(Math.log(4), 8);
    expect(model.intercept).toBeCloseTo(0, 8);
    expect(probabilityOf(model, [1])).toBeCloseTo(0.8, 8);
    expect(probabilityOf(model, [0])).toBeCloseTo(0.2, 8);
  });

  it('solves the penalised first-order condition σ(β) + λβ = 0.8 and shrinks as λ grows', () => {
    const betas = [0, 0.01, 0.1, 1].map((lambda) => {
      const model = fitLogistic({ x: twoGroups(), y: ys, lambda });
      const beta = model.coefficients[0] ?? Number.NaN;
      expect(model.converged).toBe(true);
      expect(model.intercept).toBeCloseTo(0, 8);
      expect(sigmoid(beta) + lambda * beta).toBeCloseTo(0.8, 9);
      return beta;
    });
    for (let i = 1; i < betas.length; i++) expect(betas[i]).toBeLessThan(betas[i - 1] ?? Number.NaN);
    expect(betas[3]).toBeLessThan(0.5 * (betas[0] ?? 0));
    expect(betas[3]).toBeGreaterThan(0);
  });

  it('recovers the sign and rough size of known coefficients and leaves noise near zero', () => {
    const random = seededRandom(42);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 6000; i++) {
      const [a, noise, b] = [normal(), normal(), normal()];
      rows.push([a, noise, b]);
      labels.push(random.next() < sigmoid(-1 + 1.5 * a - 0.8 * b) ? 1 : 0);
    }
    const model = fitLogistic({ x: matrixFromRows(rows, 3), y: labels, lambda: 1e-4 });
    // Standardised coefficients = raw × sd (≈ 1 for standard normals).
    const [a, noise, b] = model.coefficients.map((c, j) => c / (model.sds[j] ?? 1));
    expect(a).toBeGreaterThan(1.3);
    expect(a).toBeLessThan(1.7);
    expect(b).toBeLessThan(-0.65);
    expect(b).toBeGreaterThan(-0.95);
    expect(Math.abs(noise ?? 1)).toBeLessThan(0.1);
  });

  it('is deterministic: the same rows give the same coefficients, bit for bit', () => {
    const first = fitLogistic({ x: twoGroups(), y: ys, lambda: 0.05 });
    const second = fitLogistic({ x: twoGroups(), y: ys, lambda: 0.05 });
    expect(second).toEqual(first);
  });

  it('gives a constant column no weight instead of failing', () => {
    const model = fitLogistic({ x: matrixFromRows(xs.map((x) => [x, 3]), 2), y: ys, lambda: 0.01 });
    expect(model.sds[1]).toBe(0);
    expect(model.coefficients[1]).toBe(0);
    expect(Number.isFinite(model.coefficients[0])).toBe(true);
  });

  it('converges on separable data once penalised', () => {
    const model = fitLogistic({ x: twoGroups(), y: xs, lambda: 0.01 });
    expect(model.converged).toBe(true);
    expect(probabilityOf(model, [1])).toBeGreaterThan(0.9);
  });

  it('refuses empty data, mismatched labels and a negative penalty', () => {
    expect(() => fitLogistic({ x: matrixFromRows([], 1), y: [], lambda: 0 })).toThrow('no training rows');
    expect(() => fitLogistic({ x: twoGroups(), y: [1, 0], lambda: 0 })).toThrow('2 labels for 20 rows');
    expect(() => fitLogistic({ x: twoGroups(), y: ys, lambda: -1 })).toThrow('lambda');
  });
});

describe('contributionsOf', () => {
  it('splits the log-odds into coefficient × standardised value per feature', () => {
    const model = fitLogistic({ x: matrixFromRows(xs.map((x, i) => [x, i % 3]), 2), y: ys, lambda: 0.01 });
    const row = [1, 2];
    const parts = contributionsOf(model, row);
    expect(parts[0]).toBeCloseTo((model.coefficients[0] ?? 0) * ((1 - (model.means[0] ?? 0)) / (model.sds[0] ?? 1)), 12);
    const logit = parts.reduce((s, c) => s + c, model.intercept);
    expect(sigmoid(logit)).toBeCloseTo(probabilityOf(model, row), 12);
  });
});
