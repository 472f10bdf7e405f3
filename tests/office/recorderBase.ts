/** Shared bits of the recorder proxies. */
/** Bytes Office.js would send for a value: its JSON in UTF-8 (Vietnamese letters take 2–3). */
export const size = (v: unknown) => (v === undefined ? 0 : Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8'));
export const notFound = (what: string) => Object.assign(new Error(`ItemNotFound: ${what}`), { code: 'ItemNotFound' });

/** Base for proxies whose properties become readable after load + sync. */
export class Loadable {
  data: Record<string, unknown> | null = null;
  protected read(prop: string): any {
    if (!this.data || !(prop in this.data))
      throw Object.assign(new Error(`PropertyNotLoaded: ${prop}`), { code: 'PropertyNotLoaded' });
    return this.data[prop];
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
}
