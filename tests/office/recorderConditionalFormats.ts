import { intersects, rectAddress, type RecConditionalFormat, type RecSheet, type Rect } from './recorderModel';
import { Loadable, notFound, size } from './recorderBase';
import type { OfficeRecorder } from './recorder';

/**
 * Conditional formats of the recorder: add, load, getItem, delete, clearAll. As in Excel, a
 * format's id is its POSITION on the sheet (0 = top priority), so ids shift when a format is
 * added or deleted: an id kept from an earlier run may name another (a user's) format.
 */
export class ConditionalFormatsProxy {
  private loadedItems: ConditionalFormatProxy[] | null = null;
  constructor(
    private rec: OfficeRecorder,
    private resolve: () => { sheet: RecSheet; areas: Rect[] },
    private address: string,
  ) {}
  load(props: string) {
    this.rec.enqueue(60, () => {
      const withRule = props.includes('customOrNullObject');
      if (this.rec.rejectCustomOrNullObject && withRule) {
        throw Object.assign(new Error('InvalidArgument: customOrNullObject'), { code: 'InvalidArgument' });
      }
      const { sheet, areas } = this.resolve();
      const hits = sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => areas.some((b) => intersects(a, b))));
      if (withRule && hits.some((cf) => cf.unreadable))
        throw Object.assign(new Error('GeneralException: a rule could not be read'), { code: 'GeneralException' });
      this.loadedItems = hits.map((cf) => ConditionalFormatProxy.loaded(this.rec, sheet, cf, withRule));
      return hits.map((cf) => ({ id: idOf(sheet, cf), type: cf.type, formula: cf.formula }));
    });
    return this;
  }
  get items(): ConditionalFormatProxy[] {
    if (!this.loadedItems) throw Object.assign(new Error('PropertyNotLoaded: items'), { code: 'PropertyNotLoaded' });
    return this.loadedItems;
  }
  add(type: string) {
    const proxy = new ConditionalFormatProxy(this.rec, null);
    this.rec.enqueue(60 + size(this.address), () => {
      const { sheet, areas } = this.resolve();
      const cf: RecConditionalFormat = { tag: this.rec.nextConditionalFormatId(), type, areas };
      sheet.conditionalFormats.unshift(cf); // a new format goes on top
      this.rec.recordWrite(sheet, this.address || areas.map(rectAddress).join(','), 'conditionalFormats/add', type);
      proxy.bind(sheet, cf);
    });
    return proxy;
  }
  getItem(id: string) {
    const proxy = new ConditionalFormatProxy(this.rec, null);
    this.rec.enqueue(40, () => {
      const { sheet } = this.resolve();
      const cf = sheet.conditionalFormats[Number(id)];
      if (!/^\d+$/.test(id) || !cf) throw notFound(`conditional format ${id}`);
      proxy.bind(sheet, cf);
    });
    return proxy;
  }
  clearAll() {
    this.rec.enqueue(40, () => {
      const { sheet, areas } = this.resolve();
      sheet.conditionalFormats = sheet.conditionalFormats.filter(
        (cf) => !cf.areas.some((a) => areas.some((b) => intersects(a, b))),
      );
      this.rec.recordWrite(
        sheet,
        this.address || areas.map(rectAddress).join(','),
        'conditionalFormats/clearAll',
        true,
      );
    });
  }
}

function idOf(sheet: RecSheet, cf: RecConditionalFormat): string {
  return String(sheet.conditionalFormats.indexOf(cf));
}

class ConditionalFormatProxy extends Loadable {
  private target: { sheet: RecSheet; cf: RecConditionalFormat } | null = null;
  constructor(
    private rec: OfficeRecorder,
    target: { sheet: RecSheet; cf: RecConditionalFormat } | null,
  ) {
    super();
    this.target = target;
  }
  static loaded(rec: OfficeRecorder, sheet: RecSheet, cf: RecConditionalFormat, withRule = true) {
    const p = new ConditionalFormatProxy(rec, { sheet, cf });
    p.data = { id: idOf(sheet, cf), type: cf.type, isNullObject: false };
    if (withRule) p.data.customOrNullObject = ruleOf(cf);
    return p;
  }
  bind(sheet: RecSheet, cf: RecConditionalFormat) {
    this.target = { sheet, cf };
  }
  private must() {
    if (!this.target) throw new Error('recorder: conditional format not resolved');
    return this.target;
  }
  get id(): string {
    return this.read('id');
  }
  get type(): string {
    return this.read('type');
  }
  get customOrNullObject(): any {
    return this.read('customOrNullObject');
  }
  load(props = '') {
    this.rec.enqueue(40, () => {
      const { sheet, cf } = this.must();
      const data: Record<string, unknown> = { id: idOf(sheet, cf), type: cf.type, isNullObject: false };
      if (props.includes('customOrNullObject')) {
        if (cf.unreadable)
          throw Object.assign(new Error('GeneralException: a rule could not be read'), { code: 'GeneralException' });
        data.customOrNullObject = ruleOf(cf);
      }
      this.data = data;
      return data;
    });
    return this;
  }
  delete() {
    this.rec.enqueue(40, () => {
      const { sheet, cf } = this.must();
      if (!sheet.conditionalFormats.includes(cf)) throw notFound('conditional format');
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
      this.rec.recordWrite(sheet, cf.areas.map(rectAddress).join(','), 'conditionalFormats/delete', cf.tag);
    });
  }
  get custom() {
    const set = (apply: (cf: RecConditionalFormat) => void, prop: string, value: unknown) =>
      this.rec.enqueue(60 + size(value), () => {
        const { sheet, cf } = this.must();
        apply(cf);
        this.rec.recordWrite(sheet, cf.areas.map(rectAddress).join(','), prop, value);
      });
    return {
      rule: {
        set formula(v: string) {
          set(
            (cf) => {
              cf.formula = v;
            },
            'conditionalFormat/custom/rule/formula',
            v,
          );
        },
      },
      format: {
        fill: {
          set color(v: string) {
            set(
              (cf) => {
                cf.fill = v;
              },
              'conditionalFormat/custom/format/fill/color',
              v,
            );
          },
        },
      },
    };
  }
}

function ruleOf(cf: RecConditionalFormat) {
  return cf.type === 'Custom' ? { isNullObject: false, rule: { formula: cf.formula ?? '' } } : { isNullObject: true };
}
