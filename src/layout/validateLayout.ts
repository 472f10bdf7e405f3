import { settingsSchema } from '../domain/settings';
import type { Finding } from '../model/finding';
import { a1 } from '../model/a1';
import { cellAt, type WorkbookSnapshot } from '../model/snapshot';
import { readCellNumber } from '../validation/cellNumber';
import { makeFinding } from '../validation/findingFactory';
import { floatEpsilon, judge } from '../validation/judge';
import { moneyEn, moneyVn, figureVn, figureEn } from '../validation/format';
import { sortFindings, validateModel } from '../validation';
import { MONEY_UNITS } from '../domain/units';
import type { CheckContext } from '../validation/checkContext';
import { buildLayoutModel, colIndex, rowCodes } from './layoutModel';
import type { LayoutMapping, TableMapping } from './mapping';
import { fold } from './text';
import { rowsAndSums, rowUnitSlips } from './rowSlips';
import { rowTypos } from './rowTypos';
import { movedFigures, type MovedFigures } from './movedFigures';
import { ownDisbursement } from './ownDisbursement';
import { sumColumnSlip } from './sumColumnSlips';
import { setSumRelation } from '../validation/echoes';
import type { SourceKey } from '../domain/sources';
import { foldCapitalSections } from './capitalSections';
import { toHerCells } from './sectionHerCells';
import { sectionTotals, sourceSectionStrays } from './sectionTotals';
import { sectionHeadings } from './sectionHeadings';
import { sectionOthers } from './sectionOthers';

/**
 * Every check on an officer's own table through its mapping, plus what only her layout has:
 * her own sum columns (a "Tổng ĐTPT" that also counts lồng ghép) against their parts, money
 * in columns or rows the mapping could not place. Findings point at her cells.
 */
export function validateLayout(snapshot: WorkbookSnapshot, mapping: LayoutMapping, year?: number): Finding[] {
  // Her table in capital sections is checked folded by capital type; findings go back to her cells.
  const folded = foldCapitalSections(snapshot, mapping);
  if (folded) {
    const findings = toHerCells(validateLayout(folded.snapshot, folded.mapping, year), folded);
    const sections = [
      ...sectionTotals(snapshot, mapping, findings),
      ...sectionHeadings(snapshot, mapping, findings),
      ...sourceSectionStrays(snapshot, mapping),
    ];
    return sortFindings(sectionOthers(snapshot, mapping, [...findings, ...sections]), snapshot);
  }
  const model = buildLayoutModel(snapshot, mapping);
  const plan = mapping.tables.find((t) => t.role === 'plan') ?? mapping.tables[0];
  const settings = settingsSchema.parse({
    year: year ?? yearOf(plan?.title ?? '') ?? new Date().getUTCFullYear(),
    level: mapping.level,
    unit: plan?.unit ?? 'trieu',
  });
  const ctx: CheckContext = { settings, unit: settings.unit };
  const findings: Finding[] = [];
  const moved: MovedFigures[] = [];
  for (const table of mapping.tables) {
    // Her rows, sums and the line above each, read once for the checks of a typed figure against them.
    const read = rowsAndSums(snapshot, table);
    const m = read ? movedFigures(read, ctx) : null;
    // A figure typed in the wrong column is not also a mistyped or cleared figure at either cell.
    const notMoved = (f: Finding) => !m?.cells.has(f.cell);
    if (m) moved.push(m);
    findings.push(
      ...ownSums(snapshot, table, ctx),
      ...looseMoney(snapshot, table, ctx),
      ...rowUnitSlips(snapshot, table, ctx, read).filter(notMoved),
      ...rowTypos(snapshot, table, ctx, read).filter(notMoved),
      ...ownDisbursement(snapshot, table, model, ctx),
      ...(m?.findings ?? []),
    );
  }
  return sortFindings(withoutMovedEchoes(validateModel(model, ctx, findings), moved), snapshot);
}

/** Her sums a figure typed in the wrong column throws off, and the eligibility of the cell typed: its echoes. */
function withoutMovedEchoes(findings: Finding[], moved: MovedFigures[]): Finding[] {
  if (!moved.some((m) => m.findings.length)) return findings;
  const echo = new Map(moved.flatMap((m) => [...m.echoes]));
  return findings.filter((f) => {
    const at = `${f.sheet}!${f.cell}`;
    const x = echo.get(at);
    if (x === undefined || f.actual === undefined || f.expected === undefined) return true;
    // A sum off by the figure moved (not by more: that is a slip of its own).
    const diff = Math.abs(f.actual - f.expected);
    const off = Math.abs(diff - x) <= floatEpsilon(diff, x);
    return !(off && (f.code === 'SUM_MISMATCH' || f.code === 'UNIT_SUSPECT'));
  });
}

function yearOf(title: string): number | null {
  const m = /nam (20\d\d)/.exec(fold(title));
  return m ? Number(m[1]) : null;
}

/** Her sum columns vs the columns they add up, on every mapped row. */
function ownSums(snapshot: WorkbookSnapshot, table: TableMapping, ctx: CheckContext): Finding[] {
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
  if (!sheet) return [];
  const out: Finding[] = [];
  const codes = rowCodes(table);
  for (const col of table.columns) {
    // A sum column with a source key is checked by the workbook checks themselves.
    if (col.role !== 'sum' || col.key || !col.sumOf?.length) continue;
    const c = colIndex(col.col);
    const partKeys = col.sumOf
      .map((p) => table.columns.find((x) => x.col === p)?.key)
      .filter((k): k is SourceKey => !!k);
    for (const [row, code] of codes) {
      const r = row - 1;
      const raw = cellAt(sheet, r, c);
      const total = readCellNumber(raw);
      // No figure in her sum cell: said at the cell (its sum against the parts then goes as its echo).
      const at = { sheet: sheet.name, row: r, col: c, lineCode: code, header: col.header };
      const slip = sumColumnSlip(total, raw.v, at, ctx.unit);
      if (slip) out.push(slip);
      if (total.state !== 'number') continue;
      let sum = 0;
      let tolerance = total.halfUnit;
      for (const p of col.sumOf) {
        const n = readCellNumber(cellAt(sheet, r, colIndex(p)));
        if (n.state === 'number') {
          sum += n.value;
          tolerance += n.halfUnit;
        }
      }
      const j = judge(total.value, sum, tolerance);
      if (j.verdict === 'equal') continue;
      const code_ = j.verdict === 'rounding' ? 'ROUNDING_DIFF' : j.verdict === 'unit' ? 'UNIT_SUSPECT' : 'SUM_MISMATCH';
      const parts = col.sumOf.map((p) => `${p}${row}`).join('+');
      const u = MONEY_UNITS[ctx.unit];
      const finding = makeFinding(code_, {
        sheet: sheet.name,
        row: r,
        col: c,
        lineCode: code,
        ...(col.key ? { sourceKey: col.key } : {}),
        expected: sum,
        actual: total.value,
        message: `Cột tổng "${col.header}" ${j.diff > 0 ? 'cao' : 'thấp'} hơn các cột cộng thành (${parts}) ${moneyVn(Math.abs(j.diff), ctx.unit)} — ghi ${figureVn(total.value, ctx.unit)}, cộng ${figureVn(sum, ctx.unit)} ${u.label}.`,
        messageEn: `Sum column "${col.header}" is ${moneyEn(Math.abs(j.diff), ctx.unit)} ${j.diff > 0 ? 'above' : 'below'} its parts (${parts}) — shows ${figureEn(total.value, ctx.unit)}, parts add to ${figureEn(sum, ctx.unit)} ${u.labelEn}.`,
      });
      // A slip typed in one of its parts explains it (the echo rule then keeps only the slip).
      if (code_ !== 'ROUNDING_DIFF') setSumRelation(finding, partKeys);
      out.push(finding);
    }
  }
  return out;
}

/** Money the mapping could not place: in a column with no source, or on a row with no line. */
function looseMoney(snapshot: WorkbookSnapshot, table: TableMapping, ctx: CheckContext): Finding[] {
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
  if (!sheet) return [];
  const out: Finding[] = [];
  const mappedRows = table.rows.filter((r) => r.kind !== 'unmapped');
  for (const col of table.columns) {
    // Disbursed figures and rates are listed as not mapped, with why; they are no plan money left out.
    if (col.role !== 'ignored' || col.kind) continue;
    const c = colIndex(col.col);
    const hit = mappedRows.find((r) => {
      const n = readCellNumber(cellAt(sheet, r.row - 1, c));
      return n.state === 'number' && n.value !== 0;
    });
    if (!hit) continue;
    out.push(
      makeFinding('NOT_IN_ANY_TOTAL', {
        sheet: sheet.name,
        row: hit.row - 1,
        col: c,
        severity: 'warning',
        message: `Cột "${col.header || col.col}" có số tiền nhưng chưa gắn với nguồn vốn nào nên không được kiểm tra; sửa ánh xạ: trong phần Ánh xạ / Cách đọc bảng (ngăn Kiểm tra, trang web) rồi Kiểm tra lại, hoặc mtqg map … > m.json, --map m.json.`,
        messageEn: `Column "${col.header || col.col}" holds money but maps to no funding source, so it is not checked; correct the mapping: in the mapping review (Kiểm tra pane, the page) then re-check, or mtqg map … > m.json, --map m.json.`,
      }),
    );
  }
  const keyed = table.columns.filter((c) => c.key).map((c) => colIndex(c.col));
  const money = table.columns.filter((c) => c.role === 'amount' || c.role === 'sum').map((c) => colIndex(c.col));
  for (const r of table.rows) {
    if (r.kind !== 'unmapped') continue;
    // Rows with money in a keyed column are reported by the NOT_IN_ANY_TOTAL check itself.
    const number = (c: number) => {
      const n = readCellNumber(cellAt(sheet, r.row - 1, c));
      return n.state === 'number' && n.value !== 0;
    };
    if (keyed.some(number)) continue;
    const c = money.find(number);
    if (c === undefined) continue;
    out.push(
      makeFinding('NOT_IN_ANY_TOTAL', {
        sheet: sheet.name,
        row: r.row - 1,
        col: c,
        message: `Dòng "${r.text || r.stt}" có số tiền nhưng không gắn với dòng nào của danh mục (ô ${a1(r.row - 1, c)}).`,
        messageEn: `Row "${r.text || r.stt}" holds money but maps to no catalog line (cell ${a1(r.row - 1, c)}).`,
      }),
    );
  }
  void ctx;
  return out;
}
