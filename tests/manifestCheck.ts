// Offline checker for the add-in's XML manifest: well-formedness, OfficeApp element order,
// https URLs, resource ids, and this add-in's fixed choices (Excel only, read/write).
// Returns a list of problems (empty = fine) so tests can prove each rule rejects bad input.
import { DOMParser } from '@xmldom/xmldom';

const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const OFFICE_APP_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';

/** Child order of <OfficeApp> in the TaskPaneApp schema (offappmanifest 1.1). */
export const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'Dictionary',
  'VersionOverrides',
  'ExtendedOverrides',
] as const;

export const REQUIRED_ELEMENTS = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
] as const;

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

/** Which resource collection an element's resid must point into. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

const MAX_LENGTH: Record<string, number> = { ShortStrings: 125, LongStrings: 250, DisplayName: 125, Description: 250 };
const MAX_RESOURCE_ID_LENGTH = 32;
const ICON_SIZES = ['16', '32', '80'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;

function elementChildren(node: Element): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

function allElements(root: Element): Element[] {
  const out: Element[] = [root];
  for (const child of elementChildren(root)) out.push(...allElements(child));
  return out;
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(XSI_NS, 'type') || el.getAttribute('xsi:type');
}

function parse(xml: string): { doc?: Document; problems: string[] } {
  const problems: string[] = [];
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(`not well-formed XML: ${message}`);
      },
    }).parseFromString(xml, 'text/xml') as unknown as Document;
    return { doc, problems };
  } catch (err) {
    problems.push(`not well-formed XML: ${(err as Error).message}`);
    return { problems };
  }
}

function checkOrder(root: Element, problems: string[]): void {
  const names = elementChildren(root).map((e) => e.localName);
  for (const name of names) {
    if (!(OFFICE_APP_ORDER as readonly string[]).includes(name))
      problems.push(`unknown element <${name}> under <OfficeApp>`);
  }
  for (const req of REQUIRED_ELEMENTS) {
    const count = names.filter((n) => n === req).length;
    if (count === 0) problems.push(`missing required element <${req}>`);
    if (count > 1) problems.push(`element <${req}> appears ${count} times`);
  }
  const known = names.filter((n) => (OFFICE_APP_ORDER as readonly string[]).includes(n));
  for (let i = 1; i < known.length; i++) {
    const prev = OFFICE_APP_ORDER.indexOf(known[i - 1] as (typeof OFFICE_APP_ORDER)[number]);
    const cur = OFFICE_APP_ORDER.indexOf(known[i] as (typeof OFFICE_APP_ORDER)[number]);
    if (cur < prev) problems.push(`element order: <${known[i]}> must come before <${known[i - 1]}>`);
  }
}

function checkUrl(where: string, value: string | null, problems: string[]): void {
  if (!value) return void problems.push(`${where}: empty URL`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return void problems.push(`${where}: not a URL: ${value}`);
  }
  if (url.protocol !== 'https:') problems.push(`${where}: URL must be https: ${value}`);
}

const URL_VALUE_ELEMENTS = new Set(['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation']);

function checkUrls(elements: Element[], problems: string[]): void {
  for (const el of elements) {
    const name = el.localName;
    const inResources = el.parentNode && ['Images', 'Urls'].includes((el.parentNode as Element).localName);
    const holdsUrl =
      (URL_VALUE_ELEMENTS.has(name) && el.hasAttribute('DefaultValue')) || (inResources && el.hasAttribute('id'));
    if (holdsUrl)
      checkUrl(
        `<${name}${el.getAttribute('id') ? ` id="${el.getAttribute('id')}"` : ''}>`,
        el.getAttribute('DefaultValue'),
        problems,
      );
    if (name === 'AppDomain') checkUrl('<AppDomain>', (el.textContent ?? '').trim(), problems);
    // Any other attribute that looks like a URL (overrides, future elements) must be https too.
    for (const attr of ['DefaultValue', 'Value']) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !v.startsWith('https://') && !holdsUrl) {
        problems.push(`<${name}> ${attr}: URL must be https: ${v}`);
      }
    }
  }
}

function checkResources(elements: Element[], problems: string[]): void {
  const defined = new Map<string, ResourceKind>();
  const resources = elements.find((e) => e.localName === 'Resources');
  if (!resources) return void problems.push('VersionOverrides has no <Resources>');
  for (const group of elementChildren(resources)) {
    const kind = group.localName as ResourceKind;
    if (!['Images', 'Urls', 'ShortStrings', 'LongStrings'].includes(kind)) {
      problems.push(`unknown resource collection <${group.localName}>`);
      continue;
    }
    for (const item of elementChildren(group)) {
      const id = item.getAttribute('id') ?? '';
      if (!id) problems.push(`a resource in <${kind}> has no id`);
      else if (defined.has(id)) problems.push(`resource id "${id}" is defined twice`);
      else defined.set(id, kind);
      if (id.length > MAX_RESOURCE_ID_LENGTH)
        problems.push(`resource id "${id}" is longer than ${MAX_RESOURCE_ID_LENGTH} characters`);
      const max = MAX_LENGTH[kind];
      if (max) {
        const texts = [
          item.getAttribute('DefaultValue') ?? '',
          ...elementChildren(item).map((o) => o.getAttribute('Value') ?? ''),
        ];
        for (const t of texts) if (t.length > max) problems.push(`${kind} "${id}" is longer than ${max} characters`);
        if (!item.getAttribute('DefaultValue')) problems.push(`${kind} "${id}" has no DefaultValue`);
      }
    }
  }
  for (const el of elements) {
    const resid = el.getAttribute('resid');
    if (resid === null || resid === '') continue;
    const kind = defined.get(resid);
    const expected = RESID_KIND[el.localName];
    if (!kind) problems.push(`resid "${resid}" on <${el.localName}> is not defined in Resources`);
    else if (expected && kind !== expected)
      problems.push(`resid "${resid}" on <${el.localName}> must be in ${expected}, found in ${kind}`);
  }
}

function checkAddinChoices(root: Element, elements: Element[], problems: string[]): void {
  if (root.localName !== 'OfficeApp' || root.namespaceURI !== OFFICE_APP_NS)
    problems.push('root element must be <OfficeApp> in the appforoffice/1.1 namespace');
  if (xsiType(root) !== 'TaskPaneApp') problems.push('OfficeApp xsi:type must be TaskPaneApp');
  const top = (name: string) => elementChildren(root).find((e) => e.localName === name);
  const text = (name: string) => (top(name)?.textContent ?? '').trim();
  if (top('Id') && !GUID.test(text('Id'))) problems.push(`<Id> must be a GUID: ${text('Id')}`);
  if (top('Version') && !VERSION.test(text('Version')))
    problems.push(`<Version> must look like 1.0.0.0: ${text('Version')}`);
  for (const name of ['DisplayName', 'Description']) {
    const el = top(name);
    const v = el?.getAttribute('DefaultValue') ?? '';
    if (el && !v) problems.push(`<${name}> has no DefaultValue`);
    if (v.length > MAX_LENGTH[name]) problems.push(`<${name}> is longer than ${MAX_LENGTH[name]} characters`);
  }
  const hostNames = elementChildren(top('Hosts') ?? root)
    .filter((e) => e.localName === 'Host')
    .map((e) => e.getAttribute('Name'));
  if (top('Hosts') && (hostNames.length !== 1 || hostNames[0] !== 'Workbook'))
    problems.push(`<Hosts> must hold exactly Host Name="Workbook" (found ${hostNames.join(', ') || 'none'})`);
  if (top('Permissions') && text('Permissions') !== 'ReadWriteDocument')
    problems.push(`<Permissions> must be ReadWriteDocument (found ${text('Permissions')})`);
  const sets = elements.filter((e) => e.localName === 'Set').map((e) => e.getAttribute('Name'));
  if (top('Requirements') && !sets.includes('ExcelApi')) problems.push('<Requirements> must name the ExcelApi set');
  const vo = top('VersionOverrides');
  if (vo && xsiType(vo) !== 'VersionOverridesV1_0')
    problems.push('VersionOverrides xsi:type must be VersionOverridesV1_0');
  const voHosts = elements.filter((e) => e.localName === 'Host' && xsiType(e) !== null).map(xsiType);
  if (vo && (voHosts.length === 0 || voHosts.some((t) => t !== 'Workbook')))
    problems.push('VersionOverrides hosts must be xsi:type="Workbook"');
  for (const icon of elements.filter((e) => e.localName === 'Icon')) {
    const sizes = elementChildren(icon).map((i) => i.getAttribute('size') ?? '');
    if (sizes.join(',') !== ICON_SIZES.join(','))
      problems.push(`<Icon> must list images of sizes ${ICON_SIZES.join('/')} (found ${sizes.join('/')})`);
  }
}

/** All problems found in a manifest text; an empty list means the manifest is acceptable. */
export function checkManifest(xml: string): string[] {
  const { doc, problems } = parse(xml);
  if (!doc || problems.length > 0) return problems;
  const root = doc.documentElement;
  if (!root) return ['not well-formed XML: no root element'];
  const elements = allElements(root);
  checkAddinChoices(root, elements, problems);
  checkOrder(root, problems);
  checkUrls(elements, problems);
  checkResources(elements, problems);
  return problems;
}
