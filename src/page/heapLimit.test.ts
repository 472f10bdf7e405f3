import { browserHeapLimit } from './heapLimit';

it('reads Chromium’s heap limit; anything else (Firefox, Safari, a bad value) is no limit', () => {
  expect(browserHeapLimit({ memory: { jsHeapSizeLimit: 3_760_000_000 } })).toBe(3_760_000_000);
  expect(browserHeapLimit({})).toBeUndefined();
  expect(browserHeapLimit(undefined)).toBeUndefined();
  expect(browserHeapLimit({ memory: { jsHeapSizeLimit: '4GB' } })).toBeUndefined();
  expect(browserHeapLimit({ memory: { jsHeapSizeLimit: 0 } })).toBeUndefined();
});
