import { catalog } from '../domain/catalog';
import { buildMoneyRows } from './moneyRows';
import { nextDetailCode } from './detailRows';

describe('money sheet rows', () => {
  it('puts TONG first, then every catalog line in hierarchy order with its official STT', () => {
    const rows = buildMoneyRows();
    expect(rows[0]).toMatchObject({ code: 'TONG', name: 'TỔNG CỘNG', kind: 'total' });
    expect(rows.slice(1).map((r) => r.code)).toEqual(catalog.nodes.map((n) => n.code));
    expect(rows.slice(1).map((r) => r.stt)).toEqual(catalog.nodes.map((n) => n.stt));
    expect(rows[0].sumOf).toEqual(catalog.nodes.filter((n) => n.depth === 1).map((n) => n.code));
  });

  it('places detail rows right under their leaf, numbered in the order given', () => {
    const rows = buildMoneyRows([
      { leafCode: 'DA4.TDA1.ND1', name: 'Đường Áng Hin' },
      { leafCode: 'DA1.ND2', name: 'Nhà ở hộ A' },
      { leafCode: 'DA4.TDA1.ND1', name: 'Cầu Khe Lau' },
    ]);
    const codes = rows.map((r) => r.code);
    const leaf = codes.indexOf('DA4.TDA1.ND1');
    expect(codes.slice(leaf + 1, leaf + 3)).toEqual(['DA4.TDA1.ND1.01', 'DA4.TDA1.ND1.02']);
    expect(rows[leaf + 2]).toMatchObject({ name: 'Cầu Khe Lau', stt: '-', kind: 'detail' });
    expect(rows[leaf].sumOf).toEqual(['DA4.TDA1.ND1.01', 'DA4.TDA1.ND1.02']);
    expect(codes[codes.indexOf('DA1.ND2') + 1]).toBe('DA1.ND2.01');
  });

  it('refuses detail rows under a parent or unknown line, and duplicate codes', () => {
    expect(() => buildMoneyRows([{ leafCode: 'DA4', name: 'x' }])).toThrow(/leaf/);
    expect(() => buildMoneyRows([{ leafCode: 'DA99', name: 'x' }])).toThrow(/leaf/);
    expect(() =>
      buildMoneyRows([
        { leafCode: 'DA2', name: 'a', code: 'DA2.03' },
        { leafCode: 'DA2', name: 'b', code: 'DA2.03' },
      ]),
    ).toThrow(/duplicate/);
  });

  it('numbers a new detail after the highest existing one', () => {
    expect(nextDetailCode('DA2', ['DA2.01', 'DA2.07', 'DA3.09'])).toBe('DA2.08');
    expect(nextDetailCode('DA2', [])).toBe('DA2.01');
  });
});
