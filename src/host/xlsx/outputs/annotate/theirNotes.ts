import { commentElements, NOTE_AUTHOR, NOTE_SHAPETYPE, vmlShapes, type Note } from './notes';

/**
 * Our notes added to a sheet that already has notes of hers: her comments part gains our
 * comments (after hers, our author appended) and her VML drawing our shapes (in a new
 * shape-id block). Her own notes are kept as they are; a cell she already noted keeps only
 * her note. Null when her parts use a layout this tool does not edit (then no notes are
 * added on that sheet, the highlights still are).
 */

export interface MergedNotes {
  comments: string;
  vml: string;
  added: Note[];
  /** Cells that already carry her note (highlighted, no note of ours). */
  skipped: Note[];
}

const VML_PREFIXES = [
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:x="urn:schemas-microsoft-com:office:excel"',
];

export function mergeIntoTheirNotes(comments: string, vml: string, notes: Note[], idBlock: number): MergedNotes | null {
  if (!/<comments[\s>]/.test(comments) || !/<\/commentList>/.test(comments) || !/<\/authors>/.test(comments)) {
    return null;
  }
  const root = /<xml\b[^>]*>/.exec(vml);
  if (!root || !VML_PREFIXES.every((p) => root[0].includes(p)) || !vml.includes('</xml>')) return null;

  const theirs = new Set([...comments.matchAll(/<comment\s[^>]*?ref="([A-Z]+\d+)"/g)].map((m) => m[1]));
  const added = notes.filter((n) => !theirs.has(n.ref));
  const skipped = notes.filter((n) => theirs.has(n.ref));
  if (!added.length) return { comments, vml, added, skipped };

  const authors = [...comments.matchAll(/<author>([\s\S]*?)<\/author>|<author\s*\/>/g)].map((m) => m[1] ?? '');
  let authorId = authors.indexOf(NOTE_AUTHOR);
  let next = comments;
  if (authorId < 0) {
    authorId = authors.length;
    next = next.replace('</authors>', `<author>${NOTE_AUTHOR}</author></authors>`);
  }
  next = next.replace('</commentList>', `${commentElements(added, authorId)}</commentList>`);

  let drawing = vml;
  // Her shapes' id blocks stay listed; ours is added (an idmap names every block the drawing uses).
  const blocks = new Set<number>([idBlock]);
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) blocks.add(Math.floor(Number(m[1]) / 1024));
  const idmap = /(<o:idmap\b[^>]*data=")([^"]*)(")/.exec(drawing);
  if (idmap) {
    for (const n of idmap[2].split(',')) if (Number(n)) blocks.add(Number(n));
    drawing = drawing.replace(idmap[0], `${idmap[1]}${[...blocks].sort((a, b) => a - b).join(',')}${idmap[3]}`);
  } else {
    const layout = `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${[...blocks].sort((a, b) => a - b).join(',')}"/></o:shapelayout>`;
    drawing = drawing.replace(root[0], `${root[0]}${layout}`);
  }
  const shapetype = /<v:shapetype\b[^>]*id="_x0000_t202"/.test(drawing) ? '' : NOTE_SHAPETYPE;
  drawing = drawing.replace(/<\/xml>\s*$/, `${shapetype}${vmlShapes(added, idBlock)}</xml>`);
  return { comments: next, vml: drawing, added, skipped };
}
