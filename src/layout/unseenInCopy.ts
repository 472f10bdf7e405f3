import type { Finding, FindingCode } from '../model/finding';
import type { MoneyUnit } from '../domain/units';
import { amountEn, amountVn } from '../validation/format';
import { tagOf } from '../validation/describe';
import type { ImportDisagreement } from './importDisagreements';
import type { LayoutMapping } from './mapping';

type Remark = { cell: string; why: string };

/** Her cell holds no figure (text, an error value, a date, a figure out of range): nothing of it is carried. */
const NO_FIGURE = new Set<FindingCode>(['NOT_A_NUMBER', 'VALUE_OUT_OF_RANGE', 'FORMULA_ERROR', 'DATE_IN_AMOUNT']);
/** Slips at a cell whose figure the copy does not hold (her totals are computed there): its check cannot see them. */
const RELAYED = new Set<FindingCode>([
  ...NO_FIGURE,
  'SUM_MISMATCH',
  'UNIT_SUSPECT',
  'NEGATIVE_AMOUNT',
  'NUMBER_AS_TEXT',
  'NUMBER_WITH_UNIT',
  'PERCENT_IN_AMOUNT',
  'FIGURE_IN_WRONG_COLUMN',
]);
/** Slips the copy holds as she typed them, where its own totals (formulas) now follow them: said. */
const CARRIED_AS_TYPED = new Set<FindingCode>(['FIGURE_IN_WRONG_COLUMN']);
/** Slips the copy holds made right: a number typed as text, or money under a % format, is carried as the number meant. */
const MADE_RIGHT = new Set<FindingCode>(['NUMBER_AS_TEXT', 'NUMBER_WITH_UNIT', 'PERCENT_IN_AMOUNT']);

/**
 * What validate finds on her table that the converted copy cannot show, so the conversion says it
 * (never a slip lost on the way): a line whose detail rows, folded into it, add to another figure;
 * a total column of hers off its columns; any other slip at a cell of hers the copy does not hold
 * (her TỔNG CỘNG over capital sections, a section's heading row, text or a date where money belongs:
 * "Chưa chép", nothing of it carried); a number typed as text, carried as a number. Said only where
 * validate finds it: a total thrown off by a unit slip the copy carries is that slip's echo.
 */
export function unseenInCopy(input: {
  findings: readonly Finding[];
  disagree: readonly ImportDisagreement[];
  /** Her cells whose figures the copy holds ('Sheet!E10', or joined 'Sheet!F9+F10'). */
  held: readonly string[];
  herText: (text: string) => string;
  unitOf: (cell: string) => MoneyUnit;
}): { left: Remark[]; attention: Remark[] } {
  const { findings, herText } = input;
  const found = new Set(findings.map((f) => `${f.sheet}!${f.cell}`));
  // An allocation's typed total is judged against the plan (UNDER_ALLOCATION at the plan's cell).
  const judged = new Set(findings.map((f) => `${f.lineCode}|${f.sourceKey}`));
  const attention: Remark[] = [];
  const left: Remark[] = [];
  // Her cells a disagreement below already speaks of: validate's finding there is not said twice.
  const spoken = new Set<string>();
  for (const d of input.disagree) {
    const remark = disagreementRemark(d, herText, input.unitOf(herText(d.cell)));
    const parts = d.kind === 'details' ? cellsOf(herText(d.partCells)) : [];
    if (![remark.cell, ...parts].some((c) => found.has(c)) && !judged.has(`${d.code}|${d.key}`)) continue;
    attention.push(remark);
    for (const c of [remark.cell, ...parts]) spoken.add(c);
  }
  const held = new Set(input.held.flatMap(cellsOf));
  for (const f of findings) {
    const cell = `${f.sheet}!${f.cell}`;
    if (f.severity === 'info') continue;
    const isHeld = held.has(cell);
    // A cell already spoken of is said again only for what the copy changed in it (text made a number).
    const carried = isHeld && CARRIED_AS_TYPED.has(f.code);
    if (isHeld ? !MADE_RIGHT.has(f.code) && !carried : !RELAYED.has(f.code) || spoken.has(cell)) continue;
    spoken.add(cell);
    const [vi, en] = carried
      ? ['Bản chuẩn chép nó như đã gõ, ở cột này', 'The copy carries it as typed, in this column']
      : isHeld
        ? ['Bản chuẩn ghi nó thành số', 'The copy holds it as a number']
        : ['Bản chuẩn không chép ô này', 'The copy does not carry this cell'];
    (NO_FIGURE.has(f.code) && !isHeld ? left : attention).push({
      cell,
      why: `${f.message.replace(/\.?$/, '.')} ${vi} / ${f.messageEn.replace(/\.?$/, '.')} ${en}.`,
    });
  }
  return { left, attention };
}

/** 'Sheet!E11+E12' (or 'Sheet!E11+Sheet!F11') → ['Sheet!E11', 'Sheet!E12']. */
export function cellsOf(joined: string): string[] {
  const first = /^(.*?)!([A-Z]+\d+)(?:\+|$)/.exec(joined);
  if (!first) return [];
  const sheet = first[1];
  return joined
    .slice(sheet.length + 1)
    .split('+')
    .map((c) => (c.includes('!') ? c : `${sheet}!${c}`));
}

/** Her sheet's unit, for the figures of a cell on it ('Sheet!E10'). */
export function unitOfCell(layout: LayoutMapping, cell: string, fallback: MoneyUnit): MoneyUnit {
  const sheet = cell.slice(0, cell.lastIndexOf('!'));
  return layout.tables.find((t) => t.sheet === sheet)?.unit ?? fallback;
}

/** What the conversion says of a figure of hers the copy cannot show disagreeing with its parts. */
function disagreementRemark(d: ImportDisagreement, herText: (text: string) => string, unit: MoneyUnit): Remark {
  const tag = tagOf(d.code, d.key);
  const parts = herText(d.partCells);
  const [given, sum] = [amountVn(d.given, unit), amountVn(d.parts, unit)];
  const [givenEn, sumEn] = [amountEn(d.given, unit), amountEn(d.parts, unit)];
  const why =
    d.kind === 'details'
      ? `${tag.vi}: dòng ghi ${given}, các dòng chi tiết dưới nó (${parts}) cộng ${sum}; bản chuẩn ghi số của dòng, ` +
        `các dòng chi tiết chỉ được nêu tên / ${tag.en}: the line gives ${givenEn}, its detail rows (${parts}) add to ` +
        `${sumEn}; the copy carries the line's figure and names the detail rows only`
      : `${tag.vi}: bảng ghi ${given}, các cột nó cộng${parts ? ` (${parts})` : ''} ra ${sum}; bản chuẩn tính ô này bằng ` +
        `công thức: ${sum} / ${tag.en}: your table gives ${givenEn}, the columns it adds${parts ? ` (${parts})` : ''} ` +
        `come to ${sumEn}; the copy computes this cell with its formula: ${sumEn}`;
  return { cell: herText(d.cell), why };
}
