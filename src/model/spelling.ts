/**
 * Optimal string alignment distance: edits, where swapping two neighbouring
 * letters counts as one (so "titel" is one edit from "title").
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Uint32Array(rows * cols);
  for (let i = 0; i < rows; i += 1) d[i * cols] = i;
  for (let j = 0; j < cols; j += 1) d[j] = j;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/**
 * The candidate a misspelt name most likely meant, or undefined when none is
 * close enough to be a helpful guess (two edits, one for names of up to three
 * letters, so "id" is not "corrected" to "kind"). Case is ignored.
 *
 * @example nearestName('titel', ['id', 'title', 'kind']) // 'title'
 */
export function nearestName(name: string, candidates: readonly string[]): string | undefined {
  // Field names are short; a long unknown key cannot be a typo of one.
  if (name.length > 64) return undefined;
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Short names get one edit: two edits turn almost any short word into another.
  const allowed = lower.length <= 3 ? 1 : 2;
  return bestDistance <= allowed ? best : undefined;
}
