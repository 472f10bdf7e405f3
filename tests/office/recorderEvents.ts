/**
 * WorksheetCollection.onChanged in the recording Excel model. Like Excel, the events come
 * after the sync that made the change (on a later task), for the add-in's writes as well as
 * the user's; `triggerSource` is left out, as in Excel before ExcelApi 1.14.
 */
export interface ChangedArgs {
  type: 'WorksheetChanged';
  source: 'Local' | 'Remote';
  changeType: string;
  worksheetId: string;
  address: string;
  triggerSource?: 'ThisLocalAddin' | 'Unknown';
}
type Handler = (args: ChangedArgs) => Promise<unknown>;

export class RecorderEvents {
  readonly handlers = new Set<Handler>();
  /** Off: an Excel without the event (the collection has no onChanged). */
  supported = true;
  private inFlight: Promise<void>[] = [];

  /** The `worksheets.onChanged` object for one request context. */
  onChanged(context: unknown): { add(handler: Handler): { remove(): void; context: unknown } } {
    return {
      add: (handler) => {
        this.handlers.add(handler);
        return { context, remove: () => this.handlers.delete(handler) };
      },
    };
  }

  /** Sends a change event to every handler on a later task. */
  fire(sheet: string, address: string): void {
    const args: ChangedArgs = {
      type: 'WorksheetChanged',
      source: 'Local',
      changeType: 'RangeEdited',
      worksheetId: `{${sheet}}`,
      address,
    };
    this.inFlight.push(
      new Promise<void>((resolve) => setTimeout(resolve, 0)).then(async () => {
        for (const h of [...this.handlers]) await h(args);
      }),
    );
  }

  /** Waits until every event sent so far was handled. */
  async settle(): Promise<void> {
    const pending = this.inFlight;
    this.inFlight = [];
    await Promise.all(pending);
  }
}
