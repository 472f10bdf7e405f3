import { z } from 'zod';
import { CATALOG_LINES, catalogLinesSchema, parentCode, type CatalogLine } from './lines';
import { SOURCES, sourcesSchema, type Source, type SourceKey } from './sources';
import { ELIGIBILITY, eligibilityTableSchema, type EligibilityEntry } from './eligibility';
import { COUNTERPART_TIERS, counterpartTiersSchema, type CounterpartTier } from './counterpart';
import {
  INDICATORS,
  INDICATOR_FUNDING_LINKS,
  indicatorsSchema,
  indicatorFundingLinkSchema,
  type Indicator,
  type IndicatorFundingLink,
} from './indicators';
import { officialStt } from './stt';

/** One source of truth for templates, validation and appendices, validated at load. */
export const catalogDataSchema = z
  .object({
    lines: catalogLinesSchema,
    sources: sourcesSchema,
    eligibility: eligibilityTableSchema,
    counterpartTiers: counterpartTiersSchema,
    indicators: indicatorsSchema,
    indicatorFundingLinks: z.array(indicatorFundingLinkSchema),
  })
  .superRefine((data, ctx) => {
    const lineCodes = new Set(data.lines.map((l) => l.code));
    const eligible = new Set(data.eligibility.map((e) => e.code));
    for (const code of lineCodes) {
      if (!eligible.has(code))
        ctx.addIssue({ code: 'custom', path: ['eligibility'], message: `no eligibility entry for ${code}` });
    }
    for (const code of eligible) {
      if (!lineCodes.has(code))
        ctx.addIssue({ code: 'custom', path: ['eligibility'], message: `eligibility entry for unknown line ${code}` });
    }
    const indicatorCodes = new Set(data.indicators.map((i) => i.code));
    for (const link of data.indicatorFundingLinks) {
      if (!lineCodes.has(link.line))
        ctx.addIssue({ code: 'custom', path: ['indicatorFundingLinks'], message: `link to unknown line ${link.line}` });
      for (const ind of link.indicators) {
        if (!indicatorCodes.has(ind))
          ctx.addIssue({
            code: 'custom',
            path: ['indicatorFundingLinks'],
            message: `link to unknown indicator ${ind}`,
          });
      }
    }
  });
export type CatalogData = z.infer<typeof catalogDataSchema>;

/** A catalog line placed in the hierarchy, with what templates and checks derive from it. */
export interface CatalogNode extends CatalogLine {
  parent: string | null;
  children: string[];
  depth: number;
  stt: string;
  isLeaf: boolean;
}

export interface Catalog {
  data: CatalogData;
  /** Lines in hierarchy (template row) order. */
  nodes: CatalogNode[];
  byCode: Map<string, CatalogNode>;
  sources: Source[];
  sourceByKey: Map<SourceKey, Source>;
  eligibilityByCode: Map<string, EligibilityEntry>;
  counterpartTiers: CounterpartTier[];
  indicators: Indicator[];
  indicatorByCode: Map<string, Indicator>;
  indicatorFundingLinks: IndicatorFundingLink[];
}

export function buildCatalog(raw: unknown): Catalog {
  const data = catalogDataSchema.parse(raw);
  const byCode = new Map<string, CatalogNode>();
  const nodes: CatalogNode[] = [];
  const siblingCount = new Map<string | null, number>();
  const paths = new Map<string, number[]>();
  for (const line of data.lines) {
    const parent = parentCode(line.code);
    const position = (siblingCount.get(parent) ?? 0) + 1;
    siblingCount.set(parent, position);
    const parentNode = parent ? byCode.get(parent)! : null;
    const path = parent ? [...paths.get(parent)!, position] : [position];
    paths.set(line.code, path);
    const node: CatalogNode = {
      ...line,
      parent,
      children: [],
      depth: path.length,
      stt: officialStt(path),
      isLeaf: true,
    };
    if (parentNode) {
      parentNode.children.push(line.code);
      parentNode.isLeaf = false;
    }
    byCode.set(line.code, node);
    nodes.push(node);
  }
  return {
    data,
    nodes,
    byCode,
    sources: data.sources,
    sourceByKey: new Map(data.sources.map((s) => [s.key, s])),
    eligibilityByCode: new Map(data.eligibility.map((e) => [e.code, e])),
    counterpartTiers: data.counterpartTiers,
    indicators: data.indicators,
    indicatorByCode: new Map(data.indicators.map((i) => [i.code, i])),
    indicatorFundingLinks: data.indicatorFundingLinks,
  };
}

export const CATALOG_DATA = {
  lines: CATALOG_LINES,
  sources: SOURCES,
  eligibility: ELIGIBILITY,
  counterpartTiers: COUNTERPART_TIERS,
  indicators: INDICATORS,
  indicatorFundingLinks: INDICATOR_FUNDING_LINKS,
};

/** The program catalog, parsed and checked once at module load. */
export const catalog: Catalog = buildCatalog(CATALOG_DATA);
