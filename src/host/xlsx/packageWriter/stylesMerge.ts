import type { CellStyle } from '../../../model/sheetPlan';

/**
 * Adds the cell styles of new sheets to an existing styles.xml by appending fonts, fills,
 * borders, number formats and cellXfs: every existing entry keeps its place and index, so
 * every existing cell keeps its look. Returns the new styles.xml and the xf index of each
 * style key.
 */

export class StylesMergeError extends Error {}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const BUILTIN_IDS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

export interface StyleMerge {
  xml: string;
  /** Style key (plan style name, or '' for no style) → cellXfs index. */
  index: (style: CellStyle) => number;
}

export function createStylesMerge(stylesXml: string): { merge: StyleMerge; finish: () => string } {
  if (!/<styleSheet[\s>]/.test(stylesXml)) {
    throw new StylesMergeError('styles.xml uses a layout this tool does not edit (prefixed or missing styleSheet)');
  }
  const numFmtIds = new Map<string, number>();
  let maxNumFmt = 163;
  for (const m of stylesXml.matchAll(/<numFmt\s+[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"/g)) {
    maxNumFmt = Math.max(maxNumFmt, Number(m[1]));
    numFmtIds.set(m[2], Number(m[1]));
  }
  for (const m of stylesXml.matchAll(/<numFmt\s+[^>]*?formatCode="([^"]*)"[^>]*?numFmtId="(\d+)"/g)) {
    maxNumFmt = Math.max(maxNumFmt, Number(m[2]));
    numFmtIds.set(m[1], Number(m[2]));
  }
  const counts = {
    fonts: countOf(stylesXml, 'fonts'),
    fills: countOf(stylesXml, 'fills'),
    borders: countOf(stylesXml, 'borders'),
    cellXfs: countOf(stylesXml, 'cellXfs'),
  };
  const baseFont = /<font>([\s\S]*?)<\/font>|<font\s[^>]*>([\s\S]*?)<\/font>/.exec(
    stylesXml.slice(stylesXml.indexOf('<fonts')),
  );
  const fontName = /<name\s+val="([^"]*)"/.exec(baseFont?.[0] ?? '')?.[1] ?? 'Calibri';
  const fontSize = Number(/<sz\s+val="([^"]*)"/.exec(baseFont?.[0] ?? '')?.[1] ?? 11);

  const added = { numFmts: [] as string[], fonts: [] as string[], fills: [] as string[], borders: [] as string[] };
  const xfs: string[] = [];
  const cache = new Map<string, number>();
  const part = (kind: 'fonts' | 'fills' | 'borders', xml: string, memo: Map<string, number>) => {
    const hit = memo.get(xml);
    if (hit !== undefined) return hit;
    const id = counts[kind] + added[kind].length;
    added[kind].push(xml);
    memo.set(xml, id);
    return id;
  };
  const memo = {
    fonts: new Map<string, number>(),
    fills: new Map<string, number>(),
    borders: new Map<string, number>(),
  };

  const index = (s: CellStyle): number => {
    const key = JSON.stringify(s);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const font =
      `<font>${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}<sz val="${s.fontSize ?? fontSize}"/>` +
      `${s.fontColor ? `<color rgb="FF${s.fontColor.toUpperCase()}"/>` : ''}<name val="${esc(fontName)}"/></font>`;
    const fill = s.fill
      ? `<fill><patternFill patternType="solid"><fgColor rgb="FF${s.fill.toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`
      : null;
    const side = (n: string) => `<${n} style="thin"><color rgb="FF808080"/></${n}>`;
    const border =
      s.border === 'thin'
        ? `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`
        : null;
    const fontId = part('fonts', font, memo.fonts);
    const fillId = fill ? part('fills', fill, memo.fills) : 0;
    const borderId = border ? part('borders', border, memo.borders) : 0;
    let numFmtId = 0;
    if (s.numFmt) {
      numFmtId = BUILTIN_IDS[s.numFmt] ?? numFmtIds.get(esc(s.numFmt)) ?? ++maxNumFmt;
      if (!numFmtIds.has(esc(s.numFmt)) && BUILTIN_IDS[s.numFmt] === undefined) {
        numFmtIds.set(esc(s.numFmt), numFmtId);
        added.numFmts.push(`<numFmt numFmtId="${numFmtId}" formatCode="${esc(s.numFmt)}"/>`);
      }
    }
    const align: string[] = [];
    if (s.hAlign) align.push(`horizontal="${s.hAlign}"`);
    if (s.vAlign) align.push(`vertical="${s.vAlign === 'middle' ? 'center' : s.vAlign}"`);
    if (s.wrap) align.push('wrapText="1"');
    if (s.indent) align.push(`indent="${s.indent}"`);
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''} applyFont="1"${fill ? ' applyFill="1"' : ''}${border ? ' applyBorder="1"' : ''}` +
      (align.length ? ` applyAlignment="1"><alignment ${align.join(' ')}/></xf>` : '/>');
    const id = counts.cellXfs + xfs.length;
    xfs.push(xf);
    cache.set(key, id);
    return id;
  };

  const finish = (): string => {
    let xml = stylesXml;
    xml = appendTo(xml, 'cellXfs', xfs, counts.cellXfs);
    xml = appendTo(xml, 'borders', added.borders, counts.borders);
    xml = appendTo(xml, 'fills', added.fills, counts.fills);
    xml = appendTo(xml, 'fonts', added.fonts, counts.fonts);
    if (added.numFmts.length) {
      if (/<numFmts[\s>]/.test(xml)) {
        xml = appendTo(xml, 'numFmts', added.numFmts, countOf(xml, 'numFmts'));
      } else {
        // numFmts is the first child of styleSheet.
        xml = xml.replace(
          /(<styleSheet[^>]*>)/,
          `$1<numFmts count="${added.numFmts.length}">${added.numFmts.join('')}</numFmts>`,
        );
      }
    }
    return xml;
  };
  return { merge: { xml: stylesXml, index }, finish };
}

/** Number of children of a collection element (its count attribute, else counted). */
export function countOf(xml: string, tag: string): number {
  const open = new RegExp(`<${tag}(\\s[^>]*)?(/?)>`).exec(xml);
  if (!open) throw new StylesMergeError(`styles.xml has no <${tag}>`);
  if (open[2] === '/') return 0;
  const end = xml.indexOf(`</${tag}>`, open.index);
  const body = xml.slice(open.index + open[0].length, end);
  const child = tag === 'cellXfs' ? 'xf' : tag === 'numFmts' ? 'numFmt' : tag.slice(0, -1);
  const counted = (body.match(new RegExp(`<${child}[\\s/>]`, 'g')) ?? []).length;
  return counted;
}

/** Appends children to a collection element, its count attribute updated. */
export function appendTo(xml: string, tag: string, items: string[], existing: number): string {
  if (!items.length) return xml;
  const open = new RegExp(`<${tag}(\\s[^>]*)?(/?)>`).exec(xml)!;
  const total = existing + items.length;
  const attrs = (open[1] ?? '').replace(/\s+count="\d*"/, '');
  const head = `<${tag} count="${total}"${attrs}>`;
  if (open[2] === '/')
    return xml.slice(0, open.index) + head + items.join('') + `</${tag}>` + xml.slice(open.index + open[0].length);
  const end = xml.indexOf(`</${tag}>`, open.index);
  return (
    xml.slice(0, open.index) + head + xml.slice(open.index + open[0].length, end) + items.join('') + xml.slice(end)
  );
}
