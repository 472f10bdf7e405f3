import { SETTING_KEYS } from './workbookLayout';
import { SETTING_ROWS, YEAR_BOUNDS, currentYear, parseSettingNumber, settingsSchema } from './settings';

describe('the settings field table', () => {
  it('has exactly one row per "Thông tin" key', () => {
    expect(SETTING_ROWS.map(([, f]) => f.key).sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('is the one schema: defaults filled, the year required and bounded once', () => {
    expect(settingsSchema.parse({ year: 2024 })).toEqual({
      unitName: '',
      level: 'huyen',
      year: 2024,
      unit: 'trieu',
      counterpartPercent: 5,
      allocationDecision: '',
      planNumber: '',
      planDate: '',
      asOfDate: '',
      templateVersion: '',
      counterpartScope: 'tong',
    });
    expect(settingsSchema.safeParse({}).success).toBe(false);
    for (const year of [YEAR_BOUNDS.min - 1, YEAR_BOUNDS.max + 1, 2024.5])
      expect(settingsSchema.safeParse({ year }).success).toBe(false);
    expect(settingsSchema.safeParse({ year: 2024, counterpartPercent: 100.5 }).success).toBe(false);
    expect(currentYear()).toBeGreaterThanOrEqual(YEAR_BOUNDS.min);
  });

  it('reads numbers typed in a form through the same rules (decimal comma accepted)', () => {
    expect(parseSettingNumber('counterpartPercent', ' 12,5 ')).toBe(12.5);
    expect(parseSettingNumber('counterpartPercent', '')).toBeNull();
    expect(parseSettingNumber('counterpartPercent', '101')).toBeNull();
    expect(parseSettingNumber('year', '2024')).toBe(2024);
    expect(parseSettingNumber('year', '1999')).toBeNull();
    expect(parseSettingNumber('year', 'năm')).toBeNull();
  });
});
