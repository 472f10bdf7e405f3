import { a1, colIndex, columnLetter } from '../model/a1';
import { EMPTY_CELL, cellAt, type CellSnapshot, type SheetSnapshot, type WorkbookSnapshot } from '../model/snapshot';
import type { Capital, LayoutMapping, MappedColumn, MappedRow, OtherSource, TableMapping } from './mapping';
import { byAllCapitals, otherSourceColumn } from './sectionColumns';
import { ownFigureRows } from './sectionLines';

/**
 * A table whose rows come in capital sections — the projects under "A. Vốn đầu tư phát triển",
 * then again under "B. Vốn sự nghiệp", with money columns "Tổng | NSTW | NSĐP" — read as a table
 * by capital type, so every check of an own table applies to it unchanged. The folded sheet is her
 * sheet with a column per capital type and budget added at its right: a line's figures from each
 * section go to its first row, a section heading's to the total row (or to the first heading when
 * she has no total row). `herCell` gives back, for each cell so moved, the cell she typed, and
 * `toHerCells` moves the findings there.
 */
export interface FoldedSections {
  snapshot: WorkbookSnapshot;
  mapping: LayoutMapping;
  /** `Sheet!A1` of the folded sheet → A1 of her cell. */
  herCell: Map<string, string>;
  /** Per sheet, the folded columns added (0-based) → her budget or Tổng column they come from. */
  herColumn: Map<string, Map<number, number>>;
  /** `Sheet!row` (1-based) of her section headings → the capital type (or other source) each heads. */
  headings: Map<string, Capital | OtherSource>;
}

const CAPITAL_LABEL: Record<Capital, string> = { DTPT: 'Vốn đầu tư phát triển', SN: 'Vốn sự nghiệp' };
const SOURCE_LABEL: Record<OtherSource, string> = {
  LONG_GHEP: 'Vốn lồng ghép',
  TIN_DUNG: 'Vốn tín dụng',
  HUY_DONG: 'Vốn huy động',
  DAN_GOP: 'Dân góp',
};

export const hasCapitalSections = (table: TableMapping): boolean => table.rows.some((r) => r.kind === 'section');

/** Null when no table of the mapping has capital sections (nothing to fold). */
export function foldCapitalSections(snapshot: WorkbookSnapshot, mapping: LayoutMapping): FoldedSections | null {
  if (!mapping.tables.some(hasCapitalSections)) return null;
  const herCell = new Map<string, string>();
  const herColumn = new Map<string, Map<number, number>>();
  const headings = new Map<string, Capital | OtherSource>();
  for (const t of mapping.tables)
    for (const r of t.rows) if (r.kind === 'section') headings.set(`${t.sheet}!${r.row}`, (r.capital ?? r.source)!);
  const sheets = snapshot.sheets.slice();
  const tables = mapping.tables.map((t) => {
    const at = sheets.findIndex((s) => s.name === t.sheet);
    if (!hasCapitalSections(t) || at < 0) return t;
    const folded = foldTable(sheets[at], t, herCell);
    sheets[at] = folded.sheet;
    herColumn.set(t.sheet, folded.herColumn);
    return folded.table;
  });
  return { snapshot: { ...snapshot, sheets }, mapping: { ...mapping, tables }, herCell, herColumn, headings };
}

function foldTable(
  sheet: SheetSnapshot,
  t: TableMapping,
  herCell: Map<string, string>,
): { sheet: SheetSnapshot; table: TableMapping; herColumn: Map<number, number> } {
  const budgetCols = t.columns.filter((c) => c.budget);
  // Budget columns take the section's capital type; columns already by capital type stay as they are.
  const byBudget = budgetCols.length > 0;
  const sumCol = t.columns.find((c) => c.role === 'sum' && c.key === 'TONG');
  const kindCols = t.columns.filter(byAllCapitals);
  const capitals = [...new Set(t.rows.filter((r) => r.kind === 'section' && r.capital).map((r) => r.capital!))];
  // The first column right of her table and of anything on her sheet (a loop: a sheet may have 200,000 rows).
  let width = sheet.rows.reduce(
    (m, r) => Math.max(m, r?.length ?? 0),
    Math.max(...t.columns.map((c) => colIndex(c.col))) + 1,
  );
  // Her column → the folded column of each capital type.
  const target = new Map<string, number>();
  const herColumn = new Map<number, number>();
  const added: MappedColumn[] = [];
  /** One of her columns as the folded column of a capital type (the rest of the mapped column given). */
  const addFor = (cap: Capital, c: MappedColumn, as: Omit<MappedColumn, 'col' | 'header'>): string => {
    const col = width++;
    target.set(`${cap}:${c.col}`, col);
    herColumn.set(col, colIndex(c.col));
    added.push({ col: columnLetter(col), header: `${CAPITAL_LABEL[cap]} › ${c.header}`, ...as });
    return columnLetter(col);
  };
  // Her other sources beside her budget or capital columns (lồng ghép …): the line's figure is its
  // sections' together, in her column; each section's own, in a column of that type, is part of her
  // Tổng of the section row.
  const others = t.columns.filter(otherSourceColumn);
  for (const cap of capitals) {
    const parts = budgetCols.map((c) => addFor(cap, c, { role: 'amount', key: `${cap}_${c.budget!}` }));
    const inSection = others.map((c) => addFor(cap, c, { role: 'amount', key: null }));
    // Her Tổng of a section row is its capital type's total (of her columns of that type, when hers are by type),
    // with the row's other sources when her Tổng adds them: then a sum of her own, held against its parts.
    const own = t.columns.filter((c) => c.role === 'amount' && c.key?.startsWith(`${cap}_`)).map((c) => c.col);
    const summed = inSection.filter((_, i) => sumCol?.sumOf?.includes(others[i].col));
    if (sumCol)
      addFor(
        cap,
        sumCol,
        summed.length
          ? { role: 'sum', key: null, sumOf: [...(byBudget ? parts : own), ...summed] }
          : { role: 'sum', key: cap, sumOf: byBudget ? parts : own },
      );
  }
  // A section of another source ("C. Vốn lồng ghép"): her Tổng cộng of its rows is that source.
  const sourceCol = new Map<OtherSource, number>();
  for (const r of sumCol ? t.rows : [])
    if (r.kind === 'section' && r.source && !sourceCol.has(r.source)) {
      const col = width++;
      sourceCol.set(r.source, col);
      herColumn.set(col, colIndex(sumCol!.col));
      added.push({
        col: columnLetter(col),
        header: `${SOURCE_LABEL[r.source]} › ${sumCol!.header}`,
        role: 'amount',
        key: r.source,
      });
    }
  // Her disbursed and carried-over figures for all capital types ("Giải ngân", "Vốn kéo dài"): by section too.
  for (const cap of capitals)
    for (const c of kindCols)
      addFor(cap, c, {
        role: 'ignored',
        key: null,
        kind: c.kind,
        disbursedOf: c.disbursedOf === 'KD' ? `KD_${cap}` : cap,
      });
  const moneyCols = [...budgetCols, ...(sumCol ? [sumCol] : []), ...kindCols];
  const rows = sheet.rows.map((r) => (r ? r.slice() : r));
  const put = (row: number, col: number, cell: CellSnapshot, her: string) => {
    const cells = (rows[row] ??= []);
    while (cells.length < col) cells.push(EMPTY_CELL);
    cells[col] = cell;
    herCell.set(`${sheet.name}!${a1(row, col)}`, her);
  };
  /** Her row's figures (in its section's capital) go to the folded row; her cells there are emptied. */
  const move = (her: number, to: number, cap: Capital) => {
    for (const c of moneyCols) {
      const from = colIndex(c.col);
      put(to, target.get(`${cap}:${c.col}`)!, cellAt(sheet, her, from), a1(her, from));
      if (rows[her] && from < rows[her].length) rows[her][from] = EMPTY_CELL;
    }
  };
  /** Her other sources' figures copied to the section's own columns (hers stay: the line's, its sections' together). */
  const copyOthers = (her: number, to: number, cap: Capital) => {
    for (const c of others)
      put(to, target.get(`${cap}:${c.col}`)!, cellAt(sheet, her, colIndex(c.col)), a1(her, colIndex(c.col)));
  };
  const fixed = t.columns.filter((c) => c.role === 'amount' && c.key);
  const joinFixed = (her: number, to: number): boolean => {
    let joined = true;
    for (const c of fixed) {
      const col = colIndex(c.col);
      const cell = cellAt(sheet, her, col);
      if (cell.t === 'z' || cell.v === null) continue;
      const there = rows[to]?.[col] ?? EMPTY_CELL;
      if (there.t !== 'z') {
        // Her other sources in both sections: the line's figure is both together; a text or an error
        // in one of them is what the checks see (said at her cell; the sums it leaves out are its echoes).
        if (others.includes(c)) {
          if (there.t === 'n' && cell.t === 'n')
            rows[to][col] = { ...there, v: (there.v as number) + (cell.v as number) };
          else if (there.t === 'n') put(to, col, cell, a1(her, col));
          rows[her][col] = EMPTY_CELL;
        } else joined = false;
        continue;
      }
      put(to, col, cell, a1(her, col));
      rows[her][col] = EMPTY_CELL;
    }
    return joined;
  };
  const total = t.rows.find((r) => r.kind === 'total');
  const headings = t.rows.filter((r) => r.kind === 'section' && r.capital);
  const totalRow = (total ?? headings[0]).row - 1;
  const firstRow = new Map<string, number>();
  /** Lines met so far in each capital type ("DTPT:DA1"). */
  const linesIn = new Set<string>();
  const headed = new Set<Capital | OtherSource>();
  const folded: MappedRow[] = [];
  /** Her Tổng cộng of a row in a section of another source, to that source's column of row `to`. */
  const moveSource = (her: number, to: number, source: OtherSource) => {
    const from = colIndex(sumCol!.col);
    put(to, sourceCol.get(source)!, cellAt(sheet, her, from), a1(her, from));
    if (rows[her] && from < rows[her].length) rows[her][from] = EMPTY_CELL;
  };
  for (const r of t.rows) {
    const row = r.row - 1;
    if (r.source && sourceCol.has(r.source) && (r.kind === 'section' || r.lineCode)) {
      // Her section of another source: its heading is that source's total, its lines' figures the lines'.
      const heading = r.kind === 'section';
      if (heading && headed.has(r.source)) {
        folded.push({ ...r, kind: 'unmapped', lineCode: undefined });
        continue;
      }
      if (heading) headed.add(r.source);
      let to = heading ? totalRow : row;
      if (r.kind === 'line') to = firstRow.get(r.lineCode!) ?? (firstRow.set(r.lineCode!, row), row);
      moveSource(row, to, r.source);
      folded.push(to === row && !heading ? r : { ...r, kind: 'part', lineCode: undefined });
    } else if (r.kind === 'section' && r.capital && !headed.has(r.capital)) {
      headed.add(r.capital);
      move(row, totalRow, r.capital);
      copyOthers(row, totalRow, r.capital);
      // Columns by capital type, no total row of hers: the headings' figures make one total row (her
      // other sources too: the plan's, both sections together).
      const joined = total || (byBudget && !others.length) || row === totalRow || joinFixed(row, totalRow);
      folded.push(
        row === totalRow
          ? { ...r, kind: 'total', capital: undefined }
          : { ...r, kind: joined ? 'part' : 'unmapped', lineCode: undefined },
      );
    } else if (r.kind === 'total' && row === totalRow) {
      // Her total row's figures are held against the sections' (sectionTotals), not read as a capital type.
      for (const c of moneyCols)
        if (rows[row] && colIndex(c.col) < rows[row].length) rows[row][colIndex(c.col)] = EMPTY_CELL;
      folded.push(r);
    } else if (r.kind === 'line' && r.capital && r.lineCode && linesIn.has(`${r.capital}:${r.lineCode}`)) {
      // A line twice in one capital type (two headings of one type, as her review or mapping.json may
      // set them): as the reader leaves it, unmapped, its money reported, never written over the first.
      folded.push({ ...r, kind: 'unmapped', lineCode: undefined });
    } else if ((r.kind === 'line' || r.kind === 'detail') && r.capital && r.lineCode) {
      let to = row;
      if (r.kind === 'line') {
        linesIn.add(`${r.capital}:${r.lineCode}`);
        const first = firstRow.get(r.lineCode);
        if (first === undefined) firstRow.set(r.lineCode, row);
        else to = first;
      }
      move(row, to, r.capital);
      copyOthers(row, to, r.capital);
      if (to === row) folded.push(r);
      // Her columns of a fixed source (her review's choice) on the line's second row join its first
      // row where that is blank; two figures for one cell leave the row unmapped, its money reported.
      else folded.push({ ...r, kind: joinFixed(row, to) ? 'part' : 'unmapped', lineCode: undefined });
    } else if (r.kind === 'section' || ((r.kind === 'line' || r.kind === 'detail') && !r.capital)) {
      // A second heading of one capital type, a line above the first heading: in no section, so their
      // money is reported as in no line rather than read as a capital type it may not be.
      folded.push({ ...r, kind: 'unmapped', lineCode: undefined });
    } else folded.push(r);
  }
  // A line's own figures of other sources beside the rows under it in another section: a detail row of the line.
  if (others.length)
    for (const r of ownFigureRows(t)) {
      const row = rows.length;
      for (const c of others) put(row, colIndex(c.col), cellAt(sheet, r.row - 1, colIndex(c.col)), `${c.col}${r.row}`);
      folded.push({
        row: row + 1,
        stt: r.stt,
        text: `${r.text} (${CAPITAL_LABEL[r.capital!]})`,
        kind: 'detail',
        lineCode: r.lineCode,
        capital: r.capital,
      });
    }
  // Her Tổng column is each row's capital total now (the folded sums); her total row's is held against
  // the sections' by sectionTotals, as her budget totals are.
  const columns = [...t.columns.map((c) => (c === sumCol ? { ...c, key: null, sumOf: [] } : c)), ...added];
  return { sheet: { ...sheet, rows }, table: { ...t, columns, rows: folded }, herColumn };
}
