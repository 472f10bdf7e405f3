import { buildCatalog, catalog, CATALOG_DATA } from './catalog';
import { TYPED_SOURCE_KEYS } from './sources';

function copyData(): any {
  return JSON.parse(JSON.stringify(CATALOG_DATA));
}

describe('program catalog', () => {
  it('holds every line of Decision 1719 with unique codes in hierarchy order', () => {
    const codes = catalog.nodes.map((n) => n.code);
    expect(codes).toHaveLength(34);
    expect(new Set(codes).size).toBe(codes.length);
    for (const node of catalog.nodes) {
      if (node.parent) expect(codes.indexOf(node.parent)).toBeLessThan(codes.indexOf(node.code));
    }
    expect(catalog.nodes.filter((n) => n.depth === 1).map((n) => n.code)).toEqual([
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
  });

  it('numbers lines in the official style', () => {
    expect(catalog.byCode.get('DA4')!.stt).toBe('IV');
    expect(catalog.byCode.get('DA4.TDA1')!.stt).toBe('1');
    expect(catalog.byCode.get('DA4.TDA1.ND2')!.stt).toBe('1.2');
    expect(catalog.byCode.get('DA10.TDA3')!.stt).toBe('3');
  });

  it('rejects a duplicated line code', () => {
    const data = copyData();
    data.lines.push({ ...data.lines[1] });
    expect(() => buildCatalog(data)).toThrow(/duplicate line code DA1.ND1/);
  });

  it('rejects a line whose parent is missing', () => {
    const data = copyData();
    data.lines = data.lines.filter((l: any) => l.code !== 'DA3.TDA2');
    expect(() => buildCatalog(data)).toThrow(/parent DA3.TDA2 of DA3.TDA2.ND1/);
  });

  it('gives every line an eligibility entry, and rejects a line without one', () => {
    for (const node of catalog.nodes) expect(catalog.eligibilityByCode.get(node.code)).toBeDefined();
    const data = copyData();
    data.eligibility = data.eligibility.filter((e: any) => e.code !== 'DA8');
    expect(() => buildCatalog(data)).toThrow(/no eligibility entry for DA8/);
  });

  it("keeps a parent's eligibility the union of its children's", () => {
    const rank = { forbidden: 0, doubtful: 1, allowed: 2 } as const;
    for (const node of catalog.nodes.filter((n) => !n.isLeaf)) {
      for (const type of ['DTPT', 'SN'] as const) {
        const best = Math.max(...node.children.map((c) => rank[catalog.eligibilityByCode.get(c)![type]]));
        expect([node.code, type, rank[catalog.eligibilityByCode.get(node.code)![type]]]).toEqual([
          node.code,
          type,
          best,
        ]);
      }
    }
  });

  it("marks the brief's SN-only and ĐTPT-only lines", () => {
    expect(catalog.eligibilityByCode.get('DA8')).toMatchObject({ DTPT: 'forbidden', SN: 'allowed' });
    expect(catalog.eligibilityByCode.get('DA1.ND4.TT')).toMatchObject({ DTPT: 'allowed', SN: 'forbidden' });
    expect(catalog.eligibilityByCode.get('DA7')).toMatchObject({ DTPT: 'doubtful' });
  });

  it('sums sources as a tree rooted at TONG', () => {
    expect(TYPED_SOURCE_KEYS.sort()).toEqual([
      'DAN_GOP',
      'DTPT_NSDP',
      'DTPT_NSTW',
      'HUY_DONG',
      'LONG_GHEP',
      'SN_NSDP',
      'SN_NSTW',
      'TIN_DUNG',
    ]);
    const data = copyData();
    data.sources.find((s: any) => s.key === 'SN').parts.push('DTPT_NSTW');
    expect(() => buildCatalog(data)).toThrow(/DTPT_NSTW is a part of both/);
  });

  it('rejects a source left out of the total', () => {
    const data = copyData();
    const tong = data.sources.find((s: any) => s.key === 'TONG');
    tong.parts = tong.parts.filter((p: string) => p !== 'DAN_GOP');
    expect(() => buildCatalog(data)).toThrow(/DAN_GOP is not summed into TONG/);
  });

  it('lists the 23 indicators with units and links them to real lines', () => {
    expect(catalog.indicators).toHaveLength(23);
    expect(catalog.indicatorByCode.get('CT12')).toMatchObject({ unit: 'hộ', kind: 'count' });
    const data = copyData();
    data.indicatorFundingLinks.push({ line: 'DA99', indicators: ['CT01'] });
    expect(() => buildCatalog(data)).toThrow(/unknown line DA99/);
  });

  it('orders counterpart tiers from 5 % to 20 %', () => {
    expect(catalog.counterpartTiers.map((t) => t.minPercent)).toEqual([5, 10, 15, 20]);
  });
});
