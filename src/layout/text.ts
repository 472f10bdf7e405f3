/**
 * Text folding for matching an officer's headers and row labels: no diacritics, đ → d,
 * lower case, one space between words. "Vốn ĐTPT" and "von dtpt" fold to the same text.
 */
export function fold(text: unknown): string {
  if (text === null || text === undefined) return '';
  const s = String(text);
  return foldByTable(s) ?? foldByNormalizing(s);
}

/**
 * What fold means: Unicode NFD, combining marks removed, đ → d, lower case, whitespace runs
 * as one space, trimmed. Kept as the definition; foldByTable gives the same text faster.
 */
export function foldByNormalizing(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Table entries: a code unit's fold (one code unit), or these. */
const DROP = -1;
const SPACE = -2;
const UNKNOWN = -3;

/**
 * The fold of every code unit a Vietnamese label is written with, each computed once by the
 * definition: ASCII, Latin-1, Latin Extended-A/B, the combining marks and Latin Extended
 * Additional (ạ ả ấ … ỹ). Anything else (Greek's final sigma lower-cases by context, other
 * scripts, surrogates) is UNKNOWN and the whole text goes through the definition.
 */
const TABLE_END = 0x1f00;
/** Built on the first fold, not when the CLI loads (every command, `--help` too, loads this module). */
let table: Int32Array | null = null;

function buildTable(): Int32Array {
  const built = new Int32Array(TABLE_END).fill(UNKNOWN);
  const ranges: Array<[number, number]> = [
    [0x00, 0x7f],
    [0xa0, 0x24f],
    [0x300, 0x36f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      if (/[\s\u00a0]/.test(ch)) built[c] = SPACE;
      else {
        const folded = foldByNormalizing(ch);
        if (folded.length === 0) built[c] = DROP;
        else if (folded.length === 1) built[c] = folded.charCodeAt(0);
      }
    }
  }
  return built;
}

/** Labels are short; a longer text keeps the definition (one fromCharCode call has an argument limit). */
const LONG_TEXT = 4096;
/** The folded text never has more code units than the text: one buffer serves every label. */
const scratch = new Uint16Array(LONG_TEXT);

/** The fold by table, or null when the text holds a code unit the table does not know. */
function foldByTable(s: string): string | null {
  if (s.length > LONG_TEXT) return null;
  const foldOf = (table ??= buildTable());
  const out = scratch;
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = c < TABLE_END ? foldOf[c] : UNKNOWN;
    if (f >= 0) {
      // A run of spaces becomes one, and none before the first letter (trimmed).
      if (space && n > 0) out[n++] = 32;
      space = false;
      out[n++] = f;
    } else if (f === SPACE) space = true;
    else if (f === UNKNOWN) return null;
  }
  return n === 0 ? '' : String.fromCharCode.apply(null, out.subarray(0, n) as unknown as number[]);
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
