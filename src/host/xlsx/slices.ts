/**
 * Long reads as generators that `yield` every few rows, so one body of code serves two ways
 * of running: `drain` (all at once: the CLI, tests) and `runInSlices` (the browser page:
 * pauses whenever a slice used its time budget, so the page never freezes on a large plan).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end on this call stack. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Time budget of one slice: well under the 50 ms a browser counts as a long task. */
export const SLICE_BUDGET_MS = 25;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Runs the steps, awaiting `pause` (let the page paint and take input) whenever a slice ran over budget. */
export async function runInSlices<T>(
  steps: Steps<T>,
  pause: () => Promise<void>,
  budgetMs = SLICE_BUDGET_MS,
): Promise<T> {
  let start = now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (now() - start >= budgetMs) {
      await pause();
      start = now();
    }
  }
}

/** The default pause: a macrotask, so rendering and input run in between. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
