import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { catalog } from '../../src/domain/catalog';
import { SOURCES, TYPED_SOURCE_KEYS, type SourceKey } from '../../src/domain/sources';
import { SHEET_NAMES, TOTAL_ROW_CODE } from '../../src/domain/workbookLayout';
import { buildTemplatePlans } from '../../src/templates';
import { addPlanSheet } from '../../src/host/xlsx/applyPlan';
import { findKeyRow } from '../../src/host/xlsx/sheetScan';
import { hasLibreOffice, recalcWithLibreOffice, SOFFICE_MISSING } from './recalc';

/**
 * Proof in a second engine: a template filled with seeded amounts, recalculated by
 * LibreOffice, shows on every parent line, the TONG row and every total column the sums
 * computed here from the catalog alone; Giao vốn totals stay blank on blank rows.
 */
jest.setTimeout(300_000);

const DETAILS = [
  { leafCode: 'DA4.TDA1.ND1', name: 'Nâng cấp đường Áng Hin' },
  { leafCode: 'DA4.TDA1.ND1', name: 'Cầu treo bản Khe Lau' },
  { leafCode: 'DA1.ND2', name: 'Hỗ trợ nhà ở thôn Ba' },
];
const TYPED = TYPED_SOURCE_KEYS;

function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}

/** Typed leaf keys a source adds up, from the sources table (TONG → all typed keys). */
function typedPartsOf(key: SourceKey): SourceKey[] {
  const source = SOURCES.find((s) => s.key === key)!;
  return source.parts.length === 0 ? [key] : source.parts.flatMap(typedPartsOf);
}

function moneySheet(wb: ExcelJS.Workbook, name: string) {
  const ws = wb.getWorksheet(name)!;
  const keys = findKeyRow(ws, 'MA')!;
  const rows = new Map<string, number>();
  for (let r = keys.row + 1; r <= ws.rowCount; r++) {
    const code = ws.getCell(r, keys.columns.get('MA')).value;
    if (typeof code === 'string') rows.set(code, r);
  }
  const cell = (code: string, key: string) => ws.getCell(rows.get(code)!, keys.columns.get(key));
  /** The value Excel would show: a formula's cached result, else the typed value. */
  const shown = (code: string, key: string): unknown => {
    const v = cell(code, key).value;
    return v && typeof v === 'object' && 'formula' in v ? (v as ExcelJS.CellFormulaValue).result : v;
  };
  return { ws, rows, cell, shown };
}

describe('template recalculated by LibreOffice', () => {
  let dir: string;
  let inPath: string;
  let recalculated: ExcelJS.Workbook;
  let outDir: string | undefined;
  const planAmounts = new Map<string, Map<SourceKey, number>>();
  const allocAmounts = new Map<string, Map<SourceKey, number>>();

  beforeAll(async () => {
    if (!hasLibreOffice()) throw new Error(SOFFICE_MISSING);
    dir = mkdtempSync(path.join(tmpdir(), 'mtqg-lo-test-'));
    const wb = new ExcelJS.Workbook();
    for (const plan of buildTemplatePlans(
      { level: 'huyen', year: 2024, unit: 'trieu', unitName: 'Huyện Vĩnh Linh' },
      { details: DETAILS },
    )) {
      addPlanSheet(wb, plan);
    }
    const rand = seeded(20240601);
    const plan = moneySheet(wb, SHEET_NAMES.plan);
    const detailCodes = [...plan.rows.keys()].filter((c) => /\.\d{2}$/.test(c));
    const withDetails = new Set(DETAILS.map((d) => d.leafCode));
    const typedRows = [
      ...catalog.nodes.filter((n) => n.isLeaf && !withDetails.has(n.code)).map((n) => n.code),
      ...detailCodes,
    ];
    for (const code of typedRows) {
      const amounts = new Map<SourceKey, number>();
      for (const key of TYPED) {
        const amount = Math.round(rand() * 1_000_000) / 1000; // up to 1 000 triệu, 3 decimals
        amounts.set(key, amount);
        plan.cell(code, key).value = amount;
      }
      planAmounts.set(code, amounts);
    }
    // Giao vốn: full rows, rows with one source, and blank rows, TONG included.
    const alloc = moneySheet(wb, SHEET_NAMES.allocation);
    [...alloc.rows.keys()].forEach((code, i) => {
      const keys = i % 3 === 0 ? TYPED : i % 3 === 1 ? (['SN_NSTW'] as SourceKey[]) : [];
      const amounts = new Map<SourceKey, number>();
      for (const key of keys) {
        const amount = Math.round(rand() * 100_000) / 1000;
        amounts.set(key, amount);
        alloc.cell(code, key).value = amount;
      }
      allocAmounts.set(code, amounts);
    });
    inPath = path.join(dir, 'ke-hoach.xlsx');
    await wb.xlsx.writeFile(inPath);
    const outPath = await recalcWithLibreOffice(inPath);
    outDir = path.dirname(outPath);
    recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(outPath);
  });

  afterAll(() => {
    for (const d of [dir, outDir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('LibreOffice opens and converts the file, keeping all four sheets', () => {
    expect(recalculated.worksheets.map((w) => w.name)).toEqual(Object.values(SHEET_NAMES));
  });

  it('ExcelJS round-trips the file it wrote', async () => {
    const first = new ExcelJS.Workbook();
    await first.xlsx.readFile(inPath);
    const second = new ExcelJS.Workbook();
    await second.xlsx.load(await first.xlsx.writeBuffer());
    for (const ws of first.worksheets) {
      const other = second.getWorksheet(ws.name)!;
      ws.eachRow((row, r) => row.eachCell((cell, c) => expect(other.getCell(r, c).value).toEqual(cell.value)));
    }
  });

  it('shows on every line, TONG and total column of Kế hoạch vốn the sums computed from the catalog', () => {
    const sheet = moneySheet(recalculated, SHEET_NAMES.plan);
    const expected = (code: string, key: SourceKey): number => {
      const rows =
        code === TOTAL_ROW_CODE
          ? [...planAmounts.keys()]
          : [...planAmounts.keys()].filter((c) => c === code || c.startsWith(`${code}.`));
      return rows.reduce((sum, c) => sum + typedPartsOf(key).reduce((s, k) => s + planAmounts.get(c)!.get(k)!, 0), 0);
    };
    let checked = 0;
    for (const code of sheet.rows.keys()) {
      for (const source of SOURCES) {
        const shown = sheet.shown(code, source.key);
        expect(typeof shown).toBe('number');
        expect(shown as number).toBeCloseTo(expected(code, source.key), 6);
        checked++;
      }
    }
    expect(checked).toBe((catalog.nodes.length + 1 + DETAILS.length) * SOURCES.length);
    expect(sheet.shown(TOTAL_ROW_CODE, 'TONG') as number).toBeGreaterThan(0);
  });

  it('keeps Giao vốn totals blank on blank rows and sums typed parts elsewhere', () => {
    const sheet = moneySheet(recalculated, SHEET_NAMES.allocation);
    let blankRows = 0;
    for (const [code, amounts] of allocAmounts) {
      for (const source of SOURCES.filter((s) => s.parts.length > 0)) {
        const parts = typedPartsOf(source.key).filter((k) => amounts.has(k));
        const shown = sheet.shown(code, source.key);
        if (parts.length === 0) expect(shown === '' || shown === null || shown === undefined).toBe(true);
        else
          expect(shown as number).toBeCloseTo(
            parts.reduce((s, k) => s + amounts.get(k)!, 0),
            6,
          );
      }
      if (amounts.size === 0) blankRows++;
    }
    expect(blankRows).toBeGreaterThan(5);
  });

  // LibreOffice's headless export drops view settings (frozen panes), so those are pinned
  // on ExcelJS's own output in src/host/xlsx/applyPlan.test.ts instead.
  it('keeps the layout: merged headers, validations, print titles', () => {
    const ws = recalculated.getWorksheet(SHEET_NAMES.plan)!;
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['E5:G5', 'H5:J5']));
    expect(ws.pageSetup).toEqual(
      expect.objectContaining({ orientation: 'landscape', paperSize: 9, printTitlesRow: '5:7' }),
    );
    expect(ws.getCell('F20').dataValidation).toEqual(expect.objectContaining({ type: 'decimal' }));
  });
});
