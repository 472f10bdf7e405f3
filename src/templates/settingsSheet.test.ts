import { SETTING_KEYS, SETTINGS_COLUMN_KEYS, TEMPLATE_VERSION, sheetMarker } from '../domain/workbookLayout';
import { settingsSchema } from '../domain/settings';
import { buildSettingsSheet, SETTINGS_LAYOUT } from './settingsSheet';
import { planCell, rowOfCode } from './planGrid';

const plan = buildSettingsSheet(
  settingsSchema.parse({
    level: 'xa',
    year: 2023,
    unit: 'dong',
    unitName: 'Xã Cẩm Lương',
    counterpartPercent: 10,
  }),
);
const valueOf = (key: string) => planCell(plan, rowOfCode(plan, 0, key), 2)?.value;
const validationOf = (key: string) => plan.validations.find((v) => v.range.top === rowOfCode(plan, 0, key));

describe('Thông tin sheet plan', () => {
  it('has the key row with the marker and one row per setting key', () => {
    SETTINGS_COLUMN_KEYS.forEach((key, col) => expect(planCell(plan, SETTINGS_LAYOUT.keyRow, col)?.value).toBe(key));
    expect(planCell(plan, SETTINGS_LAYOUT.keyRow, 3)?.value).toBe(sheetMarker('template', 'settings'));
    for (const key of SETTING_KEYS) {
      expect(rowOfCode(plan, 0, key)).toBeGreaterThanOrEqual(SETTINGS_LAYOUT.firstDataRow);
      expect(planCell(plan, rowOfCode(plan, 0, key), 1)?.value).toEqual(expect.any(String));
    }
  });

  it('fills the values from the options', () => {
    expect([
      valueOf('DON_VI'),
      valueOf('CAP'),
      valueOf('NAM'),
      valueOf('DON_VI_TINH'),
      valueOf('DOI_UNG_TOI_THIEU'),
    ]).toEqual(['Xã Cẩm Lương', 'xa', 2023, 'dong', 10]);
    expect(valueOf('PHIEN_BAN_MAU')).toBe(TEMPLATE_VERSION);
    expect(valueOf('SO_KE_HOACH')).toBeUndefined();
  });

  it('validates level, unit, year and counterpart percent in the value cells', () => {
    expect(validationOf('CAP')?.rule).toEqual({ type: 'list', values: ['tinh', 'huyen', 'xa'] });
    expect(validationOf('DON_VI_TINH')?.rule).toEqual({ type: 'list', values: ['dong', 'nghin', 'trieu'] });
    expect(validationOf('NAM')?.rule).toEqual({ type: 'whole', min: 2021, max: 2100 });
    expect(validationOf('DOI_UNG_TOI_THIEU')?.rule).toEqual({ type: 'decimal', min: 0, max: 100 });
    for (const v of plan.validations) {
      expect(v.range.left).toBe(2);
      expect(v.errorMessage).toMatch(/\S/);
    }
    expect(validationOf('DON_VI')).toBeUndefined();
  });
});
