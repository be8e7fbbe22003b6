/**
 * "Did you mean" (catalog §1.12 T7), shared by every rule that offers a suggestion.
 * Candidates qualify at distance 0 (case-insensitive equality) or, when the trimmed input has at least
 * 5 characters, at a Damerau–Levenshtein distance ≤ maxDistance (2 by default, 3 for NE entitlement
 * values) between the lower-cased strings. A suggestion is made only when exactly one candidate has the
 * minimal distance.
 */

export interface DidYouMeanOptions {
  /** 2 (default) or 3 for NE entitlement values. */
  maxDistance?: number;
}

export function didYouMean(
  input: string,
  candidates: Iterable<string>,
  options: DidYouMeanOptions = {},
): string | undefined {
  const maxDistance = options.maxDistance ?? 2;
  const needle = input.trim().toLowerCase();
  const allowFuzzy = input.trim().length >= 5;
  let best: string | undefined;
  let bestDistance = Infinity;
  let ties = 0;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    let d: number;
    if (hay === needle) d = 0;
    else if (!allowFuzzy) continue;
    else d = damerauLevenshtein(needle, hay, maxDistance);
    if (d > maxDistance) continue;
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      ties = 1;
    } else if (d === bestDistance && candidate !== best) {
      ties++;
    }
  }
  return ties === 1 ? best : undefined;
}

/**
 * Optimal-string-alignment Damerau–Levenshtein distance (insert, delete, substitute, transpose adjacent).
 * Returns `limit + 1` early when the length difference alone exceeds `limit`.
 */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}
