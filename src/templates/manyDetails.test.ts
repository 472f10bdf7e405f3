import { columnLetter } from '../model/a1';
import { settingsSchema } from '../domain/settings';
import { TYPED_SOURCE_KEYS } from '../domain/sources';
import { buildDisbursementSheet } from './disbursementSheet';
import { disbCol } from './disbursementColumns';
import { moneyCol } from './moneyColumns';
import { buildPlanSheet } from './planSheet';
import { planCell, rowOfCode } from './planGrid';

/** Excel refuses a function with more than 255 arguments (LibreOffice shows #N/A). */
const EXCEL_MAX_ARGUMENTS = 255;
const argumentCount = (formula: string) => formula.slice(formula.indexOf('(') + 1, -1).split(',').length;

const options = settingsSchema.parse({ level: 'tinh', year: 2024, unit: 'trieu' });
// 300 works under DA2 (a project without sub-projects: the project row is the leaf) and under a deep leaf.
const details = ['DA2', 'DA1.ND4.TT'].flatMap((leafCode) =>
  Array.from({ length: 300 }, (_, i) => ({ leafCode, name: `Công trình ${i + 1}` })),
);

describe('a line with hundreds of detail rows sums them as one range', () => {
  it.each(['DA2', 'DA1.ND4.TT'])('on Kế hoạch vốn, %s', (code) => {
    const plan = buildPlanSheet(options, details);
    const row = rowOfCode(plan, moneyCol('MA'), code);
    for (const key of TYPED_SOURCE_KEYS) {
      const formula = planCell(plan, row, moneyCol(key))!.formula!;
      expect({ key, formula }).toEqual({ key, formula: `SUM(${colRange(moneyCol(key), row + 1, row + 300)})` });
    }
  });

  it.each(['DA2', 'DA1.ND4.TT'])('on Giải ngân, %s', (code) => {
    const sheet = buildDisbursementSheet(options, details);
    const row = rowOfCode(sheet, disbCol('MA'), code);
    const formula = planCell(sheet, row, disbCol('GN_DTPT'))!.formula!;
    expect(formula).toBe(`SUM(${colRange(disbCol('GN_DTPT'), row + 1, row + 300)})`);
    expect(argumentCount(formula)).toBeLessThanOrEqual(EXCEL_MAX_ARGUMENTS);
  });
});

function colRange(col: number, first: number, last: number): string {
  const letter = columnLetter(col);
  return `${letter}${first + 1}:${letter}${last + 1}`;
}
