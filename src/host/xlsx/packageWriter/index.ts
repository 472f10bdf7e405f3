import { findMarkerInGrid } from '../../../domain/keyRow';
import { assertSheetNames } from '../../../model/sheetName';
import { cellPlanSchema, sheetPlanSchema, type LazySheetPlan, type SheetPlan } from '../../../model/sheetPlan';
import { topRows, type WorkbookSnapshot } from '../../../model/snapshot';
import { SheetExistsError } from '../../types';
import { readWorkbookInfo, type SheetEntry } from '../fastReader/packageParts';
import type { ZipPackage } from '../fastReader/zipPackage';
import { writeSheetXml } from './sheetXml';
import { createStylesMerge, StylesMergeError } from './stylesMerge';
import { compressText, ZipWriter, type CompressedPart } from './zipWriter';

/**
 * "A copy with sheets added": the original OOXML package with new worksheet parts, and
 * only workbook.xml, its relationships, [Content_Types].xml and styles.xml edited (each
 * keeping all its entries). Every other part is copied byte for byte, so charts, pictures,
 * pivots, macros, external links and anything this tool does not know survive. Our own
 * earlier sheets of the same kind (marker) are replaced in place; a user sheet with a
 * planned name is refused. Browser-safe.
 */

export class PackageKeptWholeError extends Error {
  constructor(reason: string) {
    super(
      `Không thể giữ nguyên tệp gốc khi thêm trang (${reason}); không ghi gì / ` +
        `the workbook cannot be kept whole while adding sheets (${reason}); nothing written`,
    );
    this.name = 'PackageKeptWholeError';
  }
}

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

const escAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

interface Target {
  sheet: SheetPlan | LazySheetPlan;
  path: string;
  /** Index among the workbook's sheets (localSheetId). */
  position: number;
  replaced?: SheetEntry;
}

/** What the printed pages of an added sheet repeat (known once its plan is built). */
interface PrintTitles {
  name: string;
  position: number;
  first: number;
  last: number;
}

export function addSheetsToPackage(
  pkg: ZipPackage,
  snapshot: WorkbookSnapshot,
  plans: Array<SheetPlan | LazySheetPlan>,
): Uint8Array[] {
  return prepareSheetAddition(pkg, snapshot, plans)();
}

/**
 * The same in two steps: everything that reads the snapshot (whose sheets are ours, which
 * names clash) now, the writing later. The writer keeps no reference to the snapshot, so a
 * caller that lets it go writes with the snapshot's memory free; lazy plans are built one
 * at a time while their sheet is written.
 */
export function prepareSheetAddition(
  pkg: ZipPackage,
  snapshot: WorkbookSnapshot,
  plans: Array<SheetPlan | LazySheetPlan>,
): () => Uint8Array[] {
  for (const p of plans) if (!isLazy(p)) checkPlan(p);
  assertSheetNames(plans.map((p) => p.name));
  for (const name of pkg.order) {
    const e = pkg.get(name)!;
    if (e.method !== 0 && e.method !== 8)
      throw new PackageKeptWholeError(`phần ${name} nén kiểu lạ / unknown compression`);
    if (e.central[8] & 1) throw new PackageKeptWholeError(`phần ${name} bị mã hoá / encrypted part`);
  }
  const wb = readWorkbookInfo(pkg);
  const relsPath = `${wb.path.slice(0, wb.path.lastIndexOf('/') + 1)}_rels/${wb.path.slice(wb.path.lastIndexOf('/') + 1)}.rels`;
  let workbookXml = pkg.text(wb.path)!;
  let relsXml = pkg.text(relsPath);
  let typesXml = pkg.text('[Content_Types].xml');
  const stylesPath = readStylesPath(relsXml ?? '', wb.path);
  const stylesXml = stylesPath ? pkg.text(stylesPath) : null;
  if (!relsXml || !typesXml || !stylesXml || !/<sheets>[\s\S]*<\/sheets>/.test(workbookXml)) {
    throw new PackageKeptWholeError('thiếu phần bắt buộc hoặc cấu trúc lạ / a required part is missing or unusual');
  }

  // Every sheet name in the workbook (chart sheets too), and who owns each worksheet.
  const allNames = [...workbookXml.matchAll(/<sheet\s[^>]*?name="([^"]*)"/g)].map((m) => decodeXml(m[1]));
  const owner = ownersOf(wb.sheets, snapshot, allNames);
  const blocked = plans
    .filter((p) => allNames.some((n) => n.toLowerCase() === p.name.toLowerCase()))
    .filter((p) => owner.get(p.name.toLowerCase())?.kind !== p.kind)
    .map((p) => allNames.find((n) => n.toLowerCase() === p.name.toLowerCase())!);
  if (blocked.length) throw new SheetExistsError(blocked);

  let styles: ReturnType<typeof createStylesMerge>;
  try {
    styles = createStylesMerge(stylesXml);
  } catch (err) {
    if (err instanceof StylesMergeError) throw new PackageKeptWholeError(`styles.xml: ${err.message}`);
    throw err;
  }

  let maxSheetId = Math.max(0, ...[...workbookXml.matchAll(/<sheet\s[^>]*?sheetId="(\d+)"/g)].map((m) => Number(m[1])));
  let nextPart = 1;
  const targets: Target[] = [];
  let position = allNames.length;
  const newSheets: string[] = [];
  const newRels: string[] = [];
  const newTypes: string[] = [];
  for (const sheet of plans) {
    const own = owner.get(sheet.name.toLowerCase());
    if (own) {
      targets.push({ sheet, path: own.entry.path, position: own.position, replaced: own.entry });
      // The tab keeps its place; its name takes the plan's spelling.
      workbookXml = workbookXml.replace(
        new RegExp(`(<sheet\\s[^>]*?name=")${escRe(escAttr(own.entry.name))}"`),
        `$1${escAttr(sheet.name)}"`,
      );
      continue;
    }
    while (pkg.get(`xl/worksheets/sheet${nextPart}.xml`)) nextPart++;
    const path = `xl/worksheets/sheet${nextPart++}.xml`;
    let rId = `rIdMtqg${nextPart}`;
    for (let k = 2; relsXml.includes(`Id="${rId}"`); k++) rId = `rIdMtqg${nextPart}_${k}`;
    newSheets.push(`<sheet name="${escAttr(sheet.name)}" sheetId="${++maxSheetId}" r:id="${rId}"/>`);
    newRels.push(`<Relationship Id="${rId}" Type="${R}/worksheet" Target="/${path}"/>`);
    newTypes.push(`<Override PartName="/${path}" ContentType="${WS_TYPE}"/>`);
    targets.push({ sheet, path, position: position++ });
  }

  workbookXml = workbookXml.replace('</sheets>', `${newSheets.join('')}</sheets>`);
  if (!/xmlns:r="/.test(workbookXml.slice(0, workbookXml.indexOf('>', workbookXml.indexOf('<workbook'))))) {
    workbookXml = workbookXml.replace(/<workbook(\s|>)/, `<workbook xmlns:r="${R}"$1`);
  }
  relsXml = relsXml.replace('</Relationships>', `${newRels.join('')}</Relationships>`);
  typesXml = typesXml.replace('</Types>', `${newTypes.join('')}</Types>`);
  const edits = { wbPath: wb.path, workbookXml, relsPath, relsXml, typesXml, stylesPath: stylesPath! };

  return () => {
    const zip = new ZipWriter();
    const replacedParts = new Set(targets.filter((t) => t.replaced).map((t) => t.path.toLowerCase()));
    const replacedRels = new Set(
      [...replacedParts].map(
        (p) => `${p.slice(0, p.lastIndexOf('/') + 1)}_rels/${p.slice(p.lastIndexOf('/') + 1)}.rels`,
      ),
    );
    const sheetXml = new Map<string, Target>(targets.map((t) => [t.path.toLowerCase(), t]));
    // Sheet XML first (it fills the style table), then the edited parts and the copies in package order.
    const written = new Map<string, CompressedPart>();
    const titles: PrintTitles[] = [];
    for (const t of targets) {
      const plan = planOf(t.sheet);
      const rows = plan.print?.titleRows;
      if (rows) titles.push({ name: plan.name, position: t.position, first: rows.first, last: rows.last });
      written.set(
        t.path.toLowerCase(),
        compressText((emit) => writeSheetXml(plan, styles.merge, emit), pkg.deflateRaw),
      );
    }
    const workbookText = withFullCalcOnLoad(withPrintTitles(edits.workbookXml, targets, titles));
    const edited = new Map<string, string>([
      [edits.wbPath.toLowerCase(), workbookText],
      [edits.relsPath.toLowerCase(), edits.relsXml],
      ['[content_types].xml', edits.typesXml],
      [edits.stylesPath.toLowerCase(), styles.finish()],
    ]);
    for (const name of pkg.order) {
      const key = name.toLowerCase();
      if (replacedRels.has(key)) continue; // our old sheet's own relationships go with it
      const text = edited.get(key);
      if (text !== undefined) zip.addText(name, (emit) => emit(text));
      else if (sheetXml.has(key)) zip.addCompressed(name, written.get(key)!);
      else zip.copy(pkg, pkg.get(name)!);
    }
    for (const t of targets) if (!t.replaced) zip.addCompressed(t.path, written.get(t.path.toLowerCase())!);
    return zip.finish();
  };
}

const isLazy = (p: SheetPlan | LazySheetPlan): p is LazySheetPlan => typeof (p as LazySheetPlan).build === 'function';

/** Checked cell by cell: parsing a whole plan builds a copy of its millions of cells at once. */
function checkPlan(p: SheetPlan): void {
  sheetPlanSchema.parse({ ...p, cells: [] });
  // Notes need comment and VML parts this writer does not make: refused, never dropped.
  if (p.notes?.length) throw new Error(`sheet plan "${p.name}": this writer does not write cell notes`);
  for (const c of p.cells) cellPlanSchema.parse(c);
}

/** A lazy sheet's plan, built now and checked; it must carry the name it was announced with. */
function planOf(sheet: SheetPlan | LazySheetPlan): SheetPlan {
  if (!isLazy(sheet)) return sheet;
  const plan = sheet.build();
  if (plan.name !== sheet.name || plan.kind !== sheet.kind) {
    throw new Error(`sheet plan "${plan.name}" (${plan.kind}) announced as "${sheet.name}" (${sheet.kind})`);
  }
  checkPlan(plan);
  return plan;
}

/**
 * Which of the workbook's sheets are ours (by their marker), from the snapshot. A function
 * of its own so that the writer's closure never holds the snapshot.
 */
function ownersOf(
  entries: SheetEntry[],
  snapshot: WorkbookSnapshot,
  allNames: string[],
): Map<string, { kind: string; entry: SheetEntry; position: number }> {
  const owner = new Map<string, { kind: string; entry: SheetEntry; position: number }>();
  for (const entry of entries) {
    const sheet = snapshot.sheets.find((s) => s.name === entry.name);
    const marker = sheet ? findMarkerInGrid(topRows(sheet, 30).map((r) => r.map((c) => c.v))) : null;
    if (marker)
      owner.set(entry.name.toLowerCase(), { kind: marker.kind, entry, position: allNames.indexOf(entry.name) });
  }
  return owner;
}

function readStylesPath(relsXml: string, wbPath: string): string | null {
  const m = /<Relationship\s[^>]*Type="[^"]*\/styles"[^>]*>/.exec(relsXml);
  const target = m && /Target="([^"]*)"/.exec(m[0])?.[1];
  if (!target) return null;
  if (target.startsWith('/')) return target.slice(1);
  return wbPath.slice(0, wbPath.lastIndexOf('/') + 1) + target;
}

function withPrintTitles(xml: string, targets: Target[], titles: PrintTitles[]): string {
  const positions = new Set(targets.map((t) => t.position));
  // Our replaced sheets' old print titles go; the others' names stay as they are.
  xml = xml.replace(
    /<definedName\s[^>]*name="_xlnm\.Print_Titles"[^>]*localSheetId="(\d+)"[^>]*>[^<]*<\/definedName>/g,
    (m, id: string) => (positions.has(Number(id)) ? '' : m),
  );
  const names = titles
    .map(
      (t) =>
        `<definedName name="_xlnm.Print_Titles" localSheetId="${t.position}">${escAttr(quoteSheet(t.name))}!$${t.first + 1}:$${t.last + 1}</definedName>`,
    )
    .join('');
  if (!names) return xml;
  if (/<definedNames>/.test(xml)) return xml.replace('</definedNames>', `${names}</definedNames>`);
  if (/<definedNames\/>/.test(xml)) return xml.replace('<definedNames/>', `<definedNames>${names}</definedNames>`);
  // definedNames follows sheets and externalReferences.
  const after = /<\/externalReferences>/.test(xml) ? '</externalReferences>' : '</sheets>';
  return xml.replace(after, `${after}<definedNames>${names}</definedNames>`);
}

function withFullCalcOnLoad(xml: string): string {
  if (/<calcPr\s[^>]*fullCalcOnLoad=/.test(xml)) return xml.replace(/(<calcPr\s[^>]*fullCalcOnLoad=")[^"]*"/, '$11"');
  if (/<calcPr[\s/>]/.test(xml)) return xml.replace(/<calcPr(\s|\/|>)/, '<calcPr fullCalcOnLoad="1"$1');
  const after = /<\/definedNames>/.test(xml)
    ? '</definedNames>'
    : /<\/externalReferences>/.test(xml)
      ? '</externalReferences>'
      : '</sheets>';
  return xml.replace(after, `${after}<calcPr fullCalcOnLoad="1"/>`);
}

const escRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const decodeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);
