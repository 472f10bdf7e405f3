import { a1, parseA1 } from '../model/a1';
import type { Finding } from '../model/finding';
import type { FoldedSections } from './capitalSections';
import type { Capital, OtherSource } from './mapping';

/** Findings on a table folded by capital type (capitalSections.ts), said at the cells she typed. */

/** A section's capital type or source, short, as messages name it ("Phần vốn ĐTPT · …"). */
export const CAPITAL_SHORT: Record<Capital | OtherSource, { vi: string; en: string }> = {
  DTPT: { vi: 'ĐTPT', en: 'investment' },
  SN: { vi: 'SN', en: 'recurrent' },
  LONG_GHEP: { vi: 'lồng ghép', en: 'integrated funds' },
  TIN_DUNG: { vi: 'tín dụng', en: 'policy credit' },
  HUY_DONG: { vi: 'huy động', en: 'other mobilised funds' },
  DAN_GOP: { vi: 'dân góp', en: "people's contributions" },
};

/**
 * A text naming cells of the folded sheet (a message, an import note) with her cells instead. A line
 * with no row in a section has no cell of that capital type: it leaves the text's sums.
 */
export function herCellsInText(folded: FoldedSections, sheet: string, text: string): string {
  const GONE = '¤';
  return text
    .replace(
      /\b[A-Z]{1,3}\d+\b/g,
      (ref) =>
        folded.herCell.get(`${sheet}!${ref}`) ?? (folded.herColumn.get(sheet)?.has(parseA1(ref).col) ? GONE : ref),
    )
    .replace(/\+?¤\+?/g, (m) => (m.length === 3 ? '+' : ''));
}

/** Findings on the folded sheet, moved to the cells she typed (and the addresses in their messages). */
export function toHerCells(findings: Finding[], folded: FoldedSections): Finding[] {
  const her = (sheet: string, cell: string): string => {
    const known = folded.herCell.get(`${sheet}!${cell}`);
    if (known) return known;
    const { row, col } = parseA1(cell);
    const from = folded.herColumn.get(sheet)?.get(col);
    return from === undefined ? cell : a1(row, from);
  };
  const inText = (sheet: string, text: string) => herCellsInText(folded, sheet, text);
  return findings.map((f) => {
    if (!folded.herColumn.has(f.sheet)) return f;
    const cell = her(f.sheet, f.cell);
    // The folded total row holds her section headings' figures: named as the section they are.
    const cap = folded.headings.get(`${f.sheet}!${parseA1(cell).row + 1}`);
    const vi = cap ? `Phần vốn ${CAPITAL_SHORT[cap].vi} · ` : 'Dòng tổng · ';
    const en = cap ? `${CAPITAL_SHORT[cap].en} section · ` : 'Total row · ';
    return {
      ...f,
      cell,
      message: inText(f.sheet, f.message).replace('Dòng tổng · ', vi),
      messageEn: inText(f.sheet, f.messageEn).replace('Total row · ', en),
    };
  });
}
