import type { Level, MoneyUnit } from '../domain/units';
import { rowCodes } from './layoutModel';
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

/** Her text of each row of the plan table, by the code the layout model gives it ("DA6.01" → "Sửa chữa nhà văn hóa…"). */
export function layoutRowNames(layout: LayoutMapping): Map<string, string> {
  const out = new Map<string, string>();
  const plan = layout.tables.find((t) => t.role === 'plan') ?? layout.tables[0];
  if (!plan) return out;
  // Her rows by their row number (the first with it, as a search would find), once: a search of
  // every row per row took minutes on a long table.
  const textAt = new Map<number, string>();
  for (const r of plan.rows) if (!textAt.has(r.row)) textAt.set(r.row, r.text);
  for (const [row, code] of rowCodes(plan)) {
    const text = textAt.get(row)?.trim();
    if (text) out.set(code, text);
  }
  return out;
}
