import type { ExcelRun } from './officeRun';

/** How long after our own write its change events are still ours (Excel sends them after the sync). */
export const OWN_WRITE_GRACE_MS = 1500;

/** What the host needs from Office.js's WorksheetChangedEventArgs. */
interface ChangedArgs {
  /** 'ThisLocalAddin' from ExcelApi 1.14: the change came from this add-in. */
  triggerSource?: string;
}
interface HandlerResult {
  remove(): void;
  context: Excel.RequestContext;
}

/**
 * "The workbook has changed since": one WorksheetCollection.onChanged handler (ExcelApi 1.9)
 * shared by every listener, removed when the last one leaves. Our own writes (templates,
 * highlights, reports) are not the user's: their events are dropped while a write runs and
 * for a short grace after it (Excel sends them after the sync; `triggerSource` says so only
 * from ExcelApi 1.14). An Excel without the event simply never reports a change.
 */
export class WorkbookChanges {
  private readonly listeners = new Set<() => void>();
  private handler: Promise<HandlerResult | null> | null = null;
  private writes = 0;
  private quietUntil = 0;

  constructor(
    private readonly run: ExcelRun,
    private readonly now: () => number = Date.now,
    /** Runs the removal in the handler's own context (Office.js: Excel.run(result.context, …)). */
    private readonly runIn: (result: HandlerResult, batch: () => Promise<void>) => Promise<void> = defaultRunIn,
  ) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    this.handler ??= this.register();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.unregister();
    };
  }

  /** Runs one of our writes: its change events are not reported as the user's. */
  async ownWrite<T>(write: () => Promise<T>): Promise<T> {
    this.writes += 1;
    try {
      return await write();
    } finally {
      this.writes -= 1;
      this.quietUntil = this.now() + OWN_WRITE_GRACE_MS;
    }
  }

  /** A change made on the user's request through the pane (e.g. a detail row): reported. */
  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private onChanged(args: ChangedArgs): void {
    if (args?.triggerSource === 'ThisLocalAddin') return;
    if (this.writes > 0 || this.now() < this.quietUntil) return;
    this.notify();
  }

  private register(): Promise<HandlerResult | null> {
    return this.run(async (context) => {
      const event = (
        context.workbook.worksheets as { onChanged?: { add(h: (a: ChangedArgs) => Promise<void>): unknown } }
      ).onChanged;
      if (!event) return null;
      const result = event.add(async (args) => this.onChanged(args)) as HandlerResult;
      await context.sync();
      return result;
    }).catch(() => null); // An Excel without the event (or refusing it): no change tracking, no error.
  }

  private unregister(): void {
    const pending = this.handler;
    this.handler = null;
    void pending?.then(async (result) => {
      if (result)
        await this.runIn(result, async () => {
          result.remove();
          await result.context.sync();
        }).catch(() => undefined);
    });
  }
}

function defaultRunIn(result: HandlerResult, batch: () => Promise<void>): Promise<void> {
  if (typeof Excel === 'undefined') return batch();
  return (Excel.run as unknown as (ctx: unknown, b: () => Promise<void>) => Promise<void>)(result.context, batch);
}
