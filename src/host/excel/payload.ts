/**
 * Excel on the web rejects a request or response above 5 MB. We budget well under it and
 * estimate sizes as JSON in UTF-8 bytes, which is what Office.js sends (Vietnamese text
 * takes 2–3 bytes a letter, so counting UTF-16 characters undercounts).
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Budget for one write batch (queued values, formulas, formats). */
export const WRITE_BUDGET_BYTES = 4_000_000;
/** Budget for one read response. */
export const READ_BUDGET_BYTES = 4_000_000;
/**
 * Estimated response bytes per cell when values, formulas, numberFormat and valueTypes are
 * loaded (a number ~9, its formula text ~12, "Double" ~9, "#,##0.000" ~12).
 */
export const READ_BYTES_PER_CELL = 40;
/** Fixed cost of one queued command (object path, property name, JSON framing). */
export const COMMAND_OVERHEAD_BYTES = 120;

/** Approximate JSON size of a value in UTF-8 bytes (what Office.js would send). */
export function jsonSize(value: unknown): number {
  if (value === undefined) return 0;
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8Length(text);
}

/** Bytes of a string in UTF-8, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Greedy packing of items (in order) into batches whose estimated size stays under budget. */
export function packBatches<T>(items: T[], sizeOf: (item: T) => number, budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const s = sizeOf(item);
    if (current.length > 0 && size + s > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += s;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
