import { planDateText, readAppendixModel, carriesMoney } from './readWorkbook';
import { sampleAppendix } from './testing/sampleFixture';

describe('reading the template sheets for the appendices', () => {
  it('reads settings, plan rows and indicators of the sample by keys', () => {
    const { working } = sampleAppendix();
    const model = readAppendixModel(working);
    expect(model.settings).toMatchObject({
      unitName: 'Huyện Vĩnh Linh',
      year: 2024,
      unit: 'trieu',
      counterpartPercent: 5,
      planNumber: '125/KH-UBND',
    });
    const detail = model.planRows.find((r) => r.code === 'DA4.TDA1.ND1.02')!;
    expect(detail.name).toBe('Cầu treo bản Khe Sanh');
    expect(detail.amounts.DTPT_NSTW).toBe(2800);
    expect(carriesMoney(detail)).toBe(true);
    expect(carriesMoney(model.planRows.find((r) => r.code === 'DA2')!)).toBe(false);
    expect(model.indicators.find((i) => i.code === 'CT15')?.target).toBe('Đánh giá cuối giai đoạn');
  });

  it('turns an Excel date serial into dd/mm/yyyy and keeps typed dates', () => {
    expect(planDateText('45316')).toBe('25/01/2024');
    expect(planDateText('25/01/2024')).toBe('25/01/2024');
    expect(planDateText('')).toBe('');
  });
});
