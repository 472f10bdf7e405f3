import type { Settings } from '../domain/settings';
import type { SourceKey } from '../domain/sources';
import type { MoneyUnit } from '../domain/units';
import type { Finding } from '../model/finding';
import type { WorkbookModel } from './workbookModel';

/** A cell another check judged a unit slip, with the figure it was meant to hold. */
export interface UnitSlip {
  sheet: string;
  cell: string;
  lineCode: string;
  sourceKey: SourceKey;
  actual: number;
  meant: number;
  /** A number typed as text: Excel counts nothing there, the figure read from its text is meant. */
  asText?: true;
}

export interface CheckContext {
  settings: Settings;
  unit: MoneyUnit;
  /** Set for the checks that run after the others (counterpart): the unit slips they found. */
  unitSlips?: UnitSlip[];
}

/** A check reads the model and returns its findings; it never writes. */
export type Check = (model: WorkbookModel, ctx: CheckContext) => Finding[];
