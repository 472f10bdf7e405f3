import ExcelJS from 'exceljs';
import { buildSampleWorkbook } from '../../src/demo/sampleWorkbook';
import { checkFile } from '../../src/host/xlsx/outputs/checkFile';

/**
 * One slip, one finding, swept over the sample plan (formulas computed as the CLI reads them):
 * each kind of slip typed into a typed figure of Kế hoạch vốn, Giao vốn or Giải ngân gives the
 * consistent sample's findings plus one finding at the cell where it was typed — nothing it
 * drags along (totals, allocation, counterpart, disbursement). Every third figure of each
 * sheet is taken (the whole sweep, 570 cases, passed when this was written; it takes minutes).
 */
jest.setTimeout(300_000);

const SLIPS: Record<string, (c: ExcelJS.Cell) => string> = {
  date: (c) => {
    c.value = new Date(Date.UTC(2024, 4, 15));
    c.style = { ...c.style, numFmt: 'dd/mm/yyyy' };
    return 'DATE_IN_AMOUNT';
  },
  text: (c) => {
    c.value = 'chưa có';
    return 'NOT_A_NUMBER';
  },
  // The figure typed into a cell formatted % (Excel stores a hundredth of it and shows it as typed).
  percent: (c) => {
    c.value = Number(c.value) / 100;
    c.style = { ...c.style, numFmt: '0.00%' };
    return 'PERCENT_IN_AMOUNT';
  },
  // The figure typed as text ("1.200", as vi-VN writes it): Excel's SUM skips it.
  textNumber: (c) => {
    c.value = Number(c.value).toLocaleString('vi-VN');
    return 'NUMBER_AS_TEXT';
  },
  negative: (c) => {
    c.value = -Number(c.value);
    return 'NEGATIVE_AMOUNT';
  },
  absurd: (c) => {
    c.value = 1e20;
    return 'VALUE_OUT_OF_RANGE';
  },
  deletedRow: (c) => {
    c.value = { formula: '#REF!', result: { error: '#REF!' } };
    return 'FORMULA_ERROR';
  },
  // On Giải ngân too: a ×1,000 GN over its plan, or KD over what was disbursed from it (disbursementUnitSlips.ts).
  typedInNghin: (c) => {
    c.value = Number(c.value) * 1000;
    return 'UNIT_SUSPECT';
  },
};
const SHEETS = ['Kế hoạch vốn', 'Giao vốn', 'Giải ngân'];

async function shown(wb: ExcelJS.Workbook): Promise<string[]> {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return checkFile({ name: 'mau.xlsx', bytes })
    .findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`)
    .sort();
}

/** Every third positive typed figure below the headings of each sheet. */
async function typedCells(): Promise<Array<[string, string]>> {
  const wb = await buildSampleWorkbook({ withSlips: false });
  return SHEETS.flatMap((sheet) => {
    const cells: string[] = [];
    wb.getWorksheet(sheet)!.eachRow((row, r) =>
      row.eachCell((c) => {
        if (r > 5 && typeof c.value === 'number' && c.value > 0) cells.push(c.address);
      }),
    );
    return cells.filter((_, i) => i % 3 === 0).map((cell): [string, string] => [sheet, cell]);
  });
}

it('each slip in the sample plan is one finding, at its cell', async () => {
  const clean = await shown(await buildSampleWorkbook({ withSlips: false }));
  const cells = await typedCells();
  expect(cells.length).toBeGreaterThan(25);
  const wrong: string[] = [];
  for (const [sheet, address] of cells) {
    for (const [kind, slip] of Object.entries(SLIPS)) {
      const wb = await buildSampleWorkbook({ withSlips: false });
      const code = slip(wb.getWorksheet(sheet)!.getCell(address));
      const got = await shown(wb);
      const extra = got.filter((g) => !clean.includes(g));
      const at = `@${sheet}!${address}`;
      const oneAtItsCell = extra.length === 1 && extra[0] === `${code}${at}`;
      if (!oneAtItsCell || clean.some((c) => !got.includes(c)))
        wrong.push(`${kind} at ${sheet}!${address}: ${extra.join(', ')}`);
    }
  }
  expect(wrong).toEqual([]);
});

it('each slip in a target of Chỉ tiêu is one finding, at its cell (not also "money but no target")', async () => {
  const clean = await shown(await buildSampleWorkbook({ withSlips: false }));
  const wb0 = await buildSampleWorkbook({ withSlips: false });
  const targets: string[] = [];
  // Column E is KE_HOACH, the targets typed.
  wb0.getWorksheet('Chỉ tiêu')!.eachRow((row, r) =>
    row.eachCell((c) => {
      if (r > 5 && c.address.startsWith('E') && typeof c.value === 'number' && c.value > 0) targets.push(c.address);
    }),
  );
  expect(targets.length).toBeGreaterThan(8);
  // A negative target is INDICATOR_VALUE_INVALID (a count or a percentage cannot be < 0); ×1,000 is no slip
  // there, nor a percent format (a target may be a percentage).
  const kinds: Record<string, (c: ExcelJS.Cell) => string> = Object.fromEntries(
    Object.entries(SLIPS).filter(([kind]) => kind !== 'typedInNghin' && kind !== 'percent'),
  );
  kinds.negative = (c) => (SLIPS.negative(c), 'INDICATOR_VALUE_INVALID');
  const wrong: string[] = [];
  for (const address of targets.filter((_, i) => i % 2 === 0)) {
    for (const [kind, slip] of Object.entries(kinds)) {
      const wb = await buildSampleWorkbook({ withSlips: false });
      const code = slip(wb.getWorksheet('Chỉ tiêu')!.getCell(address));
      const got = await shown(wb);
      const at = `@Chỉ tiêu!${address}`;
      const extra = got.filter((g) => !clean.includes(g));
      // A judgment of the target itself (a noted target without money) is replaced by the slip's finding.
      const lost = clean.filter((c) => !got.includes(c) && !c.endsWith(at));
      if (extra.length !== 1 || extra[0] !== `${code}${at}` || lost.length)
        wrong.push(`${kind} at ${address}: +${extra.join(', ')} -${lost.join(', ')}`);
    }
  }
  expect(wrong).toEqual([]);
});
