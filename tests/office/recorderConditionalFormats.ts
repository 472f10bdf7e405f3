import { intersects, rectAddress, type RecConditionalFormat, type RecSheet, type Rect } from './recorderModel';
import { Loadable, notFound, size } from './recorderBase';
import type { OfficeRecorder } from './recorder';

/** Conditional formats of the recorder: enough for highlights (add, load, getItem, delete). */
export class ConditionalFormatsProxy {
  private loadedItems: ConditionalFormatProxy[] | null = null;
  constructor(
    private rec: OfficeRecorder,
    private resolve: () => { sheet: RecSheet; areas: Rect[] },
    private address: string,
  ) {}
  load(props: string) {
    this.rec.enqueue(60, () => {
      if (this.rec.rejectCustomOrNullObject && props.includes('customOrNullObject')) {
        throw Object.assign(new Error('InvalidArgument: customOrNullObject'), { code: 'InvalidArgument' });
      }
      const { sheet, areas } = this.resolve();
      const hits = sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => areas.some((b) => intersects(a, b))));
      this.loadedItems = hits.map((cf) => ConditionalFormatProxy.loaded(this.rec, sheet, cf));
      return hits.map((cf) => ({ id: cf.id, type: cf.type, formula: cf.formula }));
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
      const cf: RecConditionalFormat = { id: this.rec.nextConditionalFormatId(), type, areas };
      sheet.conditionalFormats.unshift(cf);
      this.rec.recordWrite(sheet, this.address || areas.map(rectAddress).join(','), 'conditionalFormats/add', type);
      proxy.bind(sheet, cf);
    });
    return proxy;
  }
  getItem(id: string) {
    const proxy = new ConditionalFormatProxy(this.rec, null);
    this.rec.enqueue(40, () => {
      const { sheet } = this.resolve();
      const cf = sheet.conditionalFormats.find((x) => x.id === id);
      if (!cf) throw notFound(`conditional format ${id}`);
      proxy.bind(sheet, cf);
    });
    return proxy;
  }
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
  static loaded(rec: OfficeRecorder, sheet: RecSheet, cf: RecConditionalFormat) {
    const p = new ConditionalFormatProxy(rec, { sheet, cf });
    p.data = {
      id: cf.id,
      type: cf.type,
      isNullObject: false,
      customOrNullObject:
        cf.type === 'Custom' ? { isNullObject: false, rule: { formula: cf.formula ?? '' } } : { isNullObject: true },
    };
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
  load(_props: string) {
    this.rec.enqueue(40, () => {
      const { cf } = this.must();
      this.data = { id: cf.id, type: cf.type, isNullObject: false };
      return { id: cf.id };
    });
    return this;
  }
  delete() {
    this.rec.enqueue(40, () => {
      const { sheet, cf } = this.must();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
      this.rec.recordWrite(sheet, cf.areas.map(rectAddress).join(','), 'conditionalFormats/delete', cf.id);
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
