import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { PackageError, type ZipPackage } from './zipPackage';
import { ScanFallback } from './scanFallback';
import { XmlScan, type ScanHandlers } from './xmlScanner';
import { decodeRange } from './xmlText';
import { bytesOf, startsWith, textStart } from './cellBytes';

/**
 * The small parts of an .xlsx the checks need before the sheets: the workbook (sheet
 * names, visibility, order, date system, defined names), its relationships, the number
 * formats of the cell styles and the shared strings.
 */

export interface XmlHandlers {
  open?: (tag: SaxesTagPlain) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}

/** A SAX parser fed chunk by chunk (no DOM is built). */
export function saxParser(h: XmlHandlers): SaxesParser {
  const parser = new SaxesParser({ position: false });
  if (h.open) parser.on('opentag', h.open as (tag: unknown) => void);
  if (h.text) {
    parser.on('text', h.text);
    parser.on('cdata', h.text);
  }
  if (h.close) {
    const close = h.close;
    parser.on('closetag', (tag) => close(tag.name));
  }
  return parser;
}

export function parseXml(xml: string, h: XmlHandlers): void {
  saxParser(h).write(xml).close();
}

/** Local name of a possibly prefixed tag or attribute ("x:sheet" → "sheet"). */
export const local = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** Relationships of a part; targets resolved to package paths (no leading slash). */
export function readRels(pkg: ZipPackage, partPath: string): Relationship[] {
  const dir = partPath.includes('/') ? partPath.slice(0, partPath.lastIndexOf('/') + 1) : '';
  const relsPath = `${dir}_rels/${partPath.slice(dir.length)}.rels`;
  const xml = pkg.text(relsPath);
  if (xml === null) return [];
  const rels: Relationship[] = [];
  parseXml(xml, {
    open: (t) => {
      if (local(t.name) !== 'Relationship') return;
      const a = t.attributes;
      const external = a.TargetMode === 'External';
      rels.push({
        id: a.Id,
        type: a.Type ?? '',
        target: external ? a.Target : resolvePath(dir, a.Target ?? ''),
        external,
      });
    },
  });
  return rels;
}

export function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export interface SheetEntry {
  name: string;
  /** visible | hidden | veryHidden */
  state: string;
  /** Package path of the worksheet part. */
  path: string;
  rId: string;
  sheetId: string;
}

export interface WorkbookInfo {
  path: string;
  sheets: SheetEntry[];
  date1904: boolean;
  definedNames: Array<{ name: string; text: string; localSheetId?: number; hidden: boolean }>;
}

const OFFICE_DOC = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;

export function readWorkbookInfo(pkg: ZipPackage): WorkbookInfo {
  const root = readRels(pkg, '').find((r) => OFFICE_DOC.test(r.type));
  const wbPath = root?.target ?? 'xl/workbook.xml';
  const xml = pkg.text(wbPath);
  if (xml === null) throw new PackageError('no workbook part');
  const rels = new Map(readRels(pkg, wbPath).map((r) => [r.id, r]));
  const info: WorkbookInfo = { path: wbPath, sheets: [], date1904: false, definedNames: [] };
  let name: WorkbookInfo['definedNames'][number] | null = null;
  parseXml(xml, {
    open: (t) => {
      const tag = local(t.name);
      const a = t.attributes;
      if (tag === 'workbookPr') info.date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (tag === 'sheet') {
        const rId = a['r:id'] ?? Object.entries(a).find(([k]) => local(k) === 'id')?.[1] ?? '';
        const rel = rels.get(rId);
        // Chart sheets and dialog sheets hold no cells: they are not read.
        if (rel && WORKSHEET.test(rel.type)) {
          info.sheets.push({ name: a.name, state: a.state ?? 'visible', path: rel.target, rId, sheetId: a.sheetId });
        }
      } else if (tag === 'definedName') {
        name = {
          name: a.name,
          text: '',
          hidden: a.hidden === '1',
          ...(a.localSheetId !== undefined ? { localSheetId: Number(a.localSheetId) } : {}),
        };
        info.definedNames.push(name);
      }
    },
    text: (s) => {
      if (name) name.text += s;
    },
    close: (n) => {
      if (local(n) === 'definedName') name = null;
    },
  });
  return info;
}

/** Excel's built-in number formats (the ids ExcelJS knows; others read as General). */
const BUILTIN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Number format of each cell style (cellXfs index), undefined for General. */
export function readCellFormats(pkg: ZipPackage, wb: WorkbookInfo): Array<string | undefined> {
  const rel = readRels(pkg, wb.path).find((r) => /\/styles$/.test(r.type));
  const xml = rel ? pkg.text(rel.target) : null;
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const formats: Array<string | undefined> = [];
  let inCellXfs = false;
  parseXml(xml, {
    open: (t) => {
      const tag = local(t.name);
      if (tag === 'numFmt') custom.set(Number(t.attributes.numFmtId), t.attributes.formatCode ?? '');
      else if (tag === 'cellXfs') inCellXfs = true;
      else if (tag === 'xf' && inCellXfs) {
        const id = parseInt(t.attributes.numFmtId ?? '0', 10) || 0;
        const f = id ? (custom.get(id) ?? BUILTIN_FORMATS[id]) : undefined;
        formats.push(f && f !== 'General' ? f : undefined);
      }
    },
    close: (n) => {
      if (local(n) === 'cellXfs') inCellXfs = false;
    },
  });
  return formats;
}

/** Excel's escape for control characters in strings: _x000D_ → "\r". */
export const decodeEscapes = (s: string) =>
  s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * A part through the byte scanner, piece by piece where the host inflates in pieces (a sheet of
 * 200,000 lines is ~200 MB of XML). Throws ScanFallback for what saxes must read instead.
 */
export function scanPart(pkg: ZipPackage, name: string, h: ScanHandlers): void {
  const scanner = new XmlScan(h);
  pkg.streamBytes(name, (piece) => scanner.push(piece, false));
  scanner.push(new Uint8Array(0), true);
}

/**
 * Reads a part with the byte scanner first; XML it does not handle as saxes does is read again,
 * from the start, with saxes (which also rejects malformed XML). `read` starts afresh each time.
 */
export function readPart<T>(pkg: ZipPackage, name: string, read: (feed: (h: ScanHandlers) => void) => T): T {
  try {
    return read((h) => scanPart(pkg, name, h));
  } catch (err) {
    if (!(err instanceof ScanFallback)) throw err;
  }
  return read((h) => {
    const parser = saxParser(h);
    pkg.streamText(name, (chunk) => parser.write(chunk));
    parser.close();
  });
}

/** Shared strings as plain text (rich text runs joined, phonetic runs left out). */
export function readSharedStrings(pkg: ZipPackage, wb: WorkbookInfo): string[] {
  const rel = readRels(pkg, wb.path).find((r) => /\/sharedStrings$/.test(r.type));
  if (!rel || !pkg.get(rel.target)) return [];
  // The byte scanner first: a workbook saved by Excel keeps every text in this part (megabytes
  // in a province plan).
  return readPart(pkg, rel.target, (feed) => {
    const { handlers, out } = sharedStringHandlers();
    feed(handlers);
    return out;
  });
}

/** The strings of <si> items in order: plain text or rich runs joined, phonetic runs left out. */
function sharedStringHandlers(): { handlers: ScanHandlers; out: string[] } {
  const out: string[] = [];
  let phonetic = 0;
  let inRun = false;
  let inT = false;
  let plain: string | null = null;
  let runs: string[] | null = null;
  let buf = '';
  const handlers: ScanHandlers = {
    wantText: () => inT,
    readElement: (bytes, lt, end) => {
      if (phonetic || inT || inRun) return -1;
      const text = plainSharedString(bytes, lt, end);
      if (text === null) return -1;
      out.push(decodeEscapes(text.value));
      return text.next;
    },
    open: (t) => {
      const tag = local(t.name);
      if (tag === 'si') {
        plain = null;
        runs = null;
      } else if (tag === 'rPh') phonetic++;
      else if (tag === 'r') inRun = true;
      else if (tag === 't' && !phonetic) {
        inT = true;
        buf = '';
      }
    },
    text: (s) => {
      if (inT) buf += s;
    },
    close: (n) => {
      const tag = local(n);
      if (tag === 'rPh') phonetic--;
      else if (tag === 'r') inRun = false;
      else if (tag === 't' && inT) {
        inT = false;
        if (inRun) (runs ??= []).push(decodeEscapes(buf));
        else plain = decodeEscapes(buf);
      } else if (tag === 'si') out.push(runs ? runs.join('') : (plain ?? ''));
    },
  };
  return { handlers, out };
}

const OPEN_SI = bytesOf('<si>');
const CLOSE_T_SI = bytesOf('</t></si>');

/**
 * A shared string of one plain <t> — <si><t>…</t></si> or with xml:space="preserve", as
 * Excel and LibreOffice write nearly all of them — read straight from the bytes; null for
 * anything else (rich runs, phonetic text, an element the piece cuts off), read tag by tag.
 */
function plainSharedString(bytes: Uint8Array, lt: number, end: number): { value: string; next: number } | null {
  if (!startsWith(bytes, lt, end, OPEN_SI)) return null;
  const from = textStart(bytes, lt + OPEN_SI.length, end);
  if (from < 0) return null;
  const to = bytes.indexOf(60, from);
  if (to < 0 || !startsWith(bytes, to, end, CLOSE_T_SI)) return null;
  return { value: decodeRange(bytes, from, to, false), next: to + CLOSE_T_SI.length };
}
