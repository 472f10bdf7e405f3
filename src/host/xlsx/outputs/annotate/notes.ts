/**
 * Legacy notes (what Excel, LibreOffice and WPS all show as a cell's red-corner note): a
 * comments part, the VML drawing holding one hidden shape per note, the sheet's
 * relationships to both and its <legacyDrawing> element.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
export const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
export const NOTE_AUTHOR = 'mtqg';

export interface Note {
  /** 0-based row and column. */
  row: number;
  col: number;
  ref: string;
  text: string;
}

const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot hold at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ' ');

export function commentElements(notes: Note[], authorId: number): string {
  return notes
    .map(
      (n) =>
        `<comment ref="${n.ref}" authorId="${authorId}"><text><r><rPr><b/><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr>` +
        `<t>${NOTE_AUTHOR}:</t></r><r><rPr><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr>` +
        `<t xml:space="preserve">\n${esc(n.text)}</t></r></text></comment>`,
    )
    .join('');
}

export function commentsXml(notes: Note[]): string {
  const list = commentElements(notes, 0);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}">` +
    `<authors><author>${NOTE_AUTHOR}</author></authors><commentList>${list}</commentList></comments>`
  );
}

export const VML_NS =
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';

/** The note box shape type every note shape refers to. */
export const NOTE_SHAPETYPE =
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

/** One hidden VML note shape per note, ids from `idBlock` (a block of 1024 shape ids). */
export function vmlShapes(notes: Note[], idBlock: number): string {
  return notes
    .map((n, i) => {
      // A note box 3 columns wide and 6 rows high beside its cell, hidden until hovered.
      const anchor = `${n.col + 1}, 15, ${Math.max(0, n.row - 1)}, 10, ${n.col + 4}, 15, ${n.row + 5}, 4`;
      return (
        `<v:shape id="_x0000_s${idBlock * 1024 + 1 + i}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:90pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
        `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor>` +
        `<x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`
      );
    })
    .join('');
}

/** The VML drawing of the notes; `idBlock` is a shape-id block no other drawing of the package uses. */
export function vmlXml(notes: Note[], idBlock: number): string {
  return (
    `<xml ${VML_NS}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout>` +
    `${NOTE_SHAPETYPE}${vmlShapes(notes, idBlock)}</xml>`
  );
}

/** Elements that follow <legacyDrawing> in a worksheet (CT_Worksheet's order). */
const AFTER_LEGACY_DRAWING = [
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** The sheet XML with <legacyDrawing r:id> in its schema position (and the r namespace declared). */
export function withLegacyDrawing(sheetXml: string, rId: string): string {
  let xml = sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (!root) throw new Error('no worksheet element');
  let prefix = 'r';
  const declared = new RegExp(`xmlns:(\\w+)="${R_NS.replace(/[.]/g, '\\.')}"`).exec(root[0]);
  if (declared) prefix = declared[1];
  else if (/\sxmlns:r="/.test(root[0])) {
    prefix = 'mtqgr';
    xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:${prefix}="${R_NS}"`);
  } else xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${R_NS}"`);
  const element = `<legacyDrawing ${prefix}:id="${rId}"/>`;
  let at = -1;
  for (const tag of AFTER_LEGACY_DRAWING) {
    const m = new RegExp(`<${tag}[\\s/>]`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf('</worksheet>');
  return xml.slice(0, at) + element + xml.slice(at);
}

/** Relationships XML with two more entries (a new part when the sheet had none). */
export function withRelationships(relsXml: string | null, rels: Array<{ id: string; type: string; target: string }>) {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${R_NS}/${r.type}" Target="${r.target}"/>`).join('');
  if (relsXml === null) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  }
  if (/<Relationships\b[^>]*\/>/.test(relsXml)) {
    return relsXml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${items}</Relationships>`);
  }
  return relsXml.replace('</Relationships>', `${items}</Relationships>`);
}

/** A relationship id not yet used in the rels part. */
export function freeRelId(relsXml: string | null, base: string): string {
  let id = base;
  for (let k = 2; relsXml?.includes(`Id="${id}"`); k++) id = `${base}_${k}`;
  return id;
}
