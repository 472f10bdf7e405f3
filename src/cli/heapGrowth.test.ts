import v8 from 'v8';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import { runAppendix } from './appendixCommand';
import { runValidate } from './validateCommand';
import { boundHeapGrowth, HEAP_GROWING_PERCENT } from './heapGrowth';

/** Validate and appendix bound V8's heap growth before they read (the 200,000-line peaks: `npm run bench`). */
describe('boundHeapGrowth', () => {
  const quiet = () => new Writable({ write: (_c, _e, done) => done() });

  it('sets the growing percent V8 reads at each limit', () => {
    const spy = jest.spyOn(v8, 'setFlagsFromString');
    try {
      boundHeapGrowth(40);
      expect(spy).toHaveBeenCalledWith('--heap-growing-percent=40');
    } finally {
      spy.mockRestore();
      boundHeapGrowth(0); // V8's own heuristic again for the rest of this worker
    }
  });

  it('is set by mtqg validate before the workbook is read', async () => {
    const spy = jest.spyOn(v8, 'setFlagsFromString');
    try {
      await expect(runValidate('/khong-co/ke-hoach.xlsx', {}, quiet())).rejects.toThrow();
      expect(spy).toHaveBeenCalledWith(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    } finally {
      spy.mockRestore();
      v8.setFlagsFromString('--heap-growing-percent=0');
    }
  });

  it('is set by mtqg appendix before the workbook is read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mtqg-heap-'));
    const spy = jest.spyOn(v8, 'setFlagsFromString');
    try {
      // A missing input: the read fails after the bound is set.
      await expect(
        runAppendix(
          path.join(dir, 'khong-co.xlsx'),
          { out: path.join(dir, 'out.xlsx') },
          { out: quiet(), err: quiet() },
        ),
      ).rejects.toThrow();
      expect(spy).toHaveBeenCalledWith(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    } finally {
      spy.mockRestore();
      v8.setFlagsFromString('--heap-growing-percent=0');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
