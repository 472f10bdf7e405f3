/** Shared bits of the recorder proxies. */
export const size = (v: unknown) => (v === undefined ? 0 : JSON.stringify(v).length);
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
