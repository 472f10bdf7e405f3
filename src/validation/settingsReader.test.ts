import { SHEET_NAMES } from '../domain/workbookLayout';
import type { WorkbookSnapshot } from '../model/snapshot';
import { SnapshotBuilder } from './testing/snapshotBuilder';
import { buildWorkbookModel } from './workbookModel';
import { readSettingsFromModel } from './settingsReader';

const read = (s: WorkbookSnapshot) => readSettingsFromModel(buildWorkbookModel(s));
const settingsSheet = (s: WorkbookSnapshot) => s.sheets.find((x) => x.name === SHEET_NAMES.settings)!;

describe('readSettingsFromModel', () => {
  it('reads every field by its key, choices by key or by the label a user types (any case, with or without accents)', () => {
    const s = new SnapshotBuilder()
      .setting('DON_VI', '  Huyện Vĩnh Linh  ')
      .setting('CAP', 'TINH')
      .setting('NAM', '2025')
      .setting('DON_VI_TINH', 'trieu dong')
      .setting('DOI_UNG_TOI_THIEU', { v: 0.125, t: 'n', nf: '0.0%' })
      .setting('SO_KE_HOACH', '125/KH-UBND')
      .setting('DOI_UNG_THEO', 'từng loại vốn (đtpt, sn)')
      .build();
    const { settings, findings } = read(s);
    expect(findings).toEqual([]);
    expect(settings).toMatchObject({
      unitName: 'Huyện Vĩnh Linh',
      level: 'tinh',
      year: 2025,
      unit: 'trieu',
      counterpartPercent: 12.5,
      planNumber: '125/KH-UBND',
      counterpartScope: 'tung_loai',
    });
    expect(read(new SnapshotBuilder().setting('CAP', 'Xã').build()).settings.level).toBe('xa');
    expect(read(new SnapshotBuilder().setting('CAP', 'huyen').build()).settings.level).toBe('huyen');
    expect(read(new SnapshotBuilder().setting('DON_VI_TINH', 'Đồng').build()).settings.unit).toBe('dong');
  });

  it('one number among words is that number ("năm 2024", "2024 (dự kiến)"); two numbers or a minus sign are not', () => {
    expect(read(new SnapshotBuilder().setting('NAM', 'năm 2024').build())).toMatchObject({
      settings: { year: 2024 },
      findings: [],
    });
    expect(read(new SnapshotBuilder().setting('NAM', '2024 (dự kiến)').build()).settings.year).toBe(2024);
    expect(
      read(new SnapshotBuilder().setting('DOI_UNG_TOI_THIEU', '7 phần trăm').build()).settings.counterpartPercent,
    ).toBe(7);
    for (const [key, typed] of [
      ['NAM', '2023-2024'],
      ['DOI_UNG_TOI_THIEU', '-5 %'],
    ])
      expect(read(new SnapshotBuilder().setting(key as 'NAM', typed).build()).findings).toHaveLength(1);
  });
  it('an unreadable value takes the fallback, with a warning at its cell saying which', () => {
    const s = new SnapshotBuilder().setting('NAM', 1999).setting('DOI_UNG_TOI_THIEU', 'năm phần trăm').build();
    const { settings, findings } = read(s);
    expect(settings.counterpartPercent).toBe(5);
    expect(settings.year).toBe(new Date().getFullYear());
    expect(findings.map((f) => [f.code, f.severity, f.sheet, f.cell, f.message, f.messageEn])).toEqual([
      [
        'TEMPLATE_STRUCTURE',
        'warning',
        SHEET_NAMES.settings,
        'C6',
        `Thiết lập NAM ("1999") phải là số nguyên từ 2021 đến 2100; dùng mặc định ${new Date().getFullYear()}.`,
        `Setting NAM ("1999") must be a whole number 2021–2100; using the default ${new Date().getFullYear()}.`,
      ],
      [
        'TEMPLATE_STRUCTURE',
        'warning',
        SHEET_NAMES.settings,
        'C8',
        'Không đọc được thiết lập DOI_UNG_TOI_THIEU ("năm phần trăm"); dùng mặc định 5.',
        'Setting DOI_UNG_TOI_THIEU ("năm phần trăm") is unreadable; using the default 5.',
      ],
    ]);
  });

  it('a blank value is the fallback without a finding; a key written twice: the last filled row counts', () => {
    const s = new SnapshotBuilder().setting('CAP', 'xa').build();
    const rows = settingsSheet(s).rows;
    rows.push([
      { v: 'CAP', t: 's' },
      { v: null, t: 'z' },
      { v: 'tinh', t: 's' },
    ]);
    rows.push([
      { v: 'CAP', t: 's' },
      { v: null, t: 'z' },
      { v: null, t: 'z' },
    ]);
    rows.push([
      { v: 5, t: 'n' },
      { v: null, t: 'z' },
      { v: 'huyen', t: 's' },
    ]);
    expect(read(s).settings.level).toBe('tinh');
    const blank = new SnapshotBuilder().setting('DON_VI_TINH', null).build();
    expect(read(blank)).toMatchObject({ settings: { unit: 'trieu' }, findings: [] });
  });

  it('keys are trimmed; a sheet without a value column or without the sheet gives the fallbacks', () => {
    const s = new SnapshotBuilder().build();
    const rows = settingsSheet(s).rows;
    rows.push([
      { v: '  CAP ', t: 's' },
      { v: null, t: 'z' },
      { v: 'Tỉnh', t: 's' },
    ]);
    expect(read(s).settings.level).toBe('tinh');

    const noValueCol = new SnapshotBuilder().setting('CAP', 'tinh').build();
    const keyRow = settingsSheet(noValueCol).rows[1];
    keyRow[keyRow.findIndex((c) => c?.v === 'GIA_TRI')] = { v: null, t: 'z' };
    expect(read(noValueCol)).toMatchObject({ settings: { level: 'huyen', unit: 'trieu' }, findings: [] });

    const noSheet = read(new SnapshotBuilder().setting('CAP', 'tinh').omitSheet('settings').build());
    expect(noSheet).toMatchObject({ settings: { level: 'huyen', counterpartPercent: 5 }, findings: [] });
  });
});
