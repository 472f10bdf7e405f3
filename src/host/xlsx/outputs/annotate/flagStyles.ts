import type { Severity } from '../../../../model/finding';
import { appendTo, countOf, StylesMergeError } from '../../packageWriter/stylesMerge';

/**
 * The highlight of a flagged cell: its own cell format (cellXfs entry) copied with only the
 * fill replaced, so its number format, font, borders and alignment stay. Every existing
 * fill and xf keeps its index; the new ones are appended.
 */

/** Excel's own "light red / yellow" conditional-format fills, and a light blue for info. */
export const FLAG_FILL: Record<Severity, string> = { error: 'FFC7CE', warning: 'FFEB9C', info: 'BDD7EE' };

export interface FlagStyles {
  /** The xf index of cell format `xf` highlighted for `severity`. */
  flagged: (xf: number, severity: Severity) => number;
  /** The new styles.xml (the original when nothing was flagged). */
  finish: () => string;
}

export function createFlagStyles(stylesXml: string): FlagStyles {
  if (!/<styleSheet[\s>]/.test(stylesXml)) {
    throw new StylesMergeError('styles.xml uses a layout this tool does not edit (prefixed or missing styleSheet)');
  }
  const xfs = cellXfs(stylesXml);
  const fillCount = countOf(stylesXml, 'fills');
  const newFills: string[] = [];
  const fillOf = new Map<Severity, number>();
  const newXfs: string[] = [];
  const cache = new Map<string, number>();

  const flagged = (xf: number, severity: Severity): number => {
    const key = `${xf}:${severity}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    let fillId = fillOf.get(severity);
    if (fillId === undefined) {
      fillId = fillCount + newFills.length;
      newFills.push(
        `<fill><patternFill patternType="solid"><fgColor rgb="FF${FLAG_FILL[severity]}"/><bgColor indexed="64"/></patternFill></fill>`,
      );
      fillOf.set(severity, fillId);
    }
    const base = xfs[xf] ?? xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const id = xfs.length + newXfs.length;
    newXfs.push(withFill(base, fillId));
    cache.set(key, id);
    return id;
  };

  const finish = (): string => {
    if (!newXfs.length) return stylesXml;
    let xml = appendTo(stylesXml, 'cellXfs', newXfs, xfs.length);
    xml = appendTo(xml, 'fills', newFills, fillCount);
    return xml;
  };
  return { flagged, finish };
}

/** The xf elements of cellXfs, in order (their index is what a cell's s= names). */
function cellXfs(xml: string): string[] {
  const open = /<cellXfs(\s[^>]*)?(\/?)>/.exec(xml);
  if (!open) throw new StylesMergeError('styles.xml has no <cellXfs>');
  if (open[2] === '/') return [];
  const body = xml.slice(open.index + open[0].length, xml.indexOf('</cellXfs>', open.index));
  return body.match(/<xf\b[^>]*?\/>|<xf\b[^>]*?>[\s\S]*?<\/xf>/g) ?? [];
}

function withFill(xf: string, fillId: number): string {
  const head = /^<xf\b[^>]*?(\/?)>/.exec(xf)![0];
  let next = /\sfillId="[^"]*"/.test(head)
    ? head.replace(/\sfillId="[^"]*"/, ` fillId="${fillId}"`)
    : head.replace(/^<xf\b/, `<xf fillId="${fillId}"`);
  next = /\sapplyFill="[^"]*"/.test(next)
    ? next.replace(/\sapplyFill="[^"]*"/, ' applyFill="1"')
    : next.replace(/^<xf\b/, '<xf applyFill="1"');
  return next + xf.slice(head.length);
}
