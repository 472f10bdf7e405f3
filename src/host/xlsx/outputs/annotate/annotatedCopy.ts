import { SEVERITY_RANK, type Finding, type Severity } from '../../../../model/finding';
import { parseA1 } from '../../../../model/a1';
import { SEVERITY_LABEL } from '../../../../validation/report/findingsSheet';
import { readRels, readWorkbookInfo } from '../../fastReader/packageParts';
import type { ZipPackage } from '../../fastReader/zipPackage';
import { StylesMergeError } from '../../packageWriter/stylesMerge';
import { ZipWriter } from '../../packageWriter/zipWriter';
import { concatBytes } from '../bytes';
import { openPackage, type OpenedFile } from '../checkFile';
import { createFlagStyles } from './flagStyles';
import {
  COMMENTS_TYPE,
  commentsXml,
  freeRelId,
  VML_TYPE,
  vmlXml,
  withLegacyDrawing,
  withRelationships,
  type Note,
} from './notes';
import { mergeIntoTheirNotes } from './theirNotes';
import { restyleCells, SheetEditError, type CellRestyle } from './sheetCells';

/**
 * The annotated copy: her whole package, every part copied byte for byte except the ones
 * the highlights and notes need (styles.xml, the flagged sheets, their relationships,
 * [Content_Types].xml) and the new comments and VML parts. The workbook part and its
 * content type are untouched, so an .xlsm stays an .xlsm.
 */

export class AnnotateError extends Error {
  constructor(reason: string) {
    super(
      `Không tạo được bản có đánh dấu (${reason}); tệp gốc không bị sửa / ` +
        `the annotated copy cannot be written (${reason}); your file is unchanged`,
    );
    this.name = 'AnnotateError';
  }
}

export interface AnnotatedCopy {
  bytes: Uint8Array;
  /** Cells given a highlight. */
  cells: number;
  /** Notes written (one per flagged cell). */
  notes: number;
  /** Sheets whose drawing of hers has a layout this tool does not edit: highlighted, no notes added. */
  notesSkipped: string[];
  /** Flagged cells that already carry her own note ("Sheet!A2"): highlighted, her note kept alone. */
  withHerNote: string[];
  /** Findings not on a cell of a worksheet of the file (e.g. a sheet that is missing). */
  unplaced: Finding[];
}

const partRels = (path: string) => {
  const i = path.lastIndexOf('/');
  return `${path.slice(0, i + 1)}_rels/${path.slice(i + 1)}.rels`;
};

/** One note's text: each finding Vietnamese first, then English; several joined. */
export function noteText(findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `[${SEVERITY_LABEL[f.severity].vi} / ${SEVERITY_LABEL[f.severity].en}] ${f.code}\n${f.message}\n${f.messageEn}`,
    )
    .join('\n\n');
}

export function annotateWorkbook(file: OpenedFile, findings: Finding[]): AnnotatedCopy {
  return annotatePackage(openPackage(file), findings);
}

/** The annotated copy of an opened package (the CLI opens it with Node's faster inflate). */
export function annotatePackage(pkg: ZipPackage, findings: Finding[]): AnnotatedCopy {
  for (const name of pkg.order) {
    const e = pkg.get(name)!;
    if (e.method !== 0 && e.method !== 8) throw new AnnotateError(`phần ${name} nén kiểu lạ / unknown compression`);
    if (e.central[8] & 1) throw new AnnotateError(`phần ${name} bị mã hoá / encrypted part`);
  }
  const wb = readWorkbookInfo(pkg);
  const stylesPath = readRels(pkg, wb.path).find((r) => /\/styles$/.test(r.type))?.target;
  const stylesXml = stylesPath ? pkg.text(stylesPath) : null;
  let typesXml = pkg.text('[Content_Types].xml');
  if (!stylesPath || stylesXml === null || typesXml === null) {
    throw new AnnotateError('thiếu styles.xml hoặc [Content_Types].xml / no styles or content types part');
  }
  let styles;
  try {
    styles = createFlagStyles(stylesXml);
  } catch (err) {
    if (err instanceof StylesMergeError) throw new AnnotateError(`styles.xml: ${err.message}`);
    throw err;
  }

  // Findings by sheet, then by cell.
  const unplaced: Finding[] = [];
  const bySheet = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    const entry = wb.sheets.find((s) => s.name === f.sheet);
    if (!entry || !pkg.get(entry.path) || !/^[A-Z]{1,3}\d+$/.test(f.cell)) {
      unplaced.push(f);
      continue;
    }
    const cells = bySheet.get(entry.name) ?? new Map<string, Finding[]>();
    bySheet.set(entry.name, cells);
    cells.set(f.cell, [...(cells.get(f.cell) ?? []), f]);
  }

  const edited = new Map<string, string>();
  const added: Array<{ path: string; text: string }> = [];
  const notesSkipped: string[] = [];
  const withHerNote: string[] = [];
  let cellCount = 0;
  let noteCount = 0;
  let vmlBlock = nextVmlBlock(pkg);
  let partNo = 1;
  const taken = (p: string) => !!pkg.get(p) || added.some((a) => a.path.toLowerCase() === p.toLowerCase());
  for (const [sheetName, cells] of bySheet) {
    const entry = wb.sheets.find((s) => s.name === sheetName)!;
    let sheetXml = pkg.text(entry.path)!;
    const restyle: CellRestyle = new Map();
    const notes: Note[] = [];
    for (const [ref, list] of cells) {
      const { row, col } = parseA1(ref);
      const severity = worst(list);
      const cols = restyle.get(row + 1) ?? new Map<number, (xf: number) => number>();
      restyle.set(row + 1, cols);
      cols.set(col + 1, (xf) => styles.flagged(xf, severity));
      notes.push({ row, col, ref, text: noteText(list) });
    }
    try {
      sheetXml = restyleCells(sheetXml, restyle);
    } catch (err) {
      if (err instanceof SheetEditError) throw new AnnotateError(`${sheetName}: ${err.message}`);
      throw err;
    }
    cellCount += cells.size;

    const relsPath = partRels(entry.path);
    let relsXml = pkg.text(relsPath);
    notes.sort((a, b) => a.row - b.row || a.col - b.col);
    const rels = readRels(pkg, entry.path);
    const herVml = rels.find((r) => /\/vmlDrawing$/.test(r.type) && !r.external);
    const herComments = rels.find((r) => /\/comments$/.test(r.type) && !r.external);
    const hasLegacy = /<(\w+:)?legacyDrawing\b/.test(sheetXml);
    if (herVml || herComments || hasLegacy) {
      // Her notes (or form controls) already live in this sheet's drawing: ours join them, hers stay as they are.
      const vmlText = herVml ? pkg.text(herVml.target) : null;
      const commentsText = herComments ? pkg.text(herComments.target) : commentsXml([]);
      const merged =
        herVml && hasLegacy && vmlText !== null && commentsText !== null && !edited.has(herVml.target.toLowerCase())
          ? mergeIntoTheirNotes(commentsText, vmlText, notes, vmlBlock++)
          : null;
      if (!merged) notesSkipped.push(sheetName);
      else {
        withHerNote.push(...merged.skipped.map((n) => `${sheetName}!${n.ref}`));
        if (merged.added.length) {
          edited.set(herVml!.target.toLowerCase(), merged.vml);
          if (herComments) edited.set(herComments.target.toLowerCase(), merged.comments);
          else {
            while (taken(`xl/comments${partNo}.xml`)) partNo++;
            const commentsPath = `xl/comments${partNo}.xml`;
            added.push({ path: commentsPath, text: merged.comments });
            relsXml = withRelationships(relsXml, [
              {
                id: freeRelId(relsXml, 'rIdMtqgNotes'),
                type: 'comments',
                target: relativeTarget(entry.path, commentsPath),
              },
            ]);
            edited.set(relsPath.toLowerCase(), relsXml);
            typesXml = withCommentsType(typesXml, commentsPath);
          }
          noteCount += merged.added.length;
        }
      }
    } else {
      while (taken(`xl/comments${partNo}.xml`) || taken(`xl/drawings/vmlDrawing${partNo}.vml`)) partNo++;
      const commentsPath = `xl/comments${partNo}.xml`;
      const vmlPath = `xl/drawings/vmlDrawing${partNo}.vml`;
      added.push({ path: commentsPath, text: commentsXml(notes) });
      added.push({ path: vmlPath, text: vmlXml(notes, vmlBlock++) });
      const vmlId = freeRelId(relsXml, 'rIdMtqgVml');
      const commentsId = freeRelId(relsXml, 'rIdMtqgNotes');
      relsXml = withRelationships(relsXml, [
        { id: vmlId, type: 'vmlDrawing', target: relativeTarget(entry.path, vmlPath) },
        { id: commentsId, type: 'comments', target: relativeTarget(entry.path, commentsPath) },
      ]);
      sheetXml = withLegacyDrawing(sheetXml, vmlId);
      if (pkg.get(relsPath)) edited.set(relsPath.toLowerCase(), relsXml);
      else added.push({ path: relsPath, text: relsXml });
      typesXml = withCommentsType(typesXml, commentsPath);
      noteCount += notes.length;
    }
    edited.set(entry.path.toLowerCase(), sheetXml);
  }
  if (added.some((a) => a.path.endsWith('.vml')) && !/<Default\s[^>]*Extension="vml"/i.test(typesXml)) {
    typesXml = typesXml.replace(/<Types\b[^>]*>/, (m) => `${m}<Default Extension="vml" ContentType="${VML_TYPE}"/>`);
  }
  if (cellCount) {
    edited.set(stylesPath.toLowerCase(), styles.finish());
    edited.set('[content_types].xml', typesXml);
  }

  const zip = new ZipWriter();
  for (const name of pkg.order) {
    const text = edited.get(name.toLowerCase());
    if (text !== undefined) zip.addText(name, (emit) => emit(text));
    else zip.copy(pkg, pkg.get(name)!);
  }
  for (const part of added) zip.addText(part.path, (emit) => emit(part.text));
  return {
    bytes: concatBytes(zip.finish()),
    cells: cellCount,
    notes: noteCount,
    notesSkipped,
    withHerNote,
    unplaced,
  };
}

/** Her workbook with each flagged cell highlighted by severity and a note explaining it. */
export function annotatedCopy(file: OpenedFile, findings: Finding[]): Uint8Array {
  return annotateWorkbook(file, findings).bytes;
}

/** A part's path relative to another's folder, as Excel writes it ("../comments1.xml"; some readers need that). */
export function relativeTarget(from: string, to: string): string {
  const dir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < dir.length && common < target.length - 1 && dir[common] === target[common]) common++;
  return [...dir.slice(common).map(() => '..'), ...target.slice(common)].join('/');
}

function withCommentsType(typesXml: string, commentsPath: string): string {
  return typesXml.replace('</Types>', `<Override PartName="/${commentsPath}" ContentType="${COMMENTS_TYPE}"/></Types>`);
}

function worst(list: Finding[]): Severity {
  return list.reduce<Severity>((w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w), 'info');
}

/** A VML shape-id block (o:idmap) no drawing of the package uses yet. */
function nextVmlBlock(pkg: ZipPackage): number {
  let max = 0;
  for (const name of pkg.order) {
    if (!/\.vml$/i.test(name)) continue;
    const text = pkg.text(name) ?? '';
    for (const m of text.matchAll(/<o:idmap\b[^>]*data="([^"]*)"/g)) {
      for (const n of m[1].split(',')) max = Math.max(max, Number(n) || 0);
    }
    for (const m of text.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Math.floor(Number(m[1]) / 1024));
  }
  return max + 1;
}
