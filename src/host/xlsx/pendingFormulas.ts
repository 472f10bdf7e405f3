import type { SheetSnapshot } from '../../model/snapshot';
import { evaluateMissingResults, type PendingFormula } from './evaluateFormulas';
import { evaluateSimpleSteps } from './simpleFormulas';
import { evaluateLookupSteps } from './lookupFormulas';
import { drain, type Steps } from './slices';

/**
 * Results of formulas a file carries without a cached value (written by a library, never
 * opened in Excel), the same way in both readers: the template's own sums and lookups are
 * evaluated directly; HyperFormula (required on first need) only for what is left.
 */
export function computePendingResults(sheets: SheetSnapshot[], pending: PendingFormula[]): void {
  drain(computePendingSteps(sheets, pending));
}

/** The same in steps (see slices.ts); HyperFormula's part, rare, runs in one piece. */
export function* computePendingSteps(sheets: SheetSnapshot[], pending: PendingFormula[]): Steps<void> {
  let left = pending.length ? yield* evaluateSimpleSteps(sheets, pending) : [];
  if (left.length) left = yield* evaluateLookupSteps(sheets, left);
  if (left.length) evaluateMissingResults(sheets, left);
}
