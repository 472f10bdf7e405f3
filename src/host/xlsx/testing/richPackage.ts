import { strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Adds to an .xlsx (e.g. an mtqg template written by ExcelJS) what officers' real files
 * hold and ExcelJS cannot keep or even read: a sheet "Thuyết minh" with a chart and a
 * picture in a drawing written with a default namespace (as other tools write it: ExcelJS
 * 4.4 throws "Cannot read properties of undefined (reading 'anchors')" on it), comments,
 * data validation and conditional formats; a pivot table with its cache; an external link;
 * defined names; optionally a macro project (then the package is an .xlsm).
 */

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MACRO_WORKBOOK = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

/** A 1×1 PNG. */
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);

export interface RichOptions {
  /** Sheet whose figures the chart plots (quoted in the chart's formula). */
  dataSheet: string;
  macro?: boolean;
}

const rels = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS}">${items}</Relationships>`;

export function addRichParts(xlsx: Uint8Array, opts: RichOptions): Uint8Array {
  const files = unzipSync(xlsx);
  const text = (p: string) => new TextDecoder().decode(files[p]);
  const sheetCount = Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).length;
  const n = sheetCount + 1;
  const q = `'${opts.dataSheet.replace(/'/g, "''")}'`;

  files[`xl/worksheets/sheet${n}.xml`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${R}"><dimension ref="A1:B3"/>` +
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Thuyết minh kế hoạch</t></is></c></row>` +
      `<row r="2"><c r="A2"><v>5</v></c><c r="B2"><f>${q}!A1</f></c></row></sheetData>` +
      `<conditionalFormatting sqref="A2"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>3</formula></cfRule></conditionalFormatting>` +
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A3"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>` +
      `<drawing r:id="rId1"/><legacyDrawing r:id="rId3"/></worksheet>`,
  );
  files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = strToU8(
    rels(
      `<Relationship Id="rId1" Type="${R}/drawing" Target="/xl/drawings/drawing1.xml"/>` +
        `<Relationship Id="rId2" Type="${R}/comments" Target="/xl/comments1.xml"/>` +
        `<Relationship Id="rId3" Type="${R}/vmlDrawing" Target="/xl/drawings/vmlDrawing1.vml"/>` +
        `<Relationship Id="rId4" Type="${R}/pivotTable" Target="/xl/pivotTables/pivotTable1.xml"/>`,
    ),
  );
  files['xl/drawings/drawing1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
      `<oneCellAnchor><from><col>3</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from><ext cx="4800600" cy="2743200"/>` +
      `<graphicFrame macro=""><nvGraphicFramePr><cNvPr id="1" name="Biểu đồ 1"/><cNvGraphicFramePr/></nvGraphicFramePr><xfrm/>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></graphicFrame><clientData/></oneCellAnchor>` +
      `<oneCellAnchor><from><col>10</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from><ext cx="952500" cy="952500"/>` +
      `<pic><nvPicPr><cNvPr id="2" name="Ảnh 1"/><cNvPicPr/></nvPicPr><blipFill><a:blip xmlns:r="${R}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></blipFill>` +
      `<spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></spPr></pic><clientData/></oneCellAnchor></wsDr>`,
  );
  files['xl/drawings/_rels/drawing1.xml.rels'] = strToU8(
    rels(
      `<Relationship Id="rId1" Type="${R}/chart" Target="/xl/charts/chart1.xml"/>` +
        `<Relationship Id="rId2" Type="${R}/image" Target="/xl/media/image1.png"/>`,
    ),
  );
  files['xl/charts/chart1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
      `<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>` +
      `<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>${q}!$A$1:$A$3</c:f></c:numRef></c:val></c:ser>` +
      `<c:axId val="10"/><c:axId val="20"/></c:barChart><c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="20"/></c:catAx>` +
      `<c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="10"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
  );
  files['xl/media/image1.png'] = PNG;
  files['xl/comments1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS}"><authors><author>Cán bộ</author></authors>` +
      `<commentList><comment ref="A2" authorId="0"><text><t>Số liệu quý 3</t></text></comment></commentList></comments>`,
  );
  files['xl/drawings/vmlDrawing1.vml'] = strToU8(
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
      `<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>`,
  );
  files['xl/pivotCache/pivotCacheDefinition1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${NS}" xmlns:r="${R}" r:id="rId1" recordCount="1">` +
      `<cacheSource type="worksheet"><worksheetSource ref="A1:A2" sheet="Thuyết minh"/></cacheSource>` +
      `<cacheFields count="1"><cacheField name="Thuyết minh kế hoạch" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="5" maxValue="5"/></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  files['xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels'] = strToU8(
    rels(`<Relationship Id="rId1" Type="${R}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/>`),
  );
  files['xl/pivotCache/pivotCacheRecords1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${NS}" count="1"><r><n v="5"/></r></pivotCacheRecords>`,
  );
  files['xl/pivotTables/pivotTable1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${NS}" name="PivotTable1" cacheId="1" dataCaption="Values" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" createdVersion="6">` +
      `<location ref="F10:F11" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/><pivotFields count="1"><pivotField dataField="1" showAll="0"/></pivotFields>` +
      `<dataFields count="1"><dataField name="Sum" fld="0" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
  );
  files['xl/pivotTables/_rels/pivotTable1.xml.rels'] = strToU8(
    rels(`<Relationship Id="rId1" Type="${R}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/>`),
  );
  files['xl/externalLinks/externalLink1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="${NS}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Tổng hợp"/></sheetNames>` +
      `<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  files['xl/externalLinks/_rels/externalLink1.xml.rels'] = strToU8(
    rels(
      `<Relationship Id="rId1" Type="${R}/externalLinkPath" Target="file:///C:/KeHoach/tong-hop-tinh.xlsx" TargetMode="External"/>`,
    ),
  );
  if (opts.macro) files['xl/vbaProject.bin'] = Uint8Array.from({ length: 512 }, (_v, i) => (i * 37) % 256);

  // Workbook: the new sheet, external reference, defined names, pivot cache.
  let wb = text('xl/workbook.xml');
  const maxSheetId = Math.max(...[...wb.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1])));
  wb = wb.replace('</sheets>', `<sheet name="Thuyết minh" sheetId="${maxSheetId + 1}" r:id="rIdRich1"/></sheets>`);
  const tail =
    `<externalReferences><externalReference r:id="rIdRich2"/></externalReferences>` +
    `<definedNames><definedName name="VungThuyetMinh">'Thuyết minh'!$A$1:$B$3</definedName><definedName name="TongTinh">[1]'Tổng hợp'!$A$1</definedName></definedNames>`;
  wb = wb.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, '');
  wb = wb.replace('</sheets>', `</sheets>${tail}`);
  const pivot = `<pivotCaches><pivotCache cacheId="1" r:id="rIdRich3"/></pivotCaches>`;
  wb = /<calcPr[^>]*\/>/.test(wb)
    ? wb.replace(/(<calcPr[^>]*\/>)/, `$1${pivot}`)
    : wb.replace('</workbook>', `${pivot}</workbook>`);
  if (!wb.includes('xmlns:r=')) wb = wb.replace('<workbook ', `<workbook xmlns:r="${R}" `);
  files['xl/workbook.xml'] = strToU8(wb);
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    text('xl/_rels/workbook.xml.rels').replace(
      '</Relationships>',
      `<Relationship Id="rIdRich1" Type="${R}/worksheet" Target="worksheets/sheet${n}.xml"/>` +
        `<Relationship Id="rIdRich2" Type="${R}/externalLink" Target="externalLinks/externalLink1.xml"/>` +
        `<Relationship Id="rIdRich3" Type="${R}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>` +
        (opts.macro
          ? `<Relationship Id="rIdRich4" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`
          : '') +
        `</Relationships>`,
    ),
  );
  let types = text('[Content_Types].xml');
  const ov = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  const X = 'application/vnd.openxmlformats-officedocument';
  types = types.replace(
    '</Types>',
    (types.includes('Extension="png"') ? '' : `<Default Extension="png" ContentType="image/png"/>`) +
      (types.includes('Extension="vml"') ? '' : `<Default Extension="vml" ContentType="${X}.vmlDrawing"/>`) +
      (opts.macro ? `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>` : '') +
      ov(`/xl/worksheets/sheet${n}.xml`, `${X}.spreadsheetml.worksheet+xml`) +
      ov('/xl/drawings/drawing1.xml', `${X}.drawing+xml`) +
      ov('/xl/charts/chart1.xml', `${X}.drawingml.chart+xml`) +
      ov('/xl/comments1.xml', `${X}.spreadsheetml.comments+xml`) +
      ov('/xl/pivotCache/pivotCacheDefinition1.xml', `${X}.spreadsheetml.pivotCacheDefinition+xml`) +
      ov('/xl/pivotCache/pivotCacheRecords1.xml', `${X}.spreadsheetml.pivotCacheRecords+xml`) +
      ov('/xl/pivotTables/pivotTable1.xml', `${X}.spreadsheetml.pivotTable+xml`) +
      ov('/xl/externalLinks/externalLink1.xml', `${X}.spreadsheetml.externalLink+xml`) +
      '</Types>',
  );
  if (opts.macro) types = types.replace(/(PartName="\/xl\/workbook\.xml" ContentType=")[^"]+"/, `$1${MACRO_WORKBOOK}"`);
  files['[Content_Types].xml'] = strToU8(types);
  return zipSync(files);
}
