import { RecSheet, rectAddress, type RecCell, type Rect } from './recorderModel';
import { notFound, size } from './recorderBase';
import { RecorderEvents } from './recorderEvents';
import { WorksheetCollectionProxy } from './recorderSheets';

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
