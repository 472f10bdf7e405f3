import { ScanFallback } from './scanFallback';

/**
 * Text and attribute values of an XML part read from its UTF-8 bytes, as saxes reads them
 * (entities decoded, what saxes would normalize or reject handed back as ScanFallback), and
 * the interned short strings the scanner repeats by the million.
 */

const LT = 60; // <
const GT = 62; // >
const AMP = 38;

const utf8 = new TextDecoder();

/**
 * Names and short values repeat by the million: one string each, found by a hash of the
 * bytes in a direct-mapped table (a collision just replaces the slot).
 */
export class Interner {
  private readonly hashes = new Int32Array(4096);
  private readonly strings: string[] = new Array<string>(4096).fill('');

  get(bytes: Uint8Array, from: number, to: number): string {
    const len = to - from;
    let h = len;
    for (let i = from; i < to; i++) h = (Math.imul(h, 31) + bytes[i]) | 0;
    const slot = (h ^ (h >>> 12)) & 4095;
    const hit = this.strings[slot];
    if (this.hashes[slot] === h && hit.length === len) {
      let same = true;
      for (let i = 0; i < len; i++) {
        if (hit.charCodeAt(i) !== bytes[from + i]) {
          same = false;
          break;
        }
      }
      if (same) return hit;
    }
    const s = ascii(bytes, from, to);
    this.hashes[slot] = h;
    this.strings[slot] = s;
    return s;
  }
}

/**
 * Node's Buffer.latin1Slice takes any Uint8Array: the string straight from the bytes, without a
 * view object per call (a province plan decodes millions of formulas). Absent in a browser.
 */
const latin1Slice = (globalThis as { Buffer?: { prototype: { latin1Slice?: unknown } } }).Buffer?.prototype
  .latin1Slice as ((this: Uint8Array, from: number, to: number) => string) | undefined;

export function ascii(b: Uint8Array, from: number, to: number): string {
  if (latin1Slice && to - from > 8) return latin1Slice.call(b, from, to);
  // Short strings (cell references, numbers, style ids) by one call: a loop of += builds
  // an intermediate string per character.
  switch (to - from) {
    case 0:
      return '';
    case 1:
      return String.fromCharCode(b[from]);
    case 2:
      return String.fromCharCode(b[from], b[from + 1]);
    case 3:
      return String.fromCharCode(b[from], b[from + 1], b[from + 2]);
    case 4:
      return String.fromCharCode(b[from], b[from + 1], b[from + 2], b[from + 3]);
    case 5:
      return String.fromCharCode(b[from], b[from + 1], b[from + 2], b[from + 3], b[from + 4]);
    case 6:
      return String.fromCharCode(b[from], b[from + 1], b[from + 2], b[from + 3], b[from + 4], b[from + 5]);
    case 7:
      return String.fromCharCode(b[from], b[from + 1], b[from + 2], b[from + 3], b[from + 4], b[from + 5], b[from + 6]);
    case 8:
      return String.fromCharCode(
        b[from],
        b[from + 1],
        b[from + 2],
        b[from + 3],
        b[from + 4],
        b[from + 5],
        b[from + 6],
        b[from + 7],
      );
  }
  if (to - from < 2048) return String.fromCharCode.apply(null, b.subarray(from, to) as unknown as number[]);
  return utf8.decode(b.subarray(from, to));
}

/**
 * Text or attribute value between from and to, entities decoded. Throws ScanFallback on
 * what saxes would normalize or reject (CR, control characters, '<' in a value, bad entities).
 */
export function decodeRange(bytes: Uint8Array, from: number, to: number, attribute: boolean, prefix?: '='): string {
  let plain = true;
  let amp = false;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b >= 0x80) plain = false;
    else if (b < 32) {
      if (b === 13 || (b !== 9 && b !== 10) || attribute) throw new ScanFallback('control character or line break');
    } else if (b === AMP) amp = true;
    else if (b === LT || (b === GT && !attribute && endsCdata(bytes, from, i))) throw new ScanFallback('"<" or "]]>"');
  }
  if (!amp && !prefix) return plain ? ascii(bytes, from, to) : utf8.decode(bytes.subarray(from, to));
  // Entities replaced byte-wise in a scratch buffer, then one decode: a flat string, not a
  // chain of pieces (every LibreOffice formula quotes its sheet names as &apos;). A prefix
  // (a formula's '=') goes in first: one string, not the text and then the two joined.
  if (scratch.length < to - from + 1) scratch = new Uint8Array(Math.max(to - from + 1, scratch.length * 2));
  const out = scratch;
  let o = 0;
  if (prefix) out[o++] = 61;
  let ascii7 = plain;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b !== AMP) {
      out[o++] = b;
      continue;
    }
    const semi = bytes.indexOf(59, i);
    if (semi < 0 || semi >= to || semi - i > 10) throw new ScanFallback('bad entity');
    const ch = entity(ascii(bytes, i + 1, semi));
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out[o++] = code;
    else {
      // An entity longer than its UTF-8 bytes (&#xFFFF; is 8 bytes, UTF-8 at most 4): fits.
      o += utf8Encoder.encodeInto(ch, out.subarray(o)).written;
      ascii7 = false;
    }
    i = semi;
  }
  return ascii7 ? ascii(out, 0, o) : utf8.decode(out.subarray(0, o));
}

let scratch = new Uint8Array(256);
const utf8Encoder = new TextEncoder();

function entity(name: string): string {
  switch (name) {
    case 'amp':
      return '&';
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
  }
  const code = /^#x[0-9a-fA-F]{1,6}$/.test(name)
    ? parseInt(name.slice(2), 16)
    : /^#[0-9]{1,7}$/.test(name)
      ? parseInt(name.slice(1), 10)
      : -1;
  // Characters XML 1.0 allows; anything else saxes rejects.
  const allowed =
    code === 9 ||
    code === 10 ||
    code === 13 ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  if (!allowed) throw new ScanFallback(`entity &${name};`);
  return String.fromCodePoint(code);
}

/** "]]>" may not appear in text. */
const endsCdata = (bytes: Uint8Array, from: number, gt: number) =>
  gt - 2 >= from && bytes[gt - 1] === 93 && bytes[gt - 2] === 93;

/** Text no handler reads is still checked as saxes would (whitespace between tags, mostly). */
export function checkText(bytes: Uint8Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b < 32) {
      // A CR is fine here (saxes only normalizes it in text nobody reads): Excel writes "\r\n"
      // after the XML declaration of every part.
      if (b !== 9 && b !== 10 && b !== 13) throw new ScanFallback('control character');
    } else if (b === AMP) {
      const semi = bytes.indexOf(59, i);
      if (semi < 0 || semi >= to || semi - i > 10) throw new ScanFallback('bad entity');
      entity(ascii(bytes, i + 1, semi));
      i = semi;
    } else if (b === GT && endsCdata(bytes, from, i)) throw new ScanFallback('"]]>" in text');
  }
}

/** Bytes an attribute value cannot be interned with: non-ASCII, control characters, '&' and '<'. */
export function hasSpecial(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b >= 0x80 || b < 32 || b === AMP || b === LT) return true;
  }
  return false;
}
