import { detectHostEnvironment, looksHostedInOffice, type OfficeLike } from './hostDetection';

const EXCEL = 'Excel';
function office(onReady: OfficeLike['onReady']): OfficeLike {
  return { onReady, HostType: { Excel: EXCEL } };
}
const ok = () => ({ ok: true, missing: [] });

describe('detectHostEnvironment', () => {
  it('is the preview without Office.js', async () => {
    await expect(detectHostEnvironment({ office: undefined, checkRequirements: ok })).resolves.toEqual({
      kind: 'preview',
    });
  });
  it('is Excel when Office says so and requirements are met', async () => {
    await expect(
      detectHostEnvironment({ office: office((cb) => cb?.({ host: EXCEL, platform: 'PC' })), checkRequirements: ok }),
    ).resolves.toEqual({ kind: 'excel' });
  });
  it('lists missing requirement sets', async () => {
    const env = await detectHostEnvironment({
      office: office((cb) => cb?.({ host: EXCEL, platform: 'PC' })),
      checkRequirements: () => ({ ok: false, missing: ['ExcelApi 1.9'] }),
    });
    expect(env).toEqual({ kind: 'excel-unsupported', missing: ['ExcelApi 1.9'] });
  });
  it('is the preview in a plain browser (host null) and when onReady never fires', async () => {
    await expect(
      detectHostEnvironment({ office: office((cb) => cb?.({ host: null, platform: null })), checkRequirements: ok }),
    ).resolves.toEqual({ kind: 'preview' });
    const started = Date.now();
    await expect(
      detectHostEnvironment({ office: office(() => undefined), checkRequirements: ok, timeoutMs: 50 }),
    ).resolves.toEqual({ kind: 'preview' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });
  it('survives an onReady that throws', async () => {
    await expect(
      detectHostEnvironment({
        office: office(() => {
          throw new Error('x');
        }),
        checkRequirements: ok,
      }),
    ).resolves.toEqual({ kind: 'preview' });
  });
});

describe('detectHostEnvironment inside an Office webview', () => {
  it('never falls back to the preview: says "connecting" and asks onReady again until Excel answers', async () => {
    let calls = 0;
    let answer: ((info: { host: unknown; platform: unknown }) => void) | undefined;
    const slow: number[] = [];
    const env = detectHostEnvironment({
      office: office((cb) => {
        calls += 1;
        answer = cb;
      }),
      checkRequirements: ok,
      timeoutMs: 20,
      hosted: true,
      onSlow: (n) => slow.push(n),
    });
    // Polled, not one fixed wait: on a loaded machine the 20 ms timers fire late (a 90 ms wait failed there).
    for (let waited = 0; (slow.length < 2 || calls < 2) && waited < 5000; waited += 10)
      await new Promise((r) => setTimeout(r, 10));
    expect(slow.length).toBeGreaterThanOrEqual(2);
    expect(calls).toBeGreaterThanOrEqual(2);
    answer?.({ host: EXCEL, platform: 'PC' });
    await expect(env).resolves.toEqual({ kind: 'excel' });
  });
});

describe('looksHostedInOffice', () => {
  it('recognises frames and Office webviews', () => {
    const self = {};
    expect(looksHostedInOffice({ top: self, self })).toBe(false);
    const w = { self: {} as unknown, top: {} as unknown };
    expect(looksHostedInOffice(w)).toBe(true);
    const wv = { chrome: { webview: {} } } as { top?: unknown; self?: unknown; chrome: unknown };
    wv.top = wv;
    wv.self = wv;
    expect(looksHostedInOffice(wv)).toBe(true);
  });
});
