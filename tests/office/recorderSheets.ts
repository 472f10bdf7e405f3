// Worksheets of the Office.js stand-in (recorder.ts): the collection and one sheet's proxy.
import { RecSheet, breakSheetRefs, renameSheetRefs, parseAddress } from './recorderModel';
import { Loadable, size } from './recorderBase';
import { ConditionalFormatsProxy } from './recorderConditionalFormats';
import type { OfficeRecorder } from './recorder';
import { RangeProxy } from './recorderRange';

export class WorksheetCollectionProxy extends Loadable {
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
