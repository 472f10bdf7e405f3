import v8 from 'v8';

/**
 * How far V8 lets the heap grow past what survived its last full collection before the next
 * one, in percent, for the commands that write big copies. Left to itself V8 let the appendix
 * of a 200,000-line plan grow to 1.9 GB of heap with ~0.5 GB alive (2.2 GB peak memory, over
 * the 1.5 GB goal); at 25 % the peak is ~1 GB for ~10 % more time. Read by V8 each time it
 * sets the next limit, so it takes effect when set at run time.
 */
export const WRITER_HEAP_GROWING_PERCENT = 25;

export function boundHeapGrowth(percent = WRITER_HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
