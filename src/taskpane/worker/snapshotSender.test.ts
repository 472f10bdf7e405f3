import type { WorkbookSnapshot } from '../../model/snapshot';
import { SnapshotSender } from './snapshotSender';
import { SnapshotStore } from './snapshotStore';

function bigSnapshot(rows: number): WorkbookSnapshot {
  return {
    sheets: [
      { name: 'Nhỏ', rows: [[{ v: 'a', t: 's' }]], merges: ['A1:B1'] },
      {
        name: 'Lớn',
        rows: Array.from({ length: rows }, (_, r) => [
          { v: r, t: 'n' as const },
          { v: `x${r}`, t: 's' as const },
        ]),
        hiddenRows: [3],
      },
    ],
  };
}

/** A worker stand-in: the real store behind async calls, counting the messages. */
function fakeRemote(store = new SnapshotStore()) {
  const calls: string[] = [];
  return {
    store,
    calls,
    remote: {
      beginSnapshot: jest.fn(async (id: number, heads: Parameters<SnapshotStore['begin']>[1]) => {
        calls.push(`begin ${id}`);
        store.begin(id, heads);
      }),
      addSnapshotRows: jest.fn(async (...args: Parameters<SnapshotStore['addRows']>) => {
        calls.push(`rows ${args[0]}/${args[1]}@${args[2]}`);
        store.addRows(...args);
      }),
    },
  };
}

describe('SnapshotSender', () => {
  it('sends a large snapshot in slices that the worker assembles into the same snapshot', async () => {
    const { remote, store, calls } = fakeRemote();
    const sender = new SnapshotSender(remote as never, async () => undefined);
    const snapshot = bigSnapshot(1000);
    const assembled = await sender.withStored(snapshot, async (id) => store.get(id));
    expect(assembled).toEqual(snapshot);
    // 1 head + 1 slice of the small sheet + 4 slices of 1,000 rows (256 a message).
    expect(calls).toEqual(['begin 1', 'rows 1/0@0', 'rows 1/1@0', 'rows 1/1@256', 'rows 1/1@512', 'rows 1/1@768']);
  });

  it('uploads once for every call on the same snapshot, and again after the worker dropped it', async () => {
    const { remote, store } = fakeRemote();
    const sender = new SnapshotSender(remote as never, async () => undefined);
    const snapshot = bigSnapshot(10);
    const [a, b] = await Promise.all([
      sender.withStored(snapshot, async (id) => id),
      sender.withStored(snapshot, async (id) => store.get(id) && id),
    ]);
    expect(a).toBe(b);
    expect(remote.beginSnapshot).toHaveBeenCalledTimes(1);
    // Three newer snapshots push this one out of the worker's store: it is sent again.
    for (let i = 0; i < 3; i++) store.begin(100 + i, []);
    await expect(sender.withStored(snapshot, async (id) => store.get(id).sheets[1].rows.length)).resolves.toBe(10);
    expect(remote.beginSnapshot).toHaveBeenCalledTimes(2);
  });
});
