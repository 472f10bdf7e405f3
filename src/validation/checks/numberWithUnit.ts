import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { clip, formatEn, formatVn } from '../format';
import { unusualAmountCells, type AmountCell, cellTag } from '../amountCells';
import { parseNumberText } from '../parseAmount';
import { cellAt } from '../../model/snapshot';
import { MONEY_UNITS, type MoneyUnit } from '../../domain/units';
import type { SlipAt } from '../amountSlipFindings';
import type { WorkbookModel } from '../workbookModel';

/** "18.939 km", "04 hộ", "12 tỷ", "1,5 triệu đồng": a number, then a unit word. */
const WITH_UNIT = /^\s*([-+−]?\d[\d.,\s]*?)\s*([\p{L}%][\p{L}\p{M}\s./%²³]*)$/u;

/** Money words → đồng per unit ("tỷ" is a thousand triệu). */
const MONEY_WORDS: Array<[RegExp, number]> = [
  [/^(tỷ|tỉ)( đồng)?$/, 1e9],
  [/^(triệu|tr|trđ|tr\.đ)( đồng)?$/, 1e6],
  [/^(nghìn|ngàn|nghìn đồng|ngàn đồng|k)$/, 1e3],
  [/^(đồng|đ|vnđ|vnd)$/, 1],
];

type Tag = { vi: string; en: string };

export interface NumberWithUnit {
  number: string;
  value: number;
  unit: string;
}

/** Splits "12 tỷ" into 12 and "tỷ"; null when the text is not a number followed by a unit word. */
export function splitNumberWithUnit(text: string): NumberWithUnit | null {
  const m = WITH_UNIT.exec(text.normalize('NFC'));
  if (!m || parseNumberText(text)) return null;
  const parsed = parseNumberText(m[1].trim());
  if (!parsed) return null;
  return { number: m[1].trim(), value: parsed.value, unit: m[2].trim() };
}

function moneyFactor(unit: string): number | null {
  const u = unit.toLowerCase().replace(/\s+/g, ' ');
  for (const [re, dong] of MONEY_WORDS) if (re.test(u)) return dong;
  return null;
}

/**
 * NUMBER_WITH_UNIT: a number typed with its unit. The advice fits the sheet: on Chỉ tiêu
 * the unit belongs in the ĐVT column (when the sheet has one); on the money sheets the
 * figure must be converted to the workbook's unit — "type 12" for "12 tỷ" in a triệu đồng
 * plan would be a ×1,000 slip.
 */
export const checkNumberWithUnit: Check = (model, ctx) => {
  const out: Finding[] = [];
  for (const c of unusualAmountCells(model)) {
    if (c.n.state !== 'text') continue;
    const at = { sheet: c.sheet, row: c.row, col: c.col, lineCode: c.lineCode, sourceKey: c.sourceKey };
    if (c.kind === 'money') {
      const found = moneyWithUnitFinding(at, c.n.text, ctx.unit, cellTag(c));
      if (found) out.push(found);
      continue;
    }
    const split = splitNumberWithUnit(c.n.text);
    if (split) out.push(withUnitFinding(at, c.n.text, undefined, indicatorAdvice(model, c, split), cellTag(c)));
  }
  return out;
};

/**
 * NUMBER_WITH_UNIT on money ("12 tỷ" in a triệu đồng plan): the figure meant in the sheet's unit
 * (what the totals miss), null when the text is no number with a unit. Her own sum columns say it too.
 */
export function moneyWithUnitFinding(at: SlipAt, text: string, unit: MoneyUnit, tag: Tag): Finding | null {
  const split = splitNumberWithUnit(text);
  if (!split) return null;
  const factor = moneyFactor(split.unit);
  const meant = factor === null ? undefined : (split.value * factor) / MONEY_UNITS[unit].dong;
  return withUnitFinding(at, text, meant, moneyAdvice(unit, split), tag);
}

function withUnitFinding(at: SlipAt, text: string, meant: number | undefined, advice: [string, string], tag: Tag) {
  return makeFinding('NUMBER_WITH_UNIT', {
    ...at,
    actual: meant,
    message: `"${clip(text)}" là số kèm đơn vị, Excel coi là chữ và không cộng: ${advice[0]} — ${tag.vi}.`,
    messageEn: `"${clip(text)}" is a number with its unit, text to Excel (skipped by sums): ${advice[1]} — ${tag.en}.`,
  });
}

function indicatorAdvice(model: WorkbookModel, c: Readonly<AmountCell>, s: NumberWithUnit): [string, string] {
  const ind = model.indicators;
  const dvtCol = ind?.cols.get('DVT');
  if (!ind || dvtCol === undefined) return [`chỉ nhập số ${s.number}`, `type the number ${s.number} only`];
  const dvt = cellAt(ind.sheet, c.row, dvtCol);
  const declared = dvt.t === 's' ? String(dvt.v).trim() : '';
  if (declared && declared.toLowerCase() !== s.unit.toLowerCase()) {
    return [
      `chỉ nhập số ${s.number}; cột ĐVT ghi "${clip(declared, 20)}", khác "${clip(s.unit, 20)}" đã gõ`,
      `type the number ${s.number} only; the ĐVT column says "${clip(declared, 20)}", not "${clip(s.unit, 20)}" as typed`,
    ];
  }
  return [
    `chỉ nhập số ${s.number}, đơn vị "${clip(s.unit, 20)}" ghi ở cột ĐVT`,
    `type the number ${s.number} only; the unit "${clip(s.unit, 20)}" goes in the ĐVT column`,
  ];
}

function moneyAdvice(unit: MoneyUnit, s: NumberWithUnit): [string, string] {
  const u = MONEY_UNITS[unit];
  const factor = moneyFactor(s.unit);
  if (factor === null) {
    return [
      `ô tiền chỉ nhận số tiền theo ${u.label}; số lượng ("${clip(s.unit, 20)}") ghi ở trang Chỉ tiêu`,
      `a money cell takes the amount in ${u.labelEn} only; counts ("${clip(s.unit, 20)}") go on the indicator sheet`,
    ];
  }
  const value = (s.value * factor) / u.dong;
  return [
    `nhập số theo ${u.label} của trang: ${formatVn(value, 6)}`,
    `type the number in the sheet's ${u.labelEn}: ${formatEn(value, 6)}`,
  ];
}
