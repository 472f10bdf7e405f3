import {
  MAX_COL,
  MAX_ROW,
  RecSheet,
  breakSheetRefs,
  cellFromInput,
  intersects,
  renameSheetRefs,
  parseAddress,
  rectAddress,
  valueTypeOf,
  type RecCell,
  type Rect,
} from './recorderModel';
import { Loadable, notFound, size } from './recorderBase';
import { ConditionalFormatsProxy } from './recorderConditionalFormats';
import { RecorderEvents } from './recorderEvents';

export { RecSheet } from './recorderModel';

/**
 * A small stand-in for the Excel object model (the subset ExcelWorkbookHost uses). It
 * queues commands like Office.js, runs them on `context.sync()`, COUNTS syncs, RECORDS every
 * write (sheet, address, property, value) and measures request/response bytes per sync,
 * failing like Excel on the web above 5 MB. Reading a property that was not loaded and
 * synced throws, as in Office.js.
 */
export const RECORDER_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface WriteRecord {
  sync: number;
  sheet: string;
  address: string;
  prop: string;
  value: unknown;
}
export interface SyncLog {
  requestBytes: number;
  responseBytes: number;
  writes: number;
  suspendedCalculation: boolean;
}

interface Command {
  bytes: number;
  exec: () => unknown;
}
type RangeTarget = { sheet: RecSheet; rect: Rect } | null;

export class OfficeRecorder {
  sheets: RecSheet[] = [];
  syncs = 0;
  log: SyncLog[] = [];
  writes: WriteRecord[] = [];
  activeSheet: string | null = null;
  /** Simulate an Excel that rejects loading customOrNullObject on conditional formats. */
  rejectCustomOrNullObject = false;
  selection: { sheet: string; address: string } | null = null;
  /** Make a write fail like Excel (GeneralException) when this returns true: commands before it in the sync stay applied. */
  failOn: ((write: Omit<WriteRecord, 'sync'>) => boolean) | null = null;
  /** Request size Excel accepts (5 MB on the web); lower it to provoke a payload error. */
  payloadLimit = RECORDER_PAYLOAD_LIMIT;
  /** Options each Excel.run was called with (e.g. delayForCellEdit). */
  runOptions: unknown[] = [];
  /** worksheets.onChanged: fired after each sync that wrote, and by `userEdit`. */
  readonly events = new RecorderEvents();
  private queue: Command[] = [];
  private suspend = false;
  private cfCounter = 0;

  nextConditionalFormatId(): string {
    return `cf-${++this.cfCounter}`;
  }

  /** The injectable `Excel.run`. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.queue = [];
    return batch(this.context() as unknown as Excel.RequestContext);
  };

  /** `Excel.run(options, batch)` as Office.js has it: records the options, then runs. */
  runWithOptions = async <T>(options: unknown, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runOptions.push(options);
    return this.run(batch);
  };

  addSheet(
    name: string,
    rows: Array<Array<RecCell | string | number | boolean | null>> = [],
    origin = { top: 0, left: 0 },
  ): RecSheet {
    const sheet = new RecSheet(name);
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const rec: RecCell | undefined =
          cell !== null && typeof cell === 'object' ? cell : cell === null || cell === '' ? undefined : { v: cell };
        sheet.set(origin.top + r, origin.left + c, rec);
      }),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  /** The user types a value into a cell (outside any Excel.run): Excel sends onChanged. */
  userEdit(sheetName: string, row: number, col: number, value: string | number): void {
    this.mustSheet(sheetName).set(row, col, { v: value });
    this.events.fire(sheetName, rectAddress({ top: row, left: col, bottom: row, right: col }));
  }

  sheet(name: string): RecSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  mustSheet(name: string): RecSheet {
    const s = this.sheet(name);
    if (!s) throw notFound(`worksheet ${name}`);
    return s;
  }

  enqueue(bytes: number, exec: () => unknown): void {
    this.queue.push({ bytes, exec });
  }

  recordWrite(sheet: RecSheet, rect: Rect | string, prop: string, value: unknown): void {
    const address = typeof rect === 'string' ? rect : rectAddress(rect);
    if (this.failOn?.({ sheet: sheet.name, address, prop, value }))
      throw Object.assign(new Error(`GeneralException: ${prop} failed`), { code: 'GeneralException' });
    this.writes.push({ sync: this.syncs + 1, sheet: sheet.name, address, prop, value });
  }

  private context() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the proxies below keep the recorder, not the method's this
    const rec = this;
    const worksheets = new WorksheetCollectionProxy(rec);
    const context = {
      workbook: { worksheets },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          rec.suspend = true;
        },
      },
      sync: () => rec.sync(),
    };
    worksheets.context = context;
    return context;
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    const commands = this.queue;
    const suspended = this.suspend;
    this.queue = [];
    this.suspend = false;
    const requestBytes = commands.reduce((n, c) => n + c.bytes, 0);
    if (requestBytes > this.payloadLimit) {
      throw Object.assign(new Error('RequestPayloadSizeLimitExceeded'), { code: 'RequestPayloadSizeLimitExceeded' });
    }
    const writesBefore = this.writes.length;
    let responseBytes = 0;
    for (const c of commands) responseBytes += size(c.exec());
    for (const w of this.writes.slice(writesBefore)) this.events.fire(w.sheet, w.address);
    this.log.push({
      requestBytes,
      responseBytes,
      writes: this.writes.length - writesBefore,
      suspendedCalculation: suspended,
    });
    if (responseBytes > RECORDER_PAYLOAD_LIMIT) {
      throw Object.assign(new Error('ResponsePayloadSizeLimitExceeded'), { code: 'ResponsePayloadSizeLimitExceeded' });
    }
  }
}

class WorksheetCollectionProxy extends Loadable {
  private loadedItems: WorksheetProxy[] | null = null;
  constructor(private rec: OfficeRecorder) {
    super();
  }
  /** Loads 'items/name', 'items/position' (comma-separated); other item properties stay unloaded. */
  load(props = '') {
    const wanted = props
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice('items/'.length));
    for (const p of wanted)
      if (p !== 'name' && p !== 'position') throw new Error(`recorder: unsupported worksheet property ${p}`);
    this.rec.enqueue(40 + size(props), () => {
      const items = this.rec.sheets.map((s, position) => {
        const data: Record<string, unknown> = {};
        if (wanted.includes('name')) data.name = s.name;
        if (wanted.includes('position')) data.position = position;
        return { s, data };
      });
      this.loadedItems = items.map(({ s, data }) => {
        const p = new WorksheetProxy(this.rec, () => s);
        p.data = { ...data, isNullObject: false };
        return p;
      });
      return items.map(({ data }) => data);
    });
    return this;
  }
  get items(): WorksheetProxy[] {
    if (!this.loadedItems) throw Object.assign(new Error('PropertyNotLoaded: items'), { code: 'PropertyNotLoaded' });
    return this.loadedItems;
  }
  getItem(name: string) {
    return new WorksheetProxy(this.rec, () => this.rec.mustSheet(name));
  }
  get onChanged() {
    return this.rec.events.supported ? this.rec.events.onChanged(this.context) : undefined;
  }
  /** The request context, as an EventHandlerResult carries it. */
  context: unknown = null;
  add(name: string) {
    this.rec.enqueue(60 + size(name), () => {
      if (this.rec.sheet(name))
        throw Object.assign(new Error(`ItemAlreadyExists: ${name}`), { code: 'ItemAlreadyExists' });
      this.rec.sheets.push(new RecSheet(name));
    });
    return this.getItem(name);
  }
}

class WorksheetProxy extends Loadable {
  private bound: RecSheet | null = null;
  private resolve: () => RecSheet;
  /** Binds to the sheet object on first use, like Office.js proxies (a later rename keeps it). */
  constructor(
    private rec: OfficeRecorder,
    lookup: () => RecSheet,
  ) {
    super();
    this.resolve = () => (this.bound ??= lookup());
  }
  load(_props?: string) {
    this.rec.enqueue(40, () => {
      const s = this.resolve();
      this.data = { name: s.name, position: this.rec.sheets.indexOf(s), isNullObject: false };
      return { name: s.name, position: this.rec.sheets.indexOf(s) };
    });
    return this;
  }
  get name(): string {
    return this.read('name');
  }
  get position(): number {
    return this.read('position');
  }
  /** Moves the tab like Excel: out of its place, into `value` (0-based); the tabs between shift by one. */
  set position(value: number) {
    this.rec.enqueue(60, () => {
      const s = this.resolve();
      const rest = this.rec.sheets.filter((x) => x !== s);
      if (!Number.isInteger(value) || value < 0 || value > rest.length)
        throw Object.assign(new Error(`InvalidArgument: position ${value}`), { code: 'InvalidArgument' });
      this.rec.recordWrite(s, '', 'position', value);
      this.rec.sheets = [...rest.slice(0, value), s, ...rest.slice(value)];
    });
  }
  set name(value: string) {
    this.rec.enqueue(60 + size(value), () => {
      const s = this.resolve();
      this.rec.recordWrite(s, '', 'name', value);
      renameSheetRefs(this.rec.sheets, s.name, value);
      s.name = value;
    });
  }
  set visibility(value: string) {
    this.rec.enqueue(60, () => {
      const s = this.resolve();
      if (this.rec.activeSheet === s.name) throw new Error('recorder: the active sheet cannot be hidden');
      s.visibility = value;
      this.rec.recordWrite(s, '', 'visibility', value);
    });
  }
  set tabColor(value: string) {
    this.rec.enqueue(60, () => {
      const s = this.resolve();
      s.tabColor = value;
      this.rec.recordWrite(s, '', 'tabColor', value);
    });
  }
  getRange(address?: string) {
    return new RangeProxy(this.rec, () => ({ sheet: this.resolve(), rect: parseAddress(address) }));
  }
  getRanges(address: string) {
    return {
      conditionalFormats: new ConditionalFormatsProxy(
        this.rec,
        () => ({ sheet: this.resolve(), areas: address.split(',').map((a) => parseAddress(a)) }),
        address,
      ),
    };
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean) {
    return new RangeProxy(this.rec, () => {
      const s = this.resolve();
      const u = s.usedRect();
      return u ? { sheet: s, rect: u } : null;
    });
  }
  delete() {
    this.rec.enqueue(40, () => {
      const s = this.resolve();
      this.rec.recordWrite(s, '', 'delete', true);
      this.rec.sheets = this.rec.sheets.filter((x) => x !== s);
      breakSheetRefs(this.rec.sheets, s.name);
    });
  }
  activate() {
    this.rec.enqueue(40, () => {
      if (this.resolve().visibility !== 'Visible') throw new Error('recorder: a hidden sheet cannot be activated');
      this.rec.activeSheet = this.resolve().name;
    });
  }
  /** NoteCollection.add: Excel refuses a second note on a cell. */
  get notes() {
    return {
      add: (cell: string, content: string) =>
        this.rec.enqueue(60 + size(content), () => {
          const s = this.resolve();
          const at = cell.toUpperCase();
          if (s.notes.has(at))
            throw Object.assign(new Error(`InvalidArgument: a note exists at ${at}`), { code: 'InvalidArgument' });
          this.rec.recordWrite(s, at, 'note', content);
          s.notes.set(at, content);
        }),
    };
  }
  get freezePanes() {
    const record = (value: () => unknown) =>
      this.rec.enqueue(60, () => {
        const s = this.resolve();
        const v = value();
        s.freeze = v;
        this.rec.recordWrite(s, '', 'freezePanes', v);
      });
    return {
      unfreeze: () => record(() => null),
      freezeRows: (n: number) => record(() => ({ rows: n })),
      freezeColumns: (n: number) => record(() => ({ cols: n })),
      freezeAt: (range: RangeProxy) => record(() => ({ at: range.peekAddress() })),
    };
  }
  get pageLayout() {
    const set = (prop: string, value: unknown) =>
      this.rec.enqueue(60 + size(value), () => {
        const s = this.resolve();
        s.pageLayout[prop] = value;
        this.rec.recordWrite(s, '', `pageLayout/${prop}`, value);
      });
    return {
      set orientation(v: unknown) {
        set('orientation', v);
      },
      set paperSize(v: unknown) {
        set('paperSize', v);
      },
      set zoom(v: unknown) {
        set('zoom', v);
      },
      setPrintTitleRows: (rows: string) => set('printTitleRows', rows),
    };
  }
}

const CELL_READERS: Record<string, (cell: RecCell | undefined) => unknown> = {
  values: (c) => (c ? (c.v ?? '') : ''),
  formulas: (c) => (c ? (c.f ?? c.v ?? '') : ''),
  numberFormat: (c) => c?.nf ?? 'General',
  valueTypes: (c) => valueTypeOf(c),
};

class RangeProxy extends Loadable {
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
