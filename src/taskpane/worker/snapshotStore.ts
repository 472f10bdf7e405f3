import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../model/snapshot';

/** A sheet without its rows: what the page sends first, before the rows in slices. */
export type SheetHead = Omit<SheetSnapshot, 'rows'> & { rowCount: number };

/** Snapshots kept at once: the one being checked and the one before (its appendix may follow). */
const KEEP = 3;

/** Thrown when a snapshot was dropped (the page sends it again). */
export const SNAPSHOT_GONE = 'MTQG_SNAPSHOT_GONE';

/**
 * Snapshots assembled in the worker from slices: one structured clone of a 12,000-line plan
 * takes the page's thread half a second, a slice of a few hundred rows a few milliseconds.
 */
export class SnapshotStore {
  private readonly snapshots = new Map<number, WorkbookSnapshot>();

  begin(id: number, heads: SheetHead[]): void {
    const sheets = heads.map(({ rowCount, ...head }) => ({ ...head, rows: new Array<CellSnapshot[]>(rowCount) }));
    this.snapshots.set(id, { sheets });
    while (this.snapshots.size > KEEP) this.snapshots.delete(this.snapshots.keys().next().value as number);
  }

  addRows(id: number, sheet: number, start: number, rows: CellSnapshot[][]): void {
    const target = this.get(id).sheets[sheet];
    if (!target) throw new Error(`No sheet ${sheet} in snapshot ${id}`);
    for (let i = 0; i < rows.length; i++) target.rows[start + i] = rows[i];
  }

  get(id: number): WorkbookSnapshot {
    const snapshot = this.snapshots.get(id);
    if (!snapshot) throw new Error(SNAPSHOT_GONE);
    return snapshot;
  }
}
