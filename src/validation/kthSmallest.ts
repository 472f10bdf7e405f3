/**
 * The k-th smallest (0-based) of `values`, found by quickselect: O(n) where a sort is
 * O(n log n). It reorders `values` (pass a copy). For finite numbers only (no NaN).
 * UNIT_SUSPECT asks for a column's median first: most columns have no outlier, and then
 * no sort is needed at all.
 */
export function kthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = medianOfThree(values[lo], values[(lo + hi) >> 1], values[hi]);
    // Hoare partition: [lo, j] ≤ pivot, [i, hi] ≥ pivot, anything between equals pivot.
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[k];
}

function medianOfThree(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
