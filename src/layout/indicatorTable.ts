import { catalog } from '../domain/catalog';
import type { Indicator } from '../domain/indicators';
import { a1, columnLetter } from '../model/a1';
import type { SheetSnapshot } from '../model/snapshot';
import { END_ROW, shownAt, STT_HEADER, textAt } from './headers';
import type { IndicatorTable, Unmapped } from './mapping';
import { fold } from './text';
import { colIndex } from './layoutModel';

/**
 * Her indicator table — "STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2023 | Ghi chú", on its own sheet
 * or below her money table — read so the indicator checks run on her cells: each row is
 * matched by its wording to a program indicator (CT01…CT23). A row with a target that matches
 * none, or more than one equally, is listed as not mapped (never guessed).
 */

const NAME_HEADER = /^(ten )?(chi tieu|danh muc (cac )?(muc tieu|chi tieu)|muc tieu, nhiem vu|noi dung chi tieu)/;
const VALUE_HEADER =
  /^(ke hoach|kh|chi tieu ke hoach|muc tieu)( nam)?( \d{4})?$|^(ke hoach|chi tieu|muc tieu) nam \d{4}/;
const OTHER_HEADERS: Array<[RegExp, 'DVT' | 'DON_VI_CHU_TRI' | 'GHI_CHU']> = [
  [/^(dvt|don vi tinh|don vi)$/, 'DVT'],
  [/(don vi )?chu tri/, 'DON_VI_CHU_TRI'],
  [/^ghi chu/, 'GHI_CHU'],
];

/** The first indicator table on a sheet (at or below `from`, 0-based), or null. */
export function findIndicatorTable(sheet: SheetSnapshot, unmapped: Unmapped[], from = 0): IndicatorTable | null {
  for (let r = from; r < sheet.rows.length; r++) {
    const columns = headerColumns(sheet, r);
    if (columns) return { sheet: sheet.name, headerRow: r + 1, columns, rows: readRows(sheet, r, columns, unmapped) };
  }
  return null;
}

function headerColumns(sheet: SheetSnapshot, r: number): IndicatorTable['columns'] | null {
  const row = sheet.rows[r] ?? [];
  const columns: IndicatorTable['columns'] = {};
  for (let c = 0; c < row.length; c++) {
    const f = fold(textAt(sheet, r, c));
    if (!f || f.length > 120) continue;
    const letter = columnLetter(c);
    if (!columns.CHI_TIEU && NAME_HEADER.test(f)) columns.CHI_TIEU = letter;
    else if (columns.CHI_TIEU && !columns.KE_HOACH && VALUE_HEADER.test(f)) columns.KE_HOACH = letter;
    else for (const [re, key] of OTHER_HEADERS) if (!columns[key] && re.test(f)) columns[key] = letter;
  }
  return columns.CHI_TIEU && columns.KE_HOACH ? columns : null;
}

const colOf = (letter: string | undefined) => (letter ? colIndex(letter) : -1);

function readRows(
  sheet: SheetSnapshot,
  headerRow: number,
  columns: IndicatorTable['columns'],
  unmapped: Unmapped[],
): IndicatorTable['rows'] {
  const nameCol = colOf(columns.CHI_TIEU);
  const valueCol = colOf(columns.KE_HOACH);
  const unitCol = colOf(columns.DVT);
  const rows: IndicatorTable['rows'] = [];
  const taken = new Set<string>();
  let blanks = 0;
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const name = textAt(sheet, r, nameCol);
    const value = shownAt(sheet, r, valueCol);
    if (!name && !value) {
      if (++blanks >= 3 && rows.length) break;
      continue;
    }
    blanks = 0;
    const folded = fold(name);
    if (END_ROW.test(folded) || (rows.length && STT_HEADER.test(fold(shownAt(sheet, r, Math.max(0, nameCol - 1))))))
      break;
    // Column numbers under the headers ("(1)", "2") and group headings without a target are not indicators.
    if (!name || /^\(?\d{1,2}\)?$/.test(name)) continue;
    const unit = unitCol >= 0 ? textAt(sheet, r, unitCol) : '';
    const match = matchIndicator(name, unit);
    const code = match && !taken.has(match.code) ? match.code : null;
    if (code) taken.add(code);
    else if (value) {
      unmapped.push({
        cell: `${sheet.name}!${a1(r, nameCol)}`,
        text: name,
        why: match
          ? `Chỉ tiêu ${match.code} đã có ở trên / indicator ${match.code} already listed above`
          : 'Không nhận ra chỉ tiêu của Chương trình (CT01–CT23); sửa bằng --map / not a program indicator; map it with --map',
      });
    }
    if (code || value) rows.push({ row: r + 1, text: name, code });
  }
  return rows;
}

/** Abbreviations officers write, spelled out as the catalog's names may be. */
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bdbkk\b/g, 'dac biet kho khan'],
  [/\bdtts\b/g, 'dan toc thieu so'],
  [/\bmn\b/g, 'mien nui'],
  [/\bnshvs\b/g, 'nuoc sinh hoat hop ve sinh'],
  [/\bptdtnt\b/g, 'pho thong dan toc noi tru'],
];

function words(text: string): Set<string> {
  let f = fold(text);
  for (const [re, long] of ABBREVIATIONS) f = f.replace(re, long);
  return new Set(f.split(/[^a-z0-9]+/).filter((w) => w && !/^\d{4}$/.test(w)));
}

/** How much of both wordings the shared words cover (F1 of the two word sets). */
function overlap(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common ? (2 * common) / (a.size + b.size) : 0;
}

const MIN_SCORE = 0.6;
const MIN_LEAD = 0.08;
const catalogWords = (): Array<{ ind: Indicator; words: Set<string>; unit: string }> =>
  [...catalog.indicatorByCode.values()].map((ind) => ({ ind, words: words(ind.name), unit: fold(ind.unit) }));
let cached: ReturnType<typeof catalogWords> | null = null;

/**
 * The program indicator her wording names, when one stands out: shared words score it, her
 * unit (ĐVT) agreeing with the catalog's adds to it, a percentage never matches a count.
 */
export function matchIndicator(name: string, unit = ''): Indicator | null {
  cached ??= catalogWords();
  const mine = words(name);
  const hers = fold(unit);
  const scored = cached
    .filter(({ unit }) => !hers || hers.includes('%') === unit.includes('%'))
    .map(({ ind, words: w, unit }) => ({ ind, score: overlap(mine, w) + (hers && hers === unit ? 0.1 : 0) }))
    .sort((x, y) => y.score - x.score);
  const [best, next] = scored;
  if (!best || best.score < MIN_SCORE) return null;
  return next && best.score - next.score < MIN_LEAD ? null : best.ind;
}
