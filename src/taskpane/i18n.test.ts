import { loadLang, saveLang, STRINGS, translate, LANG_STORAGE_KEY } from './i18n';

describe('i18n', () => {
  it('has both languages for every string, with the same placeholders', () => {
    for (const [key, { vi, en }] of Object.entries(STRINGS)) {
      expect([key, vi.trim().length > 0, en.trim().length > 0]).toEqual([key, true, true]);
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect([key, holes(vi)]).toEqual([key, holes(en)]);
    }
  });
  it('fills placeholders and leaves unknown ones', () => {
    expect(translate('vi', 'templatesCreated', { count: 4, names: 'A, B' })).toBe('Đã tạo 4 trang tính: A, B.');
    expect(translate('en', 'templatesCreated', { count: 4 })).toBe('Created 4 sheets: {names}.');
  });
  it('remembers the language, Vietnamese by default', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(loadLang(storage)).toBe('vi');
    saveLang('en', storage);
    expect(store.get(LANG_STORAGE_KEY)).toBe('en');
    expect(loadLang(storage)).toBe('en');
    store.set(LANG_STORAGE_KEY, 'fr');
    expect(loadLang(storage)).toBe('vi');
    expect(
      loadLang({
        getItem: () => {
          throw new Error('blocked');
        },
      }),
    ).toBe('vi');
  });
});
