import type { SheetSnapshot } from '../../model/snapshot';
import { evaluateMissingResults, type PendingFormula } from './evaluateFormulas';
import { evaluateSimpleFormulas } from './simpleFormulas';
import { evaluateLookupFormulas } from './lookupFormulas';

/**
 * Results of formulas a file carries without a cached value (written by a library, never
 * opened in Excel), the same way in both readers: the template's own sums and lookups are
 * evaluated directly; HyperFormula (required on first need) only for what is left.
 */
export function computePendingResults(sheets: SheetSnapshot[], pending: PendingFormula[]): void {
  let left = pending.length ? evaluateSimpleFormulas(sheets, pending) : [];
  if (left.length) left = evaluateLookupFormulas(sheets, left);
  if (left.length) evaluateMissingResults(sheets, left);
}
