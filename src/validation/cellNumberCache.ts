import type { CellNumber } from './cellNumber';

const UNREAD = 0;
const BLANK_STATE = 1;
const NUMBER = 2;
const OTHER = 3;
const FORMULA = 1;
const AS_TEXT = 2;
const DATE = 4;
const BLANK: CellNumber = { state: 'blank' };

/**
 * Cell reads cached per slot (row × key) in flat arrays: checks ask for the same cells ~20
 * times, and a province plan has ~3 million slots. An object per cached number (~100 bytes
 * with its boxed doubles) was the largest part of validation's memory; here a number takes
 * 18 bytes and each read builds a short-lived object. Text and errors (rare) stay objects.
 */
export class CellNumberCache {
  private readonly states: Uint8Array;
  private readonly values: Float64Array;
  private readonly halves: Float64Array;
  private readonly flags: Uint8Array;
  private readonly others = new Map<number, CellNumber>();

  constructor(readonly size: number) {
    this.states = new Uint8Array(size);
    this.values = new Float64Array(size);
    this.halves = new Float64Array(size);
    this.flags = new Uint8Array(size);
  }

  /** The cached read, or undefined when the slot was not read yet (or lies outside). */
  get(slot: number): CellNumber | undefined {
    switch (this.states[slot]) {
      case BLANK_STATE:
        return BLANK;
      case NUMBER:
        return this.number(slot);
      case OTHER:
        return this.others.get(slot);
      case UNREAD:
      default:
        return undefined;
    }
  }

  set(slot: number, n: CellNumber): void {
    if (!(slot >= 0 && slot < this.size)) return;
    if (n.state === 'blank') this.states[slot] = BLANK_STATE;
    else if (n.state === 'number') {
      this.states[slot] = NUMBER;
      this.values[slot] = n.value;
      this.halves[slot] = n.halfUnit;
      this.flags[slot] = (n.formula ? FORMULA : 0) | (n.asText ? AS_TEXT : 0) | (n.date ? DATE : 0);
    } else {
      this.states[slot] = OTHER;
      this.others.set(slot, n);
    }
  }

  private number(slot: number): CellNumber {
    const f = this.flags[slot];
    const value = this.values[slot];
    const halfUnit = this.halves[slot];
    const formula = (f & FORMULA) !== 0;
    const asText = (f & AS_TEXT) !== 0;
    return f & DATE
      ? { state: 'number', value, halfUnit, formula, asText, date: true }
      : { state: 'number', value, halfUnit, formula, asText };
  }
}
