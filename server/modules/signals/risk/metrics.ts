// How a set of flagged people compares with what happened: precision, recall, the top k of a ranking and
// the area under the ROC curve. Pure.

export type Scored = { personId: string; score: number };

/** Highest score first; ties by person id, so the top k never depends on row order. */
export function rankByScore<T extends Scored>(scored: readonly T[]): T[] {
  return [...scored].sort((a, b) => b.score - a.score || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
}

export function topK(scored: readonly Scored[], k: number): Set<string> {
  return new Set(rankByScore(scored).slice(0, Math.max(0, k)).map((s) => s.personId));
}

export type Confusion = { flagged: number; positives: number; truePositives: number; precision: number; recall: number };

export function confusion(flagged: ReadonlySet<string>, positives: ReadonlySet<string>): Confusion {
  let truePositives = 0;
  for (const id of flagged) if (positives.has(id)) truePositives += 1;
  return {
    flagged: flagged.size, positives: positives.size, truePositives,
    precision: flagged.size === 0 ? 0 : truePositives / flagged.size,
    recall: positives.size === 0 ? 0 : truePositives / positives.size,
  };
}

/** Area under the ROC curve (Mann–Whitney, ties counted as half). NaN when one class is empty. */
export function rocAuc(scored: readonly Scored[], positives: ReadonlySet<string>): number {
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let nPos = 0;
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]?.score === sorted[i]?.score) j += 1;
    const midRank = (i + j + 2) / 2;
    for (let m = i; m <= j; m++) {
      const s = sorted[m];
      if (s && positives.has(s.personId)) {
        rankSum += midRank;
        nPos += 1;
      }
    }
    i = j + 1;
  }
  const nNeg = sorted.length - nPos;
  if (nPos === 0 || nNeg === 0) return Number.NaN;
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}
