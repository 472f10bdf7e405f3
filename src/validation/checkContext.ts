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
  /**
   * What the slip is, for the note on a finding judged with it (none: a unit slip): 'text', a
   * number stored as text, read as the number; 'typo', a figure her row and column sums count otherwise;
   * 'moved', a figure typed in the wrong column, counted in the one her sums count it in;
   * 'unitFigure', a plan cell summing a lower unit's figure that is a unit slip (summedInto.ts).
   */
  kind?: 'text' | 'typo' | 'moved' | 'unitFigure';
}

export interface CheckContext {
  settings: Settings;
  unit: MoneyUnit;
  /** Set for the checks that run after the others (counterpart): the unit slips they found. */
  unitSlips?: UnitSlip[];
}

/** A check reads the model and returns its findings; it never writes. */
export type Check = (model: WorkbookModel, ctx: CheckContext) => Finding[];
