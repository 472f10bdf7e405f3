/**
 * Text folding for matching an officer's headers and row labels: no diacritics, đ → d,
 * lower case, one space between words. "Vốn ĐTPT" and "von dtpt" fold to the same text.
 */
export function fold(text: unknown): string {
  if (text === null || text === undefined) return '';
  return String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Whether a folded text contains a word or phrase on word boundaries. */
export function hasWord(folded: string, phrase: string): boolean {
  return new RegExp(`(^|[^a-z0-9])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`).test(folded);
}

/** Roman numeral (I … XXXIX) → number, or null. */
export function fromRoman(text: string): number | null {
  const t = text.trim().toUpperCase();
  if (!/^[IVXL]+$/.test(t)) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = values[t[i]];
    const next = values[t[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}
