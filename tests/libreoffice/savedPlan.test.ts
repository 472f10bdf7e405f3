import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { KeyedPlan } from '../../src/demo/samplePlans';
import { SHEET_NAMES } from '../../src/domain/workbookLayout';
import * as evaluateFormulas from '../../src/host/xlsx/evaluateFormulas';
import { readXlsxSnapshot } from '../../src/host/xlsx/fastReader';
import { checkFile } from '../../src/host/xlsx/outputs';
import { xlsxFromPlans } from '../../src/host/xlsx/plansToXlsx';
import { buildTemplatePlans } from '../../src/templates';
import { hasLibreOffice, recalcWithLibreOffice, SOFFICE_MISSING } from './recalc';

/**
 * The file an officer sends: our template with her works, opened and saved by a spreadsheet
 * program (here LibreOffice, which caches every result as Excel does). 300 works under DA2
 * (a project without sub-projects) passed Excel's 255 arguments of a function when the
 * project listed them one by one (#N/A in LibreOffice); the disbursement rates that show ""
 * (<v></v>) once sent a whole 12,000-line workbook to HyperFormula (9 minutes).
 */
jest.setTimeout(300_000);

const WORKS = 300;
let dir: string;
let saved: Uint8Array;
let original: Uint8Array;

beforeAll(async () => {
  if (!hasLibreOffice()) throw new Error(SOFFICE_MISSING);
  dir = mkdtempSync(path.join(tmpdir(), 'mtqg-lo-saved-'));
  const details = Array.from({ length: WORKS }, (_, i) => ({ leafCode: 'DA2', name: `Công trình ${i + 1}` }));
  const plans = buildTemplatePlans({ year: 2024, level: 'tinh', unit: 'trieu' }, { details });
  const plan = new KeyedPlan(plans.find((p) => p.name === SHEET_NAMES.plan)!);
  const alloc = new KeyedPlan(plans.find((p) => p.name === SHEET_NAMES.allocation)!);
  for (let i = 1; i <= WORKS; i++) plan.set(`DA2.${String(i).padStart(2, '0')}`, 'SN_NSTW', i);
  const total = (WORKS * (WORKS + 1)) / 2;
  alloc.set('DA2', 'SN_NSTW', total);
  alloc.set('TONG', 'SN_NSTW', total);
  const input = path.join(dir, 'ke-hoach.xlsx');
  original = new Uint8Array(await xlsxFromPlans(plans));
  writeFileSync(input, original);
  saved = new Uint8Array(readFileSync(await recalcWithLibreOffice(input)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('shows the sum of 300 works on DA2 and TONG (no #N/A); saving it changed none of the findings', () => {
  const { snapshot } = readXlsxSnapshot(saved);
  const sheet = snapshot.sheets.find((s) => s.name === SHEET_NAMES.plan)!;
  const plan = new KeyedPlan(
    buildTemplatePlans({ year: 2024, level: 'tinh', unit: 'trieu' }).find((p) => p.name === SHEET_NAMES.plan)!,
  );
  const col = plan.address('DA2', 'SN_NSTW').col;
  const codeCol = plan.address('DA2', 'MA').col;
  const rowOf = (code: string) => sheet.rows.findIndex((r) => r[codeCol]?.v === code);
  expect(sheet.rows[rowOf('DA2')][col]).toMatchObject({ v: (WORKS * (WORKS + 1)) / 2, t: 'n' });
  expect(sheet.rows[rowOf('TONG')][col]).toMatchObject({ v: (WORKS * (WORKS + 1)) / 2, t: 'n' });
  const found = (bytes: Uint8Array) =>
    checkFile({ name: 'ke-hoach.xlsx', bytes }).findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`);
  const after = found(saved);
  expect(after).not.toContainEqual(expect.stringMatching(/^FORMULA_ERROR/));
  // No counterpart and no indicator typed: the same two findings before and after saving.
  expect(after).toEqual(found(original));
  expect(after.length).toBeGreaterThan(0);
});

it('computes nothing with HyperFormula: every result is cached or a template formula', () => {
  const spy = jest.spyOn(evaluateFormulas, 'evaluateMissingResults');
  try {
    readXlsxSnapshot(saved);
    expect(spy).not.toHaveBeenCalled();
  } finally {
    spy.mockRestore();
  }
});
