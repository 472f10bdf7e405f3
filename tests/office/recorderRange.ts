// Ranges of the Office.js stand-in (recorder.ts): reads, writes and formats of a rectangle of cells.
import {
  MAX_COL,
  MAX_ROW,
  RecSheet,
  cellFromInput,
  intersects,
  parseAddress,
  rectAddress,
  valueTypeOf,
  type RecCell,
  type Rect,
} from './recorderModel';
import { ConditionalFormatsProxy } from './recorderConditionalFormats';
import { Loadable, notFound, size } from './recorderBase';
import type { OfficeRecorder } from './recorder';

type RangeTarget = { sheet: RecSheet; rect: Rect } | null;

const CELL_READERS: Record<string, (cell: RecCell | undefined) => unknown> = {
  values: (c) => (c ? (c.v ?? '') : ''),
  formulas: (c) => (c ? (c.f ?? c.v ?? '') : ''),
  numberFormat: (c) => c?.nf ?? 'General',
  valueTypes: (c) => valueTypeOf(c),
};

export class RangeProxy extends Loadable {
  constructor(
    private rec: OfficeRecorder,
    private resolve: () => RangeTarget,
  ) {
    super();
  }
  /** Address for records, resolved at run time. */
  peekAddress(): string {
    const t = this.resolve();
    return t ? rectAddress(t.rect) : '';
  }
  load(props: string) {
    const wanted = props
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    this.rec.enqueue(40 + size(props), () => {
      const target = this.resolve();
      if (!target) {
        this.data = { isNullObject: true };
        return { isNullObject: true };
      }
      const { sheet, rect } = target;
      if (rect.bottom === MAX_ROW || rect.right === MAX_COL) {
        if (wanted.some((p) => p in CELL_READERS))
          throw new Error('recorder: refusing to load cell data of an unbounded range');
      }
      const out: Record<string, unknown> = { isNullObject: false };
      for (const p of wanted) {
        if (p === 'address') out.address = `'${sheet.name}'!${rectAddress(rect)}`;
        else if (p === 'rowCount') out.rowCount = rect.bottom - rect.top + 1;
        else if (p === 'columnCount') out.columnCount = rect.right - rect.left + 1;
        else if (CELL_READERS[p]) {
          const grid: unknown[][] = [];
          for (let r = rect.top; r <= rect.bottom; r++) {
            const row: unknown[] = [];
            for (let c = rect.left; c <= rect.right; c++) row.push(CELL_READERS[p](sheet.get(r, c)));
            grid.push(row);
          }
          out[p] = grid;
        } else throw new Error(`recorder: unsupported range property ${p}`);
      }
      this.data = out;
      return out;
    });
    return this;
  }
  get address(): string {
    return this.read('address');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  get valueTypes(): unknown[][] {
    return this.read('valueTypes');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  private write(prop: string, value: unknown, apply?: (t: NonNullable<RangeTarget>) => void) {
    this.rec.enqueue(60 + size(value), () => {
      const t = this.resolve();
      if (!t) throw notFound('range');
      this.rec.recordWrite(t.sheet, t.rect, prop, value);
      apply?.(t);
    });
  }
  private writeGrid(prop: 'formulas' | 'values' | 'numberFormat', grid: unknown[][]) {
    this.write(prop, grid, ({ sheet, rect }) => {
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (grid.length !== rows || grid.some((r) => r.length !== cols))
        throw Object.assign(new Error(`InvalidArgument: ${prop} is not ${rows}x${cols}`), { code: 'InvalidArgument' });
      grid.forEach((row, i) =>
        row.forEach((value, j) => {
          const r = rect.top + i;
          const c = rect.left + j;
          if (prop === 'numberFormat') sheet.set(r, c, { ...(sheet.get(r, c) ?? { v: null }), nf: String(value) });
          else sheet.set(r, c, cellFromInput(value, sheet.get(r, c)));
        }),
      );
    });
  }
  set formulas(grid: unknown[][]) {
    this.writeGrid('formulas', grid);
  }
  set values(grid: unknown[][]) {
    this.writeGrid('values', grid);
  }
  set numberFormat(grid: unknown[][]) {
    this.writeGrid('numberFormat', grid);
  }
  set columnHidden(v: boolean) {
    this.write('columnHidden', v, ({ sheet, rect }) => {
      if (!v) sheet.hiddenCols = new Set([...sheet.hiddenCols].filter((c) => c < rect.left || c > rect.right));
      else for (let c = rect.left; c <= rect.right; c++) sheet.hiddenCols.add(c);
    });
  }
  set rowHidden(v: boolean) {
    this.write('rowHidden', v, ({ sheet, rect }) => {
      if (!v) sheet.hiddenRows = new Set([...sheet.hiddenRows].filter((r) => r < rect.top || r > rect.bottom));
      else for (let r = rect.top; r <= rect.bottom; r++) sheet.hiddenRows.add(r);
    });
  }
  /** clear('All'): contents and formats of the range. */
  clear(applyTo = 'All') {
    this.write('clear', applyTo, ({ sheet, rect }) => {
      for (const key of [...sheet.cells.keys()]) {
        const [r, c] = key.split(',').map(Number);
        if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right) sheet.cells.delete(key);
      }
      for (const key of [...sheet.formats.keys()])
        if (intersects(parseAddress(key), rect) && !/^[A-Z]+:[A-Z]+$|^\d+:\d+$/.test(key)) sheet.formats.delete(key);
    });
  }
  unmerge() {
    this.write('unmerge', true, ({ sheet, rect }) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(parseAddress(m), rect));
    });
  }
  /**
   * Copies cells, formats, merges, validations and conditional formats of `source` onto this
   * range (same size; formulas are kept as written, which is right for a copy to the same address).
   */
  copyFrom(source: RangeProxy, copyType = 'All') {
    this.write('copyFrom', copyType, ({ sheet, rect }) => {
      const from = source.peekTarget();
      if (!from) throw notFound('source range');
      const dr = rect.top - from.rect.top;
      const dc = rect.left - from.rect.left;
      if (dr !== 0 || dc !== 0) throw new Error('recorder: copyFrom is modelled for the same address only');
      if (copyType !== 'All') throw new Error('recorder: only copyType All is modelled');
      for (const [key, cell] of from.sheet.cells) {
        const [r, c] = key.split(',').map(Number);
        if (r >= from.rect.top && r <= from.rect.bottom && c >= from.rect.left && c <= from.rect.right)
          sheet.set(r, c, { ...cell });
      }
      for (const [key, value] of from.sheet.formats)
        if (intersects(parseAddress(key), from.rect)) sheet.formats.set(key, { ...value });
      for (const m of from.sheet.merges) if (intersects(parseAddress(m), from.rect)) sheet.merges.push(m);
      for (const v of from.sheet.validations)
        if (intersects(parseAddress(v.address), from.rect)) sheet.validations.push({ ...v });
      for (const cf of from.sheet.conditionalFormats)
        if (cf.areas.some((a) => intersects(a, from.rect))) sheet.conditionalFormats.push({ ...cf });
    });
  }
  peekTarget(): RangeTarget {
    return this.resolve();
  }

  get format() {
    return formatProxy((prop, value) =>
      this.write(`format/${prop}`, value, ({ sheet, rect }) => {
        const key = rectAddress(rect);
        sheet.formats.set(key, { ...(sheet.formats.get(key) ?? {}), [prop]: value });
      }),
    );
  }
  get dataValidation() {
    const set = (prop: string) => (value: unknown) =>
      this.write(`dataValidation/${prop}`, value, ({ sheet, rect }) =>
        sheet.validations.push({ address: rectAddress(rect), prop, value }),
      );
    return {
      clear: () =>
        this.write('dataValidation/clear', true, ({ sheet, rect }) => {
          sheet.validations = sheet.validations.filter((v) => !intersects(parseAddress(v.address), rect));
        }),
      set rule(v: unknown) {
        set('rule')(v);
      },
      set errorAlert(v: unknown) {
        set('errorAlert')(v);
      },
      set prompt(v: unknown) {
        set('prompt')(v);
      },
    };
  }
  get conditionalFormats() {
    return new ConditionalFormatsProxy(
      this.rec,
      () => {
        const t = this.resolve();
        if (!t) throw notFound('range');
        return { sheet: t.sheet, areas: [t.rect] };
      },
      '',
    );
  }
  merge(_across?: boolean) {
    this.write('merge', true, ({ sheet, rect }) => sheet.merges.push(rectAddress(rect)));
  }
  insert(shift: string) {
    this.write('insert', shift, ({ sheet, rect }) => {
      if (shift !== 'Down' || rect.right !== MAX_COL)
        throw new Error('recorder: only whole-row insert Down is modelled');
      sheet.insertRows(rect.top, rect.bottom - rect.top + 1);
    });
  }
  select() {
    this.rec.enqueue(40, () => {
      const t = this.resolve();
      if (!t) throw notFound('range');
      this.rec.selection = { sheet: t.sheet.name, address: rectAddress(t.rect) };
      this.rec.activeSheet = t.sheet.name;
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean) {
    return new RangeProxy(this.rec, () => {
      const t = this.resolve();
      if (!t) return null;
      const u = t.sheet.usedRect(t.rect);
      return u ? { sheet: t.sheet, rect: u } : null;
    });
  }
}

/** Nested format writes ('font/bold', 'borders/EdgeTop/style', 'fill/color', 'columnWidth', …). */
function formatProxy(write: (prop: string, value: unknown) => void, prefix = ''): any {
  return new Proxy(
    {},
    {
      get(_t, key: string) {
        if (key === 'getItem') return (index: string) => formatProxy(write, `${prefix}${index}/`);
        return formatProxy(write, `${prefix}${key}/`);
      },
      set(_t, key: string, value: unknown) {
        write(`${prefix}${key}`, value);
        return true;
      },
    },
  );
}
