import type { Settings } from '../domain/settings';
import type { MoneyUnit } from '../domain/units';
import type { Finding } from '../model/finding';
import type { WorkbookModel } from './workbookModel';

export interface CheckContext {
  settings: Settings;
  unit: MoneyUnit;
}

/** A check reads the model and returns its findings; it never writes. */
export type Check = (model: WorkbookModel, ctx: CheckContext) => Finding[];
