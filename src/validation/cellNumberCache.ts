import { BLANK, halfUnitOf, type CellNumber } from './cellNumber';

/** Slot state, in the low two bits of a slot's byte; the flags of a number above them. */
const UNREAD = 0;
const BLANK_STATE = 1;
const NUMBER = 2;
const OTHER = 3;
const STATE_BITS = 3;
const FORMULA = 4;
const AS_TEXT = 8;
const DATE = 16;
const PERCENT = 32;

/**
 * A number's half-unit is 0 (formula results, dates) or half a unit of 0–20 decimals: kept as
 * a byte, 0 for none and d + 1 for HALVES[d] (the very values halfUnitOf gives). Any other
 * half-unit (a format with more decimals) keeps its read as an object.
 */
const HALVES = Array.from({ length: 21 }, (_, d) => halfUnitOf(d));
const HALF_CODE = new Map(HALVES.map((h, d) => [h, d + 1]));

/**
 * Cell reads cached per slot (row × key) in flat arrays: checks ask for the same cells ~20
 * times, and a province plan has ~3 million slots. An object per cached number (~100 bytes
 * with its boxed doubles) was the largest part of validation's memory; here a number takes
 * 10 bytes and each read builds a short-lived object. Text and errors (rare) stay objects.
 */
export class CellNumberCache {
  /** State and flags of each slot. */
  private readonly meta: Uint8Array;
  private readonly values: Float64Array;
  private readonly halfCodes: Uint8Array;
  private readonly others = new Map<number, CellNumber>();

  constructor(readonly size: number) {
    this.meta = new Uint8Array(size);
    this.values = new Float64Array(size);
    this.halfCodes = new Uint8Array(size);
  }

  /** The cached read, or undefined when the slot was not read yet (or lies outside). */
  get(slot: number): CellNumber | undefined {
    const meta = this.meta[slot];
    switch (meta & STATE_BITS) {
      case BLANK_STATE:
        return BLANK;
      case NUMBER:
        return this.number(slot, meta);
      case OTHER:
        return this.others.get(slot);
      case UNREAD:
      default:
        return undefined;
    }
  }

  set(slot: number, n: CellNumber): void {
    if (!(slot >= 0 && slot < this.size)) return;
    const halfCode = n.state === 'number' ? (n.halfUnit === 0 ? 0 : HALF_CODE.get(n.halfUnit)) : undefined;
    if (n.state === 'blank') this.meta[slot] = BLANK_STATE;
    else if (n.state === 'number' && halfCode !== undefined) {
      this.meta[slot] =
        NUMBER | (n.formula ? FORMULA : 0) | (n.asText ? AS_TEXT : 0) | (n.date ? DATE : 0) | (n.percent ? PERCENT : 0);
      this.values[slot] = n.value;
      this.halfCodes[slot] = halfCode;
    } else {
      this.meta[slot] = OTHER;
      this.others.set(slot, n);
    }
  }

  private number(slot: number, meta: number): CellNumber {
    const value = this.values[slot];
    const code = this.halfCodes[slot];
    const halfUnit = code === 0 ? 0 : HALVES[code - 1];
    const formula = (meta & FORMULA) !== 0;
    const asText = (meta & AS_TEXT) !== 0;
    if (meta & DATE) return { state: 'number', value, halfUnit, formula, asText, date: true };
    if (meta & PERCENT) return { state: 'number', value, halfUnit, formula, asText, percent: true };
    return { state: 'number', value, halfUnit, formula, asText };
  }
}
