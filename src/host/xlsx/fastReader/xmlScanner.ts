import type { XmlHandlers } from './packageParts';
import { ScanFallback } from './scanFallback';
import { ascii, checkText, decodeRange, hasSpecial, Interner } from './xmlText';

/**
 * A tokenizer for the plain XML that spreadsheet writers produce, working on the part's
 * UTF-8 bytes: it finds tags, attributes and text and calls the same handlers as the SAX
 * parser (saxes), several times faster and without turning the whole part into JS strings
 * (a value kept from a decoded 64 KB chunk pins the whole chunk in memory). Anything it does
 * not handle exactly as saxes does (comments, CDATA, a DOCTYPE, processing instructions after
 * the start, carriage returns, unknown entities, control characters, unbalanced tags, …)
 * throws ScanFallback before any handler has seen it differ: the caller then reads the part
 * again with saxes, which gives the same result or rejects the malformed XML.
 */
export interface ScanHandlers extends XmlHandlers {
  /** Whether text at this point is used (decoding the whitespace between tags is skipped). */
  wantText?: () => boolean;
  /**
   * A whole element (a worksheet cell, a shared string) read directly from the bytes, its '<'
   * at `lt`, inside the root: returns the index after it, or -1 to have it read tag by tag
   * (no handler has seen any of it then).
   */
  readElement?: (bytes: Uint8Array, lt: number, end: number) => number;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const EQ = 61;
const QUOT = 34;
const APOS = 39;
const QUESTION = 63;
const BANG = 33;

const isSpace = (b: number) => b === 32 || b === 9 || b === 10 || b === 13;
/** ASCII name characters: letters, digits, '_', ':', '.', '-'. */
const NAME_CHAR = new Uint8Array(128);
for (let b = 0; b < 128; b++) {
  const ch = String.fromCharCode(b);
  NAME_CHAR[b] = /[A-Za-z0-9_:.-]/.test(ch) ? 1 : 0;
}
const isNameStart = (b: number) => (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95 || b === 58;

/** Whether the byte-order mark and XML declaration, if any, end before `cut` (a '<'). */
function prologueWhole(bytes: Uint8Array, cut: number): boolean {
  if (bytes.length < 5) return false;
  const i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[i] !== LT || bytes[i + 1] !== QUESTION) return true;
  const gt = bytes.indexOf(GT, i);
  return gt >= 0 && gt < cut;
}

/** Calls the handlers for every tag and text of an XML part given as UTF-8 bytes. */
export function scanXml(data: Uint8Array, h: ScanHandlers): void {
  new XmlScan(h).push(data, true);
}

const NOTHING = new Uint8Array(0);

/**
 * The same scanner fed piece by piece (a 200 MB sheet inflated in pieces is never whole in
 * memory): each piece is scanned up to its last '<', and the rest kept for the next one.
 * Everything before a '<' is whole: a tag ends before the next '<', text ends at it, and a
 * UTF-8 character never straddles it.
 */
export class XmlScan {
  private readonly names = new Interner();
  private readonly values = new Interner();
  private readonly stack: string[] = [];
  private readonly tag = { name: '', attributes: {} as Record<string, string> };
  private rootSeen = false;
  private started = false;
  private rest: Uint8Array = NOTHING;
  private joined: Uint8Array = NOTHING;

  constructor(private readonly h: ScanHandlers) {}

  /** Scans what is whole so far; `final` scans the rest and checks the document is complete. */
  push(data: Uint8Array, final: boolean): void {
    // A plain view: a Node Buffer's subarray and indexOf are several times slower per call.
    let bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.rest.length) {
      // Joined in one buffer kept from piece to piece: a fresh megabyte per piece was GC work.
      const size = this.rest.length + bytes.length;
      if (this.joined.length < size) this.joined = new Uint8Array(Math.max(size, this.joined.length * 2));
      this.joined.set(this.rest);
      this.joined.set(bytes, this.rest.length);
      bytes = this.joined.subarray(0, size);
    }
    const end = final ? bytes.length : bytes.lastIndexOf(LT);
    if (!final && (end <= 0 || (!this.started && !prologueWhole(bytes, end)))) {
      // Copied: the caller may reuse the piece's memory for the next one.
      this.rest = bytes.slice();
      return;
    }
    this.scan(bytes, end);
    // Copied: a view would keep the whole piece alive (or see it overwritten by the next).
    this.rest = final ? NOTHING : bytes.slice(end);
    if (final && (this.stack.length || !this.rootSeen)) throw new ScanFallback('unclosed tags or no root');
  }

  private scan(bytes: Uint8Array, n: number): void {
    const { h, names, values, stack, tag } = this;
    let i = 0;
    if (!this.started) {
      this.started = true;
      i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      // The XML declaration, only at the very start.
      if (bytes[i] === LT && bytes[i + 1] === QUESTION) {
        const end = bytes.indexOf(GT, i);
        if (end < 0 || end >= n || bytes[end - 1] !== QUESTION || ascii(bytes, i, i + 6) !== '<?xml ') {
          throw new ScanFallback('processing instruction');
        }
        i = end + 1;
      }
    }
    while (i < n) {
      let lt = i;
      while (lt < n && bytes[lt] !== LT) lt++;
      const textEnd = lt;
      if (lt === n) lt = -1;
      if (textEnd > i) {
        if (stack.length === 0) {
          for (let k = i; k < textEnd; k++) if (!isSpace(bytes[k])) throw new ScanFallback('text outside the root');
        }
        if (h.text && (!h.wantText || h.wantText())) h.text(decodeRange(bytes, i, textEnd, false));
        else checkText(bytes, i, textEnd);
      }
      if (lt < 0) break;
      i = lt + 1;
      const first = bytes[i];
      if (first === SLASH) {
        // </name >
        const from = ++i;
        while (i < n && bytes[i] < 128 && NAME_CHAR[bytes[i]]) i++;
        const name = names.get(bytes, from, i);
        while (i < n && isSpace(bytes[i])) i++;
        if (bytes[i] !== GT || stack.pop() !== name) throw new ScanFallback('unbalanced close tag');
        i++;
        h.close?.(name);
        continue;
      }
      if (first === BANG || first === QUESTION || !isNameStart(first)) throw new ScanFallback('markup other than tags');
      if (h.readElement && stack.length) {
        const next = h.readElement(bytes, lt, n);
        if (next >= 0) {
          i = next;
          continue;
        }
      }
      const from = i;
      while (i < n && bytes[i] < 128 && NAME_CHAR[bytes[i]]) i++;
      if (i >= n || bytes[i] >= 128) throw new ScanFallback('name');
      const name = names.get(bytes, from, i);
      const attributes: Record<string, string> = {};
      let selfClosing = false;
      for (;;) {
        const spaced = isSpace(bytes[i]);
        while (i < n && isSpace(bytes[i])) i++;
        const b = bytes[i];
        if (b === GT) {
          i++;
          break;
        }
        if (b === SLASH && bytes[i + 1] === GT) {
          selfClosing = true;
          i += 2;
          break;
        }
        if (!spaced || i >= n || !isNameStart(b)) throw new ScanFallback('attribute');
        const an = i;
        while (i < n && bytes[i] < 128 && NAME_CHAR[bytes[i]]) i++;
        const attrName = names.get(bytes, an, i);
        while (i < n && isSpace(bytes[i])) i++;
        if (bytes[i] !== EQ) throw new ScanFallback('attribute without value');
        i++;
        while (i < n && isSpace(bytes[i])) i++;
        const quote = bytes[i];
        if (quote !== QUOT && quote !== APOS) throw new ScanFallback('unquoted attribute');
        let close = i + 1;
        while (close < n && bytes[close] !== quote) close++;
        if (close >= n) throw new ScanFallback('unterminated attribute');
        if (attrName in attributes) throw new ScanFallback('duplicate attribute');
        attributes[attrName] =
          close - i - 1 <= 12 && !hasSpecial(bytes, i + 1, close)
            ? values.get(bytes, i + 1, close)
            : decodeRange(bytes, i + 1, close, true);
        i = close + 1;
      }
      if (stack.length === 0) {
        if (this.rootSeen) throw new ScanFallback('second root');
        this.rootSeen = true;
      }
      tag.name = name;
      tag.attributes = attributes;
      h.open?.(tag as Parameters<NonNullable<XmlHandlers['open']>>[0]);
      if (selfClosing) h.close?.(name);
      else stack.push(name);
    }
  }
}
