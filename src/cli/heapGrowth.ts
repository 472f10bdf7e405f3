import v8 from 'v8';

/**
 * How far V8 lets the heap grow past what survived its last full collection before the next
 * one, in percent, for the commands that read a whole plan (validate, appendix). Left to
 * itself V8 let a 200,000-line plan's heap grow far past what was alive: validate peaked at
 * ~1.05 GB with ~0.65 GB alive, the appendix at 2.2 GB with ~0.5 GB alive. At 50 % validate
 * still ranged 820–990 MB from run to run (little room under the 1 GB goal); at 30 % it peaks
 * at 840–890 MB in ~7.5 s and the appendix at ~0.99 GB in ~25 s. A small plan never gets
 * there. Read by V8 each time it sets the next limit, so it takes effect when set at run time.
 */
export const HEAP_GROWING_PERCENT = 30;

export function boundHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
