import type { Level, MoneyUnit } from '../domain/units';
import type { LayoutMapping } from './mapping';
import { fold } from './text';

/**
 * What the template keeps on "Thông tin", read from her own table the way `mtqg import`
 * reads it: the level found, the plan table's unit and issuer, the year in its title
 * ("… năm 2023"); no year in the title → `fallbackYear`.
 */
export function layoutUnitSettings(
  layout: LayoutMapping,
  fallbackYear: number,
): { unitName: string; level: Level; year: number; unit: MoneyUnit; sheet: string } {
  const plan = layout.tables.find((t) => t.role === 'plan') ?? layout.tables[0];
  const year = /nam (20\d\d)/.exec(fold(plan.title))?.[1];
  return {
    unitName: plan.issuer,
    level: layout.level,
    year: year ? Number(year) : fallbackYear,
    unit: plan.unit,
    sheet: plan.sheet,
  };
}
