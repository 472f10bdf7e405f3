import type { Remote } from 'comlink';
import type { WorkbookSnapshot } from '../../model/snapshot';
import { runInSlices, type Steps } from '../../host/xlsx/slices';
import type { CoreApi } from './coreApi';
import { SNAPSHOT_GONE, type SheetHead } from './snapshotStore';

/** Rows per message: a structured clone of a few milliseconds. */
const ROWS_PER_MESSAGE = 256;

type Uploader = Pick<Remote<CoreApi>, 'beginSnapshot' | 'addSnapshotRows'>;

/**
 * Sends a snapshot to the worker in slices (pausing so the page keeps painting) once, and
 * hands its id to every core call on it: the check and the workbook's state share one upload.
 */
export class SnapshotSender {
  private readonly ids = new WeakMap<WorkbookSnapshot, Promise<number>>();
  private nextId = 1;

  constructor(
    private readonly remote: Uploader,
    private readonly pause: () => Promise<void>,
  ) {}

  /** Runs `use` on the snapshot's id in the worker; sends it again if the worker dropped it. */
  async withStored<T>(snapshot: WorkbookSnapshot, use: (id: number) => Promise<T>): Promise<T> {
    try {
      return await use(await this.idOf(snapshot));
    } catch (error) {
      if (!String((error as { message?: unknown } | null)?.message ?? '').includes(SNAPSHOT_GONE)) throw error;
      this.ids.delete(snapshot);
      return use(await this.idOf(snapshot));
    }
  }

  private idOf(snapshot: WorkbookSnapshot): Promise<number> {
    let id = this.ids.get(snapshot);
    if (!id) {
      id = runInSlices(this.send(snapshot), this.pause).then((sent) => Promise.all(sent).then(() => sent.id));
      this.ids.set(snapshot, id);
      id.catch(() => this.ids.delete(snapshot));
    }
    return id;
  }

  /** Posts the heads, then the rows slice by slice (messages keep their order). */
  private *send(snapshot: WorkbookSnapshot): Steps<Promise<void>[] & { id: number }> {
    const id = this.nextId++;
    const heads: SheetHead[] = snapshot.sheets.map(({ rows, ...head }) => ({ ...head, rowCount: rows.length }));
    const sent = Object.assign([this.remote.beginSnapshot(id, heads)], { id });
    for (let s = 0; s < snapshot.sheets.length; s++) {
      const rows = snapshot.sheets[s].rows;
      for (let r = 0; r < rows.length; r += ROWS_PER_MESSAGE) {
        sent.push(this.remote.addSnapshotRows(id, s, r, rows.slice(r, r + ROWS_PER_MESSAGE)));
        yield;
      }
    }
    return sent;
  }
}
