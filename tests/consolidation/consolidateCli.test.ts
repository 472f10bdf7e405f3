import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import ExcelJS from 'exceljs';
import { runConsolidate } from '../../src/cli/consolidateCommand';
import { runAppendix } from '../../src/cli/appendixCommand';
import { loadAndCheck } from '../../src/cli/checkWorkbook';
import { KeyedCells } from '../../src/consolidation/outputPlans';
import {
  unitAllocationTrieu,
  unitPlanTrieu,
  unitPlans,
  unitWorkbookBuffer,
  type UnitSpec,
} from '../../src/consolidation/testing/unitWorkbooks';
import { SOURCES, TYPED_SOURCE_KEYS, type SourceKey } from '../../src/domain/sources';
import { APPENDIX_SHEET_NAMES, SHEET_NAMES } from '../../src/domain/workbookLayout';
import { readWorkbookSnapshot } from '../../src/host/xlsx/readSnapshot';
import { buildTemplatePlans, buildUnitAllocationSheet } from '../../src/templates';
import { buildWorkbookModel } from '../../src/validation/workbookModel';
import { hasLibreOffice, recalcWithLibreOffice, SOFFICE_MISSING } from '../libreoffice/recalc';
import { settingsSchema } from '../../src/domain/settings';

jest.setTimeout(600_000);

function sink(): Writable & { text: string } {
  const s = new Writable({
    write(chunk, _enc, done) {
      s.text += String(chunk);
      done();
    },
  }) as Writable & { text: string };
  s.text = '';
  return s;
}

/** Sum of the units' plans (triệu) per typed source, for a line code prefix (TONG: every line). */
function expectedSum(specs: UnitSpec[], line: string, key: SourceKey): number {
  const source = SOURCES.find((s) => s.key === key)!;
  if (source.parts.length) return round(source.parts.reduce((s, p) => s + expectedSum(specs, line, p), 0));
  let total = 0;
  for (const spec of specs) {
    for (const [code, amounts] of Object.entries(unitPlanTrieu(spec))) {
      if (line === 'TONG' || code === line || code.startsWith(`${line}.`)) total += amounts[key] ?? 0;
    }
  }
  return round(total);
}
const round = (x: number) => Math.round(x * 1000) / 1000;

/** "Kế hoạch vốn" of a recalculated workbook: code → key → the figure LibreOffice shows. */
async function recalculatedModel(file: string) {
  const recalculated = await recalcWithLibreOffice(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalculated);
  rmSync(path.dirname(recalculated), { recursive: true, force: true });
  return { model: buildWorkbookModel(readWorkbookSnapshot(wb)), wb };
}
const shown = (model: ReturnType<typeof buildWorkbookModel>, code: string, key: SourceKey) => {
  const n = model.plan!.amount(code, key);
  return n.state === 'number' ? round(n.value) : 0;
};

describe('mtqg consolidate: 30 commune files into a district plan', () => {
  let dir: string;
  const specs: UnitSpec[] = [];
  let report: any;
  let exitCode: number;
  const out = () => path.join(dir, 'huyen.xlsx');

  beforeAll(async () => {
    if (!hasLibreOffice()) throw new Error(SOFFICE_MISSING);
    dir = mkdtempSync(path.join(tmpdir(), 'mtqg-consol-'));
    const inDir = path.join(dir, 'xa');
    mkdirSync(inDir);
    for (let i = 1; i <= 28; i++) {
      const spec: UnitSpec = { name: `Xã ${i}`, scale: (i % 4) + 1 };
      if (i === 5) spec.unit = 'dong';
      if (i === 7) spec.overAllocateBy = 100;
      specs.push(spec);
      writeFileSync(
        path.join(inDir, `xa-${String(i).padStart(2, '0')}.xlsx`),
        await unitWorkbookBuffer(unitPlans(spec)),
      );
    }
    // A second file of Xã 3 (other figures): listed, not summed.
    writeFileSync(
      path.join(inDir, 'xa-29-trung.xlsx'),
      await unitWorkbookBuffer(unitPlans({ name: 'XÃ 3', scale: 9 })),
    );
    writeFileSync(path.join(inDir, 'xa-30-hong.xlsx'), 'PK\u0003\u0004 broken');

    // The district's own workbook: what it received (SN_NSTW 50 below what it handed down) and,
    // per commune, what it decided (Xã 2 decided 10 less SN_NSTW than Xã 2 typed).
    const options = { level: 'huyen' as const, year: 2024, unit: 'trieu' as const, unitName: 'Huyện Thử' };
    const plans = buildTemplatePlans(options);
    const allocation = new KeyedCells(plans.find((p) => p.name === SHEET_NAMES.allocation)!);
    for (const key of TYPED_SOURCE_KEYS) {
      const handedDown = round(specs.reduce((s, spec) => s + (unitAllocationTrieu(spec).TONG[key] ?? 0), 0));
      if (handedDown) allocation.set('TONG', key, key === 'SN_NSTW' ? handedDown - 50 : handedDown);
    }
    const decision = buildUnitAllocationSheet(
      settingsSchema.parse({ ...options, counterpartPercent: 5 }),
      specs.map((s) => s.name),
    );
    const keyCells = decision.cells.filter((c) => c.row === 5 && typeof c.value === 'string');
    const colOf = (key: string) => keyCells.find((c) => c.value === key)!.col;
    specs.forEach((spec, i) => {
      const tong = unitAllocationTrieu(spec).TONG;
      for (const key of TYPED_SOURCE_KEYS) {
        if (!tong[key]) continue;
        const value = spec.name === 'Xã 2' && key === 'SN_NSTW' ? tong[key] - 10 : tong[key];
        const cell = decision.cells.find((c) => c.row === 7 + i && c.col === colOf(key))!;
        cell.value = value;
      }
    });
    writeFileSync(path.join(dir, 'huyen-giao-von.xlsx'), await unitWorkbookBuffer([...plans, decision]));

    const stdout = sink();
    const before = statSync(path.join(inDir, 'xa-01.xlsx')).mtimeMs;
    exitCode = await runConsolidate(
      [inDir],
      { out: out(), name: 'Huyện Thử', allocation: path.join(dir, 'huyen-giao-von.xlsx'), format: 'json' },
      stdout,
    );
    report = JSON.parse(stdout.text);
    expect(statSync(path.join(inDir, 'xa-01.xlsx')).mtimeMs).toBe(before);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every file with its status: ok, own findings, repeated, unreadable', () => {
    expect(report.units).toHaveLength(30);
    const byFile = Object.fromEntries(report.units.map((u: any) => [u.file, u]));
    expect(byFile['xa-01.xlsx']).toMatchObject({ unit: 'Xã 1', status: 'ok', errors: 0, warnings: 0, summed: true });
    expect(byFile['xa-05.xlsx']).toMatchObject({ status: 'ok', converted: true, moneyUnit: 'dong' });
    expect(byFile['xa-05.xlsx'].totals.TONG).toBeCloseTo(expectedSum([specs[4]], 'TONG', 'TONG'), 6);
    expect(byFile['xa-07.xlsx'].status).toBe('findings');
    expect(byFile['xa-07.xlsx'].findings.map((f: any) => f.code)).toContain('OVER_ALLOCATION');
    expect(byFile['xa-29-trung.xlsx']).toMatchObject({ status: 'findings', summed: false });
    expect(byFile['xa-30-hong.xlsx']).toMatchObject({ status: 'unreadable', summed: false });
    expect(byFile['xa-30-hong.xlsx'].reason).toMatch(/xa-30-hong\.xlsx/);
    expect(report.summary).toMatchObject({ units: 30, summed: 28, unreadable: 1 });
    expect(exitCode).toBe(1);
  });

  it('reports the cross-level findings', () => {
    const found = report.findings.map((f: any) => `${f.code}:${f.sourceKey ?? ''}`).sort();
    expect(found).toEqual(
      [
        'ALLOCATION_DIFFERS_FROM_DECISION:SN_NSTW',
        'DUPLICATE_UNIT:',
        'OVER_ALLOCATION:SN_NSTW',
        'UNIT_UNREADABLE:',
      ].sort(),
    );
    const differs = report.findings.find((f: any) => f.code === 'ALLOCATION_DIFFERS_FROM_DECISION');
    expect(differs.message).toContain('Xã 2');
  });

  it('gives the expected sums after LibreOffice recalculation, in triệu (the đồng unit converted)', async () => {
    const { model, wb } = await recalculatedModel(out());
    for (const line of ['TONG', 'DA1', 'DA4', 'DA4.TDA1.ND1', 'DA8']) {
      for (const s of SOURCES)
        expect([line, s.key, shown(model, line, s.key)]).toEqual([line, s.key, expectedSum(specs, line, s.key)]);
    }
    // "Chi tiết theo đơn vị": its grand total (formulas over line rows over unit rows) agrees.
    const detail = wb.getWorksheet('Chi tiết theo đơn vị')!;
    const keyRow = detail.getRow(6);
    const colOf = (key: string) => (keyRow.values as unknown[]).indexOf(key);
    const totalCell = detail.getCell(7, colOf('TONG')).value as ExcelJS.CellFormulaValue;
    expect(round(Number(totalCell.result))).toBe(expectedSum(specs, 'TONG', 'TONG'));
    // A unit's work rows sit under its line, marked with the unit.
    const texts = detail.getColumn(colOf('DON_VI')).values.filter((v) => typeof v === 'string');
    expect(texts.filter((t) => t === 'Xã 5').length).toBeGreaterThan(3);
  });

  it('writes a standard district template that validates and takes appendices 01–03', async () => {
    const { findings, snapshot } = await loadAndCheck(out());
    expect(findings.filter((f) => ['TEMPLATE_STRUCTURE', 'SUM_MISMATCH', 'HARDCODED_TOTAL'].includes(f.code))).toEqual(
      [],
    );
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      'Thông tin',
      'Giao vốn',
      'Kế hoạch vốn',
      'Chỉ tiêu',
      'Giải ngân',
      'Tình hình nộp',
      'Chi tiết theo đơn vị',
    ]);
    const appendix = path.join(dir, 'huyen-phu-bieu.xlsx');
    const code = await runAppendix(out(), { out: appendix, allowErrors: true }, { out: sink(), err: sink() });
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(appendix);
    for (const name of Object.values(APPENDIX_SHEET_NAMES)) expect(wb.getWorksheet(name)).toBeDefined();
  });

  it('refuses to overwrite OUT without --force', async () => {
    const size = readFileSync(out()).length;
    await expect(runConsolidate([path.join(dir, 'xa')], { out: out() }, sink())).rejects.toThrow(/--force/);
    expect(readFileSync(out()).length).toBe(size);
  });
});

describe('mtqg consolidate: a province from district consolidations', () => {
  it('sums districts that are themselves consolidations of communes', async () => {
    if (!hasLibreOffice()) throw new Error(SOFFICE_MISSING);
    const dir = mkdtempSync(path.join(tmpdir(), 'mtqg-consol-tinh-'));
    try {
      const all: UnitSpec[] = [];
      const districts: string[] = [];
      for (const [d, unit] of [
        ['A', 'trieu'],
        ['B', 'nghin'],
      ] as const) {
        const specs = [1, 2, 3].map((i) => ({ name: `Xã ${d}${i}`, scale: i }));
        all.push(...specs);
        const files = [];
        for (const s of specs) {
          const f = path.join(dir, `${s.name}.xlsx`);
          writeFileSync(f, await unitWorkbookBuffer(unitPlans(s)));
          files.push(f);
        }
        const district = path.join(dir, `huyen-${d}.xlsx`);
        expect(await runConsolidate(files, { out: district, name: `Huyện ${d}`, unit }, sink())).toBe(0);
        districts.push(district);
      }
      const stdout = sink();
      const province = path.join(dir, 'tinh.xlsx');
      const code = await runConsolidate(
        districts,
        { out: province, level: 'tinh', name: 'Tỉnh Thử', format: 'json' },
        stdout,
      );
      const report = JSON.parse(stdout.text);
      expect(report.units.map((u: any) => [u.unit, u.level, u.status])).toEqual([
        ['Huyện A', 'huyen', 'ok'],
        ['Huyện B', 'huyen', 'ok'],
      ]);
      expect(code).toBe(0);
      const { model } = await recalculatedModel(province);
      for (const key of ['TONG', 'DTPT_NSTW', 'SN_NSDP', 'DAN_GOP'] as SourceKey[]) {
        expect([key, shown(model, 'TONG', key)]).toEqual([key, expectedSum(all, 'TONG', key)]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
