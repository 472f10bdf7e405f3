import { drain, runInSlices, type Steps } from './slices';

function* counting(n: number, log: string[]): Steps<number> {
  for (let i = 0; i < n; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return n;
}

describe('slices', () => {
  it('drain runs every step on one call stack', () => {
    const log: string[] = [];
    expect(drain(counting(3, log))).toBe(3);
    expect(log).toEqual(['step 0', 'step 1', 'step 2']);
  });

  it('runInSlices pauses between slices that used their budget, and not inside one', async () => {
    const log: string[] = [];
    const pause = jest.fn(async () => {
      log.push('pause');
    });
    await expect(runInSlices(counting(3, log), pause, 0)).resolves.toBe(3);
    expect(log).toEqual(['step 0', 'pause', 'step 1', 'pause', 'step 2', 'pause']);
    log.length = 0;
    pause.mockClear();
    await expect(runInSlices(counting(3, log), pause, 60_000)).resolves.toBe(3);
    expect(pause).not.toHaveBeenCalled();
  });
});
