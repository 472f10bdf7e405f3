import type { Finding } from '../model/finding';
import type { SheetPlan } from '../model/sheetPlan';
import { a1, parseA1 } from '../model/a1';
import type { WorkbookSnapshot } from '../model/snapshot';
import { importIndicators } from './importedSheets';
import { importDisbursed } from './importedDisbursement';
import { foldCapitalSections } from './capitalSections';
import { herCellsInText } from './sectionHerCells';
import { KeyedCells } from '../templates/keyedCells';
import { buildTemplatePlans } from '../templates';
import { planImport, type ImportAttention } from './importPlan';
import { unitOfCell, unseenInCopy } from './unseenInCopy';
import { validateLayout } from './validateLayout';
import { fromNote, type ImportedNote } from './importedNote';
import { amountEn, amountVn } from '../validation/format';
import { tagOf } from '../validation/describe';
import type { MoneyUnit } from '../domain/units';
import type { LayoutMapping } from './mapping';
import { fold } from './text';
import { TOTAL_ROW_CODE } from '../domain/workbookLayout';

export type { ImportedNote } from './importedNote';

export interface ImportedPlans {
  plans: SheetPlan[];
  /** Figures of hers written into the template. */
  written: number;
  notes: ImportedNote[];
  /** Her disbursed figures not carried (capital type unknown, no such line), with why. */
  left: Array<{ cell: string; why: string }>;
  /** Figures carried that the template will question until she moves them (said on the line's row too). */
  attention: Array<{ cell: string; why: string }>;
}

/** What a conversion tells her, a line each: as `mtqg import` prints it and the pane shows it. */
export function importRemarks({ left, attention }: Pick<ImportedPlans, 'left' | 'attention'>): string[] {
  return [
    ...left.map((l) => `Chưa chép / not carried: ${l.cell} — ${l.why}`),
    ...attention.map((a) => `Cần xem / check: ${a.cell} — ${a.why}`),
  ];
}

/** What the pane and the page get of a conversion: the sheets, and what to tell her about them. */
export type ImportedCopy = Pick<ImportedPlans, 'plans' | 'left' | 'attention'>;

/** The sheets without the notes and counts only the CLI prints. */
export const importedCopy = ({ plans, left, attention }: ImportedPlans): ImportedCopy => ({ plans, left, attention });

/**
 * Her own table → the standard template's sheet plans holding her figures at the levels she
 * gave them (a figure on a parent line replaces that line's formula: a figure given at that
 * level). Pure, so every host writes the same sheets: `mtqg import`, the page's download, the
 * pane's "Chuyển sang mẫu chuẩn".
 */
export function importedTemplatePlans(
  snapshot: WorkbookSnapshot,
  layout: LayoutMapping,
  now: Date = new Date(),
  /** validate's findings on her table through `layout`, when the caller has checked it already. */
  herFindings: readonly Finding[] = validateLayout(snapshot, layout),
): ImportedPlans {
  const table = layout.tables.find((t) => t.role === 'plan') ?? layout.tables[0];
  // A table in capital sections is carried as read: folded by capital type, notes naming her cells.
  const folded = foldCapitalSections(snapshot, layout);
  const read = folded ? { snapshot: folded.snapshot, layout: folded.mapping } : { snapshot, layout };
  const imported = planImport(read.snapshot, read.layout);
  const year = /nam (20\d\d)/.exec(fold(table.title))?.[1];
  const plans = buildTemplatePlans(
    { level: layout.level, year: year ? Number(year) : now.getFullYear(), unit: table.unit, unitName: table.issuer },
    { details: imported.details },
  );
  const notes: ImportedNote[] = [];
  /** What could not be carried, per template sheet: said in that sheet's TỔNG CỘNG note cell too. */
  const left = new Map<'plan' | 'disbursement' | 'indicators', ImportedPlans['left']>([['plan', [...imported.left]]]);
  /** Cells of the folded table named as hers. */
  const herText = (text: string) =>
    folded
      ? layout.tables.reduce((t, x) => (folded.herColumn.has(x.sheet) ? herCellsInText(folded, x.sheet, t) : t), text)
      : text;
  let written = 0;
  const attention: ImportedPlans['attention'] = [];
  for (const plan of plans) {
    const id = plan.id;
    if (id === 'indicators') {
      const ind = importIndicators(plan, snapshot, layout, notes);
      written += ind.written;
      left.set('indicators', ind.left);
    }
    if (id === 'disbursement') {
      const d = importDisbursed(plan, read.snapshot, read.layout, notes);
      written += d.written;
      left.set('disbursement', d.left);
    }
    if (id !== 'plan' && id !== 'allocation') continue;
    const cells = new KeyedCells(plan);
    for (const f of imported.figures.filter((x) => x.sheet === id)) {
      // Figures come in the plan's unit (an allocation in another unit is converted on reading).
      const at = cells.put(f.code, f.key, Math.round(f.value * 1e6) / 1e6);
      if (!at) continue;
      written += 1;
      notes.push(fromNote(id, a1(at.row, at.col), f.from, f.converted));
    }
    if (id !== 'plan') continue;
    attention.push(
      ...ownBesideSubProjects(
        plan.name,
        cells,
        imported.attention.map((a) => ({ ...a, cell: herText(a.cell) })),
        table.unit,
      ),
    );
    for (const { line, names } of imported.folded) {
      const at = cells.cellOf(line, 'NOI_DUNG');
      if (at)
        notes.push({
          sheetId: id,
          cell: a1(at.row, at.col),
          text: `Gồm các dòng chi tiết / includes: ${names.join('; ')}`,
        });
    }
  }
  const herNotes = notes.map((n) => ({ ...n, text: herText(n.text), ...(n.from ? { from: herText(n.from) } : {}) }));
  // What her table has wrong that the copy cannot show (her detail rows folded, her totals computed): said.
  const unseen = unseenInCopy({
    findings: herFindings,
    disagree: imported.disagree,
    // Her figures in the copy: carried (a "Từ / from" note: money, targets, disbursed), or her own rows'
    // money carried inside their line.
    held: [
      ...imported.figures.map((f) => herText(f.from)),
      ...imported.attention.map((a) => herText(a.cell)),
      ...herNotes.flatMap((n) => (n.from ? [n.from] : [])),
    ],
    herText,
    unitOf: (cell) => unitOfCell(layout, cell, table.unit),
  });
  attention.push(...unseen.attention);
  const all: ImportedPlans['left'] = [];
  for (const [id, items] of left) {
    // unseenInCopy names her cells already.
    const here = [...items.map((l) => ({ ...l, cell: herText(l.cell) })), ...(id === 'plan' ? unseen.left : [])];
    all.push(...here);
    // In the copy itself, so the page's download and the pane's conversion say it too, not only the CLI.
    const plan = plans.find((p) => p.id === id);
    if (plan && here.length)
      new KeyedCells(plan).set(
        TOTAL_ROW_CODE,
        'GHI_CHU',
        `Chưa chép / not carried: ${here.map((l) => `${l.cell} — ${l.why}`).join('; ')}`,
      );
  }
  // On the plans themselves, so every host writes them: the CLI's copy, the page's, the pane's.
  for (const plan of plans) {
    // One note a cell (Excel holds one): two things said of a cell are joined.
    const byCell = new Map<string, string>();
    for (const n of herNotes)
      if (n.sheetId === plan.id) byCell.set(n.cell, byCell.has(n.cell) ? `${byCell.get(n.cell)}\n${n.text}` : n.text);
    if (byCell.size) plan.notes = [...byCell].map(([cell, text]) => ({ ...parseA1(cell), text }));
  }
  return {
    plans,
    written,
    notes: herNotes,
    left: all,
    attention,
  };
}

/**
 * A line's own money (her detail rows under it, or its figure in the capital section where it has
 * no sub-projects) beside sub-projects with money in the same column: carried whole on the line,
 * which the template's formula would make the sub-projects' sum only. Validation of the copy then
 * says the line is above its sub-projects; said here first, on the line's row, with what to do.
 */
function ownBesideSubProjects(
  sheetName: string,
  cells: KeyedCells,
  items: readonly ImportAttention[],
  unit: MoneyUnit,
): ImportedPlans['attention'] {
  const out: ImportedPlans['attention'] = [];
  const byLine = new Map<string, string[]>();
  for (const a of items) {
    const at = cells.cellOf(a.code, a.key);
    if (!at) continue;
    const tag = tagOf(a.code, a.key);
    const cell = `${sheetName}!${a1(at.row, at.col)}`;
    const why =
      `${tag.vi}: ${amountVn(a.own, unit)} ghi cho chính dòng, không cho tiểu dự án nào; mẫu cộng dòng từ các tiểu dự án ` +
      `nên ${cell} sẽ bị báo lệch ${amountVn(a.own, unit)} cho đến khi số này được ghi vào tiểu dự án dùng nó / ` +
      `${tag.en}: ${amountEn(a.own, unit)} given for the line itself, not for a sub-project; the template adds the line up ` +
      `from its sub-projects, so ${cell} will show ${amountEn(a.own, unit)} above them until it is typed into the sub-project that uses it`;
    out.push({ cell: a.cell, why });
    byLine.set(a.code, [...(byLine.get(a.code) ?? []), `${a.cell} — ${why}`]);
  }
  for (const [code, texts] of byLine) cells.set(code, 'GHI_CHU', `Cần xem / check: ${texts.join('; ')}`);
  return out;
}
