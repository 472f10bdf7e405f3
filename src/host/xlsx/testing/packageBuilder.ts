import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Builds .xlsx packages part by part in tests (what other tools write: openpyxl, Excel),
 * so readers and the whole-package writer meet parts ExcelJS never produces.
 */

export interface PackageSheet {
  name: string;
  xml: string;
  state?: 'hidden' | 'veryHidden';
  /** Relationships of the sheet part (e.g. a drawing), as <Relationship> elements. */
  rels?: string;
}

export interface PackageSpec {
  sheets: PackageSheet[];
  /** Each entry: plain text, or the raw inner XML of <si> when it starts with '<'. */
  sharedStrings?: string[];
  numFmts?: Array<{ id: number; code: string }>;
  /** numFmtId of each cellXfs entry (index = style id). */
  cellXfs?: number[];
  /** More parts: path → content. */
  parts?: Record<string, string | Uint8Array>;
  /** More [Content_Types].xml entries (<Override>/<Default> elements). */
  contentTypes?: string;
  /** More workbook relationships (<Relationship> elements). */
  workbookRels?: string;
  /** XML placed after </sheets> in workbook.xml (definedNames, pivotCaches, externalReferences). */
  workbookTail?: string;
  /** Main content type of the workbook part (xlsm: macroEnabled). */
  workbookContentType?: string;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function packageParts(spec: PackageSpec): Record<string, Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  const wbType =
    spec.workbookContentType ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
  files['[Content_Types].xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${wbType}"/>` +
    spec.sheets
      .map(
        (_s, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
    (spec.contentTypes ?? '') +
    `</Types>`;
  files['_rels/.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  files['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${R}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>` +
    spec.sheets
      .map(
        (s, i) =>
          `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rIdS${i + 1}"/>`,
      )
      .join('') +
    `</sheets>${spec.workbookTail ?? ''}<calcPr calcId="191029"/></workbook>`;
  files['xl/_rels/workbook.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    spec.sheets
      .map((_s, i) => `<Relationship Id="rIdS${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('') +
    `<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rIdStrings" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` +
    (spec.workbookRels ?? '') +
    `</Relationships>`;
  spec.sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = s.xml;
    if (s.rels) {
      files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] =
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${s.rels}</Relationships>`;
    }
  });
  const strings = spec.sharedStrings ?? [];
  files['xl/sharedStrings.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si>${s.startsWith('<') ? s : `<t xml:space="preserve">${esc(s)}</t>`}</si>`).join('') +
    `</sst>`;
  const fmts = spec.numFmts ?? [];
  const xfs = spec.cellXfs ?? [0];
  files['xl/styles.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}">` +
    (fmts.length
      ? `<numFmts count="${fmts.length}">${fmts.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${esc(f.code)}"/>`).join('')}</numFmts>`
      : '') +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`).join('')}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  Object.assign(files, spec.parts ?? {});
  const zippable: Zippable = {};
  for (const [k, v] of Object.entries(files)) zippable[k] = typeof v === 'string' ? strToU8(v) : v;
  return zippable as Record<string, Uint8Array>;
}

export function minimalPackage(spec: PackageSpec): Uint8Array {
  return zipSync(packageParts(spec));
}
