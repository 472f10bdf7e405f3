import { a1, columnLetter, parseA1 } from '../../../../model/a1';

/**
 * Gives flagged cells a new style index in a worksheet's XML, editing only the `s=` of
 * those cells (a missing cell is inserted in its row, a missing row in sheetData); every
 * other byte of the sheet stays as it was. Values and formulas are never touched.
 */

export class SheetEditError extends Error {}

/** 1-based row → 1-based column → the new xf for the cell's current xf. */
export type CellRestyle = Map<number, Map<number, (oldXf: number) => number>>;

const ROW_RE = /<row\b[^>]*?\/>|<row\b[^>]*?>[\s\S]*?<\/row>/g;
const CELL_RE = /<c\b[^>]*?\/>|<c\b[^>]*?>[\s\S]*?<\/c>/g;

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`\\s${name}="[^"]*"`);
  if (re.test(tag)) return tag.replace(re, ` ${name}="${value}"`);
  // A new attribute goes last, as Excel writes it (<c r="A2" s="5">).
  return tag.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
}

export function restyleCells(xml: string, restyle: CellRestyle): string {
  if (!restyle.size) return xml;
  const colStyle = columnStyles(xml);
  const empty = /<sheetData\s*\/>/.exec(xml);
  let start: number;
  let end: number;
  let body: string;
  if (empty) {
    start = empty.index;
    end = start + empty[0].length;
    body = '';
  } else {
    const open = /<sheetData(\s[^>]*)?>/.exec(xml);
    const close = xml.lastIndexOf('</sheetData>');
    if (!open || close < 0) throw new SheetEditError('no sheetData (a layout this tool does not edit)');
    start = open.index + open[0].length;
    end = close;
    body = xml.slice(start, end);
  }
  const pending = [...restyle.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  let implicitRow = 0;
  const newRow = (r: number) => {
    const cols = restyle.get(r)!;
    const cells = [...cols.keys()]
      .sort((a, b) => a - b)
      .map((c) => `<c r="${a1(r - 1, c - 1)}" s="${cols.get(c)!(colStyle(c))}"/>`);
    return `<row r="${r}">${cells.join('')}</row>`;
  };
  for (const m of body.matchAll(ROW_RE)) {
    const head = /^<row\b[^>]*?\/?>/.exec(m[0])![0];
    const r = Number(attr(head, 'r') ?? implicitRow + 1);
    implicitRow = r;
    out.push(body.slice(last, m.index));
    while (pending.length && pending[0] < r) out.push(newRow(pending.shift()!));
    if (pending[0] === r) {
      pending.shift();
      out.push(restyleRow(m[0], head, r, restyle.get(r)!, colStyle));
    } else out.push(m[0]);
    last = m.index + m[0].length;
  }
  out.push(body.slice(last));
  for (const r of pending) out.push(newRow(r));
  const newBody = out.join('');
  const sheetData = empty ? `<sheetData>${newBody}</sheetData>` : newBody;
  return widenDimension(xml.slice(0, start) + sheetData + xml.slice(end), restyle);
}

function restyleRow(
  row: string,
  head: string,
  r: number,
  cols: Map<number, (oldXf: number) => number>,
  colStyle: (c: number) => number,
): string {
  const rowXf =
    attr(head, 'customFormat') === '1' || attr(head, 'customFormat') === 'true' ? attr(head, 's') : undefined;
  const baseXf = (c: number) => (rowXf !== undefined ? Number(rowXf) : colStyle(c));
  const selfClosing = head.endsWith('/>');
  const body = selfClosing ? '' : row.slice(head.length, row.length - '</row>'.length);
  const pending = [...cols.keys()].sort((a, b) => a - b);
  const added = (c: number) => `<c r="${a1(r - 1, c - 1)}" s="${cols.get(c)!(baseXf(c))}"/>`;
  const out: string[] = [];
  let last = 0;
  let implicitCol = 0;
  for (const m of body.matchAll(CELL_RE)) {
    const cHead = /^<c\b[^>]*?\/?>/.exec(m[0])![0];
    const ref = attr(cHead, 'r');
    const c = ref ? parseA1(ref).col + 1 : implicitCol + 1;
    implicitCol = c;
    out.push(body.slice(last, m.index));
    while (pending.length && pending[0] < c) out.push(added(pending.shift()!));
    if (pending[0] === c) {
      pending.shift();
      const old = attr(cHead, 's');
      const xf = cols.get(c)!(old !== undefined ? Number(old) : baseXf(c));
      out.push(setAttr(cHead, 's', String(xf)) + m[0].slice(cHead.length));
    } else out.push(m[0]);
    last = m.index + m[0].length;
  }
  // Cells go before anything else a row may hold (an extLst).
  const tail = body.slice(last);
  const ext = tail.search(/<(\w+:)?extLst\b/);
  const before = ext < 0 ? tail : tail.slice(0, ext);
  const after = ext < 0 ? '' : tail.slice(ext);
  const extra = pending.map(added).join('');
  let newHead = selfClosing ? head.replace(/\s*\/>$/, '>') : head;
  const spans = attr(newHead, 'spans');
  if (spans && /^\d+:\d+$/.test(spans)) {
    const [lo, hi] = spans.split(':').map(Number);
    const cs = [...cols.keys()];
    newHead = setAttr(newHead, 'spans', `${Math.min(lo, ...cs)}:${Math.max(hi, ...cs)}`);
  }
  return `${newHead}${out.join('')}${before}${extra}${after}</row>`;
}

/** The style of each column (<col min max style>), 0 when none. */
function columnStyles(xml: string): (c: number) => number {
  const cols: Array<{ min: number; max: number; style: number }> = [];
  const block = /<cols>([\s\S]*?)<\/cols>/.exec(xml)?.[1] ?? '';
  for (const m of block.matchAll(/<col\b[^>]*>/g)) {
    const style = attr(m[0], 'style');
    if (style !== undefined) {
      cols.push({ min: Number(attr(m[0], 'min')), max: Number(attr(m[0], 'max')), style: Number(style) });
    }
  }
  return (c) => cols.find((x) => c >= x.min && c <= x.max)?.style ?? 0;
}

/** The used range grows to take in cells inserted outside it. */
function widenDimension(xml: string, restyle: CellRestyle): string {
  const m = /<dimension\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"\s*\/>/.exec(xml);
  if (!m) return xml;
  const first = parseA1(`${m[1]}${m[2]}`);
  const lastCell = parseA1(`${m[3] ?? m[1]}${m[4] ?? m[2]}`);
  let [r0, c0, r1, c1] = [first.row, first.col, lastCell.row, lastCell.col];
  for (const [r, cols] of restyle) {
    for (const c of cols.keys()) {
      r0 = Math.min(r0, r - 1);
      r1 = Math.max(r1, r - 1);
      c0 = Math.min(c0, c - 1);
      c1 = Math.max(c1, c - 1);
    }
  }
  const ref = `${columnLetter(c0)}${r0 + 1}:${columnLetter(c1)}${r1 + 1}`;
  return xml.slice(0, m.index) + `<dimension ref="${ref}"/>` + xml.slice(m.index + m[0].length);
}
