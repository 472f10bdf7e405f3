import { catalog } from '../domain/catalog';
import { INDICATOR_COLUMN_KEYS, sheetMarker } from '../domain/workbookLayout';
import { settingsSchema } from '../domain/settings';
import { buildIndicatorSheet, INDICATOR_LAYOUT } from './indicatorSheet';
import { planCell } from './planGrid';

const plan = buildIndicatorSheet(settingsSchema.parse({ year: 2024 }));
const col = (key: (typeof INDICATOR_COLUMN_KEYS)[number]) => INDICATOR_COLUMN_KEYS.indexOf(key);

describe('Chỉ tiêu sheet plan', () => {
  it('has the key row and marker', () => {
    INDICATOR_COLUMN_KEYS.forEach((key, c) => expect(planCell(plan, INDICATOR_LAYOUT.keyRow, c)?.value).toBe(key));
    expect(planCell(plan, INDICATOR_LAYOUT.keyRow, INDICATOR_COLUMN_KEYS.length)?.value).toBe(
      sheetMarker('template', 'indicators'),
    );
  });

  it('pre-fills every catalog indicator with STT, code, name and unit, target empty', () => {
    catalog.indicators.forEach((ind, i) => {
      const row = INDICATOR_LAYOUT.firstDataRow + i;
      expect(planCell(plan, row, col('STT'))?.value).toBe(i + 1);
      expect(planCell(plan, row, col('MA'))?.value).toBe(ind.code);
      expect(planCell(plan, row, col('CHI_TIEU'))?.value).toBe(ind.name);
      expect(planCell(plan, row, col('DVT'))?.value).toBe(ind.unit);
      expect(planCell(plan, row, col('KE_HOACH'))?.value).toBeUndefined();
    });
    expect(planCell(plan, INDICATOR_LAYOUT.headerRow, col('KE_HOACH'))?.value).toBe('Kế hoạch năm 2024');
  });
});
