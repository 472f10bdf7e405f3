import ExcelJS from 'exceljs';
import { SETTING_ROWS, settingFallback, settingsSchema, type Settings } from '../../../domain/settings';
import type { SheetPlan } from '../../../model/sheetPlan';
import { buildTemplatePlans, buildUnitAllocationSheet } from '../../../templates';
import { addPlanSheet } from '../applyPlan';
import { toBytes } from './bytes';

export interface BlankTemplate {
  bytes: Uint8Array;
  settings: Settings;
  plans: SheetPlan[];
}

/** `mtqg template` and the page's Mẫu biểu: the settings (defaults filled) → the template's sheets. */
export async function buildBlankTemplate(
  options: Partial<Settings>,
  extra: { units?: string[] } = {},
): Promise<BlankTemplate> {
  // A field left out takes its fallback (the year: this year), as the CLI's flags do.
  const filled = Object.fromEntries(SETTING_ROWS.map(([name]) => [name, options[name] ?? settingFallback(name)]));
  const settings = settingsSchema.parse(filled);
  const plans = buildTemplatePlans(settings);
  if (extra.units?.length) plans.push(buildUnitAllocationSheet(settings, extra.units));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mtqg';
  workbook.created = new Date();
  for (const plan of plans) addPlanSheet(workbook, plan);
  return { bytes: toBytes(await workbook.xlsx.writeBuffer()), settings, plans };
}

/** A blank planning workbook (the Mẫu biểu options; `units` adds "Giao vốn theo đơn vị"). */
export async function blankTemplate(options: Partial<Settings>, extra: { units?: string[] } = {}): Promise<Uint8Array> {
  return (await buildBlankTemplate(options, extra)).bytes;
}
