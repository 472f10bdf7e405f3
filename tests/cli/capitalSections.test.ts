import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { LayoutMapping } from '../../src/layout/mapping';
import type { Finding } from '../../src/model/finding';
import { cliSandbox } from '../../src/cli/testing/captureOutput';
import { readXlsxSnapshot } from '../../src/host/xlsx/fastReader';
import { cellAt } from '../../src/model/snapshot';
import { catalog } from '../../src/domain/catalog';
import { sectionedWithIntegratedDetails, sectionedWithIntegratedPlan } from '../fixtures/ownLayout/sections';
import { gridXlsx } from '../fixtures/ownLayout/writeXlsx';

/**
 * Her plan in capital sections ("A. VỐN ĐẦU TƯ PHÁT TRIỂN", the projects, "B. VỐN SỰ NGHIỆP", the
 * projects again) through the CLI on a real .xlsx: `map` shows the sections, `validate` says a slip
 * once at her cell, `import` carries each section's figures to its capital type in the template.
 * Before, the SN section's repeated projects were "already listed above" and her budget columns unread.
 */
const { dir: tmp, io, mtqg } = cliSandbox('mtqg-sections-');

const DA1 = 'Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt';
/** Writes a grid of her cells as `name`.xlsx in the sandbox. */
async function save(name: string, rows: Parameters<typeof gridXlsx>[0], opts: Parameters<typeof gridXlsx>[1] = {}) {
  const file = path.join(tmp(), `${name}.xlsx`);
  await gridXlsx(rows, opts).xlsx.writeFile(file);
  return file;
}
const write = (name: string, edit: Record<string, string | number> = {}) =>
  save(
    name,
    [
      ['UBND HUYỆN ĐAK GLEI'],
      ['KẾ HOẠCH VỐN NĂM 2024 CHƯƠNG TRÌNH MTQG PHÁT TRIỂN KT-XH VÙNG ĐỒNG BÀO DTTS&MN'],
      ['ĐVT: triệu đồng'],
      ['STT', 'Nội dung', 'Tổng cộng', 'Ngân sách trung ương', 'Ngân sách địa phương', 'Ghi chú'],
      [null, 'TỔNG CỘNG', 3000, 2800, 200],
      ['I', 'Vốn đầu tư phát triển', 1700, 1600, 100],
      ['1', DA1, 500, 480, 20],
      ['2', 'Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu', 1200, 1120, 80],
      ['II', 'Vốn sự nghiệp', 1300, 1200, 100],
      ['1', DA1, 300, 290, 10],
      ['2', 'Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững', 1000, 910, 90],
    ],
    { edit },
  );
/** The imported template's figure of a line and source key (by its MA and key row). */
async function templateFigure(out: string): Promise<(code: string, key: string) => unknown> {
  const plan = readXlsxSnapshot(await fs.readFile(out)).snapshot.sheets.find((s) => s.name === 'Kế hoạch vốn')!;
  const keys = plan.rows.find((r) => r.some((c) => c.v === 'LONG_GHEP'))!;
  const ma = keys.findIndex((c) => c.v === 'MA');
  return (code, key) =>
    cellAt(
      plan,
      plan.rows.findIndex((r) => r[ma]?.v === code),
      keys.findIndex((c) => c.v === key),
    ).v;
}
async function findings(file: string): Promise<string[]> {
  expect(await mtqg('validate', file, '--format', 'json')).toBeLessThanOrEqual(1);
  return (JSON.parse(io.stdout) as { findings: Finding[] }).findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`);
}

it('map: the headings are sections, the budget columns read by section, nothing left unmapped', async () => {
  await mtqg('map', await write('clean'), '--format', 'json');
  const t = (JSON.parse(io.stdout) as { mapping: LayoutMapping }).mapping.tables[0];
  expect(t.rows.filter((r) => r.kind === 'section').map((r) => `${r.row}:${r.capital}`)).toEqual(['6:DTPT', '9:SN']);
  expect(t.rows.filter((r) => r.kind === 'line').map((r) => `${r.lineCode}:${r.capital}`)).toEqual([
    'DA1:DTPT',
    'DA4:DTPT',
    'DA1:SN',
    'DA3:SN',
  ]);
  expect(t.unmapped).toEqual([]);
  await mtqg('map', await write('clean-text'));
  expect(io.stdout).toMatch(/phần vốn SN \(tổng của các dòng dưới\) \/ recurrent section/);
});

it('validate: the consistent plan is clean; a slip in the SN section is one finding at her cell', async () => {
  expect(await findings(await write('clean'))).toEqual([]);
  expect(await findings(await write('slip', { D10: 290_000 }))).toEqual(['UNIT_SUSPECT@KH 2024!D10']);
  expect(await findings(await write('heading', { E9: 110 }))).toEqual(['SUM_MISMATCH@KH 2024!E9']);
});

it('import: each section goes to its capital type in the template', async () => {
  const out = path.join(tmp(), 'imported.xlsx');
  expect(await mtqg('import', await write('to-import'), '--out', out)).toBe(0);
  const at = await templateFigure(out);
  expect(['DTPT_NSTW', 'DTPT_NSDP', 'SN_NSTW', 'SN_NSDP'].map((k) => at('DA1', k))).toEqual([480, 20, 290, 10]);
  expect(await findings(out)).toEqual([]);
});

/** Her disbursement report in capital sections: "Kế hoạch vốn › Tổng số | NSTW | NSĐP", "Giải ngân", "Tỷ lệ". */
const writeReport = (name: string, edit: Record<string, number> = {}) =>
  save(
    name,
    [
      ['UBND HUYỆN ĐAK GLEI'],
      ['BÁO CÁO GIẢI NGÂN VỐN NĂM 2024 CHƯƠNG TRÌNH MTQG DTTS&MN'],
      ['ĐVT: triệu đồng'],
      ['STT', 'Nội dung', 'Kế hoạch vốn năm 2024', null, null, 'Giải ngân đến 31/12/2024', 'Tỷ lệ (%)'],
      [null, null, 'Tổng số', 'NSTW', 'NSĐP'],
      [null, 'TỔNG CỘNG', 3000, 2800, 200, 2500, 83.3],
      ['A', 'VỐN ĐẦU TƯ PHÁT TRIỂN', 1700, 1600, 100, 1500, 88.2],
      ['1', DA1, 500, 480, 20, 450, 90],
      ['2', 'Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu', 1200, 1120, 80, 1050, 87.5],
      ['B', 'VỐN SỰ NGHIỆP', 1300, 1200, 100, 1000, 76.9],
      ['1', DA1, 300, 290, 10, 250, 83.3],
      ['2', 'Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững', 1000, 910, 90, 750, 75],
    ],
    { sheet: 'GN 2024', edit, merges: ['C4:E4', 'A4:A5', 'B4:B5', 'F4:F5', 'G4:G5'] },
  );

describe('her disbursement report in capital sections', () => {
  it('reads "Kế hoạch vốn › Tổng số" as her row total and "Giải ngân" by section; clean as typed', async () => {
    const file = await writeReport('report');
    await mtqg('map', file, '--format', 'json');
    const t = (JSON.parse(io.stdout) as { mapping: LayoutMapping }).mapping.tables[0];
    expect(t.columns.map((c) => `${c.col}:${c.key ?? c.budget ?? c.kind ?? c.role}`)).toEqual([
      'A:stt',
      'B:name',
      'C:TONG',
      'D:NSTW',
      'E:NSDP',
      'F:disbursed',
      'G:rate',
    ]);
    expect(await findings(file)).toEqual([]);
  });

  it('what she disbursed above the plan of its section is one finding at her cell', async () => {
    expect(await findings(await writeReport('over', { F11: 2900 }))).toEqual(['DISBURSED_OVER_PLAN@GN 2024!F11']);
    // Near miss: within the SN plan of DA1 (300), though above nothing in the ĐTPT section.
    expect(await findings(await writeReport('within', { F11: 300, F10: 1050, F6: 2550 }))).toEqual([]);
  });

  it("her total row's disbursed figure is held against the sections'", async () => {
    expect(await findings(await writeReport('total', { F6: 2600 }))).toEqual(['SUM_MISMATCH@GN 2024!F6']);
  });

  it('import carries each section to its capital type, every note naming her cell', async () => {
    const out = path.join(tmp(), 'report-mau.xlsx');
    expect(await mtqg('import', await writeReport('to-import'), '--out', out)).toBe(0);
    const { snapshot } = readXlsxSnapshot(await fs.readFile(out));
    const gn = snapshot.sheets.find((s) => s.name === 'Giải ngân')!;
    const keys = gn.rows.find((r) => r.some((c) => c.v === 'GN_DTPT'))!;
    const row = gn.rows.findIndex((r) => r.some((c) => c.v === 'DA1'));
    const figure = (key: string) =>
      cellAt(
        gn,
        row,
        keys.findIndex((c) => c.v === key),
      ).v;
    expect(['KH_DTPT', 'GN_DTPT', 'KH_SN', 'GN_SN'].map(figure)).toEqual([500, 450, 300, 250]);
    expect(await findings(out)).toEqual([]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const notes: string[] = [];
    for (const name of ['Kế hoạch vốn', 'Giải ngân'])
      book.getWorksheet(name)!.eachRow((r) =>
        r.eachCell((c) => {
          if (c.note) notes.push(typeof c.note === 'string' ? c.note : c.note.texts!.map((x) => x.text).join(''));
        }),
      );
    // Her cells only (A–G), never the columns the check adds at the right of her sheet.
    expect(notes).toHaveLength(12);
    expect(notes.filter((n) => !/^Từ \/ from GN 2024![C-F](8|9|11|12)$/.test(n))).toEqual([]);
  });
});

describe('with a "Vốn lồng ghép" column beside the budgets', () => {
  const writeIntegrated = (name: string, edit: Record<string, string | number> = {}) =>
    save(name, sectionedWithIntegratedPlan(), { edit });

  it('validate: a right plan is clean; a lồng ghép slip in one section is one finding at her cell', async () => {
    expect(await findings(await writeIntegrated('lg-clean'))).toEqual([]);
    expect(await findings(await writeIntegrated('lg-slip', { F9: 47 }))).toEqual(['SUM_MISMATCH@KH 2024!F9']);
  });

  it("import: a line's lồng ghép is its sections' together", async () => {
    const out = path.join(tmp(), 'lg-template.xlsx');
    expect(await mtqg('import', await writeIntegrated('lg-import'), '--out', out)).toBe(0);
    expect((await templateFigure(out))('DA1', 'LONG_GHEP')).toBe(60);
    expect(await mtqg('validate', out)).toBe(0);
  });

  it('import: a line in both sections with rows under it in one keeps all its lồng ghép', async () => {
    const file = await save('lg-details', sectionedWithIntegratedDetails(), { sheet: 'Biểu 01' });
    expect(await findings(file)).toEqual([]);
    const out = path.join(tmp(), 'lg-details-template.xlsx');
    expect(await mtqg('import', file, '--out', out)).toBe(0);
    const at = await templateFigure(out);
    // DA3: 20 in the ĐTPT section, 110 under it in the SN section; the plan's total stays hers.
    expect(at('DA3', 'LONG_GHEP')).toBe(130);
    expect(at('TONG', 'LONG_GHEP')).toBe(210);
    expect(at('TONG', 'TONG')).toBe(3460);
    expect(await findings(out)).toEqual([]);
  });

  it("import: a line's own lồng ghép beside its catalog sub-projects is carried and announced", async () => {
    const rows = sectionedWithIntegratedDetails();
    rows[11] = ['a', catalog.byCode.get('DA3.TDA1')!.name, ...rows[11].slice(2)];
    rows[12] = ['b', catalog.byCode.get('DA3.TDA2')!.name, ...rows[12].slice(2)];
    const file = await save('lg-subprojects', rows, { sheet: 'Biểu 01' });
    expect(await findings(file)).toEqual([]);
    const out = path.join(tmp(), 'lg-subprojects-template.xlsx');
    expect(await mtqg('import', file, '--out', out)).toBe(0);
    expect(io.stdout).toMatch(/Cần xem \/ check: Biểu 01!F9 — DA3 · Lồng ghép: 20 triệu đồng ghi cho chính dòng/);
    // What the import announced is what the check of the copy says, and nothing else.
    expect(await findings(out)).toEqual(['HARDCODED_TOTAL@Kế hoạch vốn!K18']);
  });
});
