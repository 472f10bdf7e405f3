import type { WorkbookSnapshot } from '../model/snapshot';
import { SnapshotBuilder } from './testing/snapshotBuilder';
import { buildWorkbookModel } from './workbookModel';
import { disbursementChildren } from './disbursementModel';
import { asOfDateOf, disbColumnShort, disbTag, percentEn, percentVn } from './disbursementDescribe';
import { assessWorkbook } from './workbookState';
import { readSettingsFromModel } from './settingsReader';

const disbSheet = (s: WorkbookSnapshot) => s.sheets.find((x) => x.name === 'Giải ngân')!;

describe('reading Giải ngân', () => {
  it('missing columns: one finding naming them (STT and GHI_CHU may go), and they read as blank', () => {
    const s = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 500).disb('DA8', 'GN_SN', 300).build();
    const keyRow = disbSheet(s).rows[1];
    for (const key of ['GN_SN', 'TLKD_SN', 'STT', 'GHI_CHU'])
      keyRow[keyRow.findIndex((c) => c?.v === key)] = { v: null, t: 'z' };
    const model = buildWorkbookModel(s);
    expect(model.structure.map((f) => [f.severity, f.sheet, f.cell, f.message, f.messageEn])).toEqual([
      [
        'error',
        'Giải ngân',
        'B2',
        'Trang "Giải ngân" thiếu cột: GN_SN, TLKD_SN; các cột này không được kiểm tra.',
        'Sheet "Giải ngân" is missing columns: GN_SN, TLKD_SN; they are not checked.',
      ],
    ]);
    const disb = model.disbursement!;
    expect(disb.colOf('GN_SN')).toBe(-1);
    expect(disb.amount('DA8', 'GN_SN')).toEqual({ state: 'blank' });
    expect(disb.amount('DA404', 'KH_SN')).toEqual({ state: 'blank' });
    expect(disb.amount('DA8', 'NOPE' as never)).toEqual({ state: 'blank' });
    expect(disb.amount('DA8', 'KH_SN')).toMatchObject({ state: 'number', value: 500 });
    // Read twice, the same figure (cached).
    expect(disb.amount('DA8', 'KH_SN')).toMatchObject({ state: 'number', value: 500 });
  });

  it('the rows a row sums: projects for TONG, children, detail rows, none for a leaf without details', () => {
    const b = new SnapshotBuilder().withDisbursement();
    const d = b.detail('DA8');
    const disb = buildWorkbookModel(b.build()).disbursement!;
    expect(disbursementChildren(disb, 'TONG')).toEqual([
      'DA1',
      'DA2',
      'DA3',
      'DA4',
      'DA5',
      'DA6',
      'DA7',
      'DA8',
      'DA9',
      'DA10',
    ]);
    expect(disbursementChildren(disb, 'DA4.TDA1')).toEqual(['DA4.TDA1.ND1', 'DA4.TDA1.ND2']);
    expect(disbursementChildren(disb, 'DA8')).toEqual([d]);
    expect(disbursementChildren(disb, 'DA7')).toBeNull();
    expect(disbursementChildren(disb, 'DA404')).toBeNull();
  });
});

describe('Giải ngân words', () => {
  it('every column has its short name; an unknown key is itself', () => {
    expect(disbColumnShort('TLKD_DTPT')).toEqual({ vi: 'Tỷ lệ ĐTPT kéo dài', en: 'carried-over investment rate' });
    expect(disbColumnShort('KH_SN')).toEqual({ vi: 'KH năm SN', en: 'recurrent year plan' });
    expect(disbColumnShort('GHI_CHU')).toEqual({ vi: 'GHI_CHU', en: 'GHI_CHU' });
    expect(disbTag('TONG', 'KD_SN')).toEqual({
      vi: 'Dòng tổng · SN kéo dài',
      en: 'Total row · recurrent carried over',
    });
  });

  it('percentages with one decimal by default, the Vietnamese way with a comma', () => {
    expect([percentVn(89.114), percentEn(89.114), percentVn(5, 2), percentEn(5, 0)]).toEqual([
      '89,1%',
      '89.1%',
      '5,00%',
      '5%',
    ]);
  });

  it('the as-of date: blank is none, unreadable is invalid', () => {
    const ctx = (asOf: string) => {
      const model = buildWorkbookModel(new SnapshotBuilder().setting('NGAY_SO_LIEU', asOf).build());
      const { settings } = readSettingsFromModel(model);
      return { settings, unit: settings.unit };
    };
    expect(asOfDateOf(ctx('  '))).toBeNull();
    expect(asOfDateOf(ctx('cuối năm'))).toBe('invalid');
    expect(asOfDateOf(ctx(' 30/09/2024 '))).toEqual({ year: 2024, month: 9, day: 30 });
  });
});

describe('assessWorkbook: blank-looking text is no figure', () => {
  it('spaces typed in a cell are not a figure; a word is', () => {
    expect(assessWorkbook(new SnapshotBuilder().plan('DA8', 'SN_NSTW', '   ').build()).hasFigures).toBe(false);
    expect(assessWorkbook(new SnapshotBuilder().plan('DA8', 'SN_NSTW', 'chưa có').build()).hasFigures).toBe(true);
    expect(assessWorkbook(new SnapshotBuilder().withDisbursement().disb('DA8', 'GN_SN', 5).build()).hasFigures).toBe(
      true,
    );
  });
});
