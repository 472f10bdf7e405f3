import { formulaConstant } from './formulaConstant';

describe('formulaConstant', () => {
  it('reads the numbers a plain SUM adds beside its references', () => {
    expect(formulaConstant('=SUM(F19,F20,350)')).toBe(350);
    expect(formulaConstant('SUM(K19,K20,20,0.5)')).toBe(20.5);
    expect(formulaConstant('=SUM($F$19:$F$30, -12)')).toBe(-12);
  });

  it('near miss: references only, or anything but a plain SUM, add nothing of their own', () => {
    for (const f of [
      '=SUM(F19,F20)',
      '=SUM(F19:F30)',
      '=SUM(D7:D9)*1000',
      '=IF(A1>0,SUM(B1,2),0)',
      '=F19+F20+350',
      '',
    ]) {
      expect([f, formulaConstant(f)]).toEqual([f, 0]);
    }
    expect(formulaConstant(undefined)).toBe(0);
  });
});
