import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { getText, OnlineSourceError, throttle, type HttpOptions } from './http';

/**
 * Samenwerkende Catalogi: the national index of every gemeente's product pages, searchable
 * through overheid.nl's SRU 1.2 service (x-connection=sc; data set "Producten en Diensten",
 * CC0). The request and response are documented at https://zoekdienst-sc.github.io
 * (openapi.yaml) and in Logius' "Informatie Publicatie Model Samenwerkende Catalogi 4.0"; the
 * CQL indexes (authority, keyword, title, abstract, modified, ...) and the paging limit of 50
 * records follow the pattern in GitHub jelleschut/sociale-kaart-rag
 * (src/Ingest/Sources/SamenwerkendeCatalogiSource.cs). A response is a
 * `searchRetrieveResponse` with `numberOfRecords` and `records/record/recordData/gzd/
 * originalData/scproduct/meta` holding `owmskern` (dcterms:identifier = the page URL,
 * dcterms:title, dcterms:modified, overheid:authority = the gemeente), `owmsmantel`
 * (dcterms:abstract) and `scmeta` (productID, uniformeProductnaam).
 */

export const SC_ENDPOINT = 'https://zoekdienst.overheid.nl/sru/Search';

/** The most records one request may ask for. */
export const SC_PAGE_SIZE = 50;

/** One product page of a gemeente. */
export interface ScRecord {
  /** The page URL (dcterms:identifier). */
  url: string;
  title: string;
  abstract: string;
  /** dcterms:modified, YYYY-MM-DD when given. */
  modified?: string;
  /** The publishing organisation's name (overheid:authority), e.g. "Loon op Zand". */
  authority?: string;
  authorityUri?: string;
  /** Its scheme: "overheid:Gemeente" for a gemeente. */
  authorityScheme?: string;
  productId?: string;
  uniformeProductnaam?: string;
}

/** One parsed page of results. */
export interface ScPage {
  total: number;
  records: ScRecord[];
  /** Records without a title or URL, counted so nothing is dropped silently. */
  skipped: number;
}

/** A CQL string literal: double quotes escaped. */
function cqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `(keyword="a" or keyword="b")`, narrowed to one publisher with `and authority="X"`. */
export function scQuery(terms: readonly string[], authority?: string): string {
  const any = terms.map((t) => `keyword=${cqlString(t)}`).join(' or ');
  const base = terms.length > 1 ? `(${any})` : any;
  return authority ? `${base} and authority=${cqlString(authority)}` : base;
}

/** The request URL; spaces are sent as %20, as the SRU service expects (not +). */
export function scSearchUrl(
  cql: string,
  startRecord: number,
  maximumRecords = SC_PAGE_SIZE,
  base = SC_ENDPOINT,
): string {
  return (
    `${base}?version=1.2&operation=searchRetrieve&x-connection=sc` +
    `&startRecord=${startRecord}&maximumRecords=${maximumRecords}` +
    `&query=${encodeURIComponent(cql)}`
  );
}

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'record' || name === 'diagnostic',
});

type XmlNode = Record<string, unknown>;

const isNode = (value: unknown): value is XmlNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The text of an element that may carry attributes ({ '#text': ..., '@_x': ... }). */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (isNode(value)) return text(value['#text']);
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

function attr(value: unknown, name: string): string | undefined {
  if (Array.isArray(value)) return attr(value[0], name);
  return isNode(value) && typeof value[`@_${name}`] === 'string'
    ? (value[`@_${name}`] as string)
    : undefined;
}

/** The first element named `key` anywhere below `node` (depth first), as the C# reader does. */
function find(node: unknown, key: string): unknown {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = find(item, key);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isNode(node)) return undefined;
  if (key in node) return node[key];
  for (const [k, child] of Object.entries(node)) {
    if (k.startsWith('@_')) continue;
    const found = find(child, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Parses one SRU response. Throws {@link OnlineSourceError} for XML that is not well-formed,
 * an SRU diagnostic (the service's own error), or a body that is not a searchRetrieveResponse.
 */
export function parseScResponse(xml: string, url: string): ScPage {
  try {
    new SyntaxValidator().validate(xml);
  } catch (error) {
    const line = typeof error === 'object' && error && 'line' in error ? String(error.line) : '?';
    throw new OnlineSourceError(
      url,
      `het antwoord is geen geldige XML (${error instanceof Error ? error.message : String(error)}, regel ${line})`,
    );
  }
  const doc = parser.parse(xml) as XmlNode;
  const root = doc.searchRetrieveResponse;
  if (!isNode(root)) {
    throw new OnlineSourceError(
      url,
      'het antwoord is geen SRU searchRetrieveResponse (is de API veranderd?)',
    );
  }
  const diagnostics = find(root, 'diagnostic');
  if (Array.isArray(diagnostics) && diagnostics.length > 0) {
    const d: unknown = diagnostics[0];
    const message = [text(find(d, 'message')), text(find(d, 'details'))].filter(Boolean).join(': ');
    throw new OnlineSourceError(
      url,
      `de zoekdienst meldt een fout: ${message || text(find(d, 'uri')) || 'onbekend'}`,
    );
  }
  const total = Number(text(root.numberOfRecords));
  if (!Number.isInteger(total) || total < 0) {
    throw new OnlineSourceError(url, 'numberOfRecords ontbreekt of is geen getal');
  }
  const recordList = find(root.records, 'record');
  const records: ScRecord[] = [];
  let skipped = 0;
  for (const record of Array.isArray(recordList) ? recordList : []) {
    const data = find(record, 'recordData');
    const title = text(find(data, 'title'));
    const pageUrl = text(find(data, 'identifier'));
    if (!title || !pageUrl) {
      skipped += 1;
      continue;
    }
    const authority = find(data, 'authority');
    const modified = text(find(data, 'modified'));
    const out: ScRecord = { url: pageUrl, title, abstract: text(find(data, 'abstract')) ?? '' };
    if (modified) out.modified = modified.slice(0, 10);
    const authorityName = text(authority);
    if (authorityName) out.authority = authorityName;
    const authorityUri = attr(authority, 'resourceIdentifier');
    if (authorityUri) out.authorityUri = authorityUri;
    const scheme = attr(authority, 'scheme');
    if (scheme) out.authorityScheme = scheme;
    const productId = text(find(data, 'productID'));
    if (productId) out.productId = productId;
    const upn = text(find(data, 'uniformeProductnaam'));
    if (upn) out.uniformeProductnaam = upn;
    records.push(out);
  }
  return { total, records, skipped };
}

/** Options for a paged search. */
export interface ScSearchOptions extends HttpOptions {
  base?: string;
  /** Safety stop (default 40 pages = 2,000 records). */
  maxPages?: number;
  /** Pause between requests in ms (default 500). */
  intervalMs?: number;
  pageSize?: number;
}

/**
 * Runs a CQL query and follows the pages (startRecord 1, 51, ...) until numberOfRecords is
 * reached. An empty page before that, or too many pages, stops with an error rather than
 * returning a silently incomplete list.
 */
export async function searchSc(
  cql: string,
  options: ScSearchOptions = {},
): Promise<{ records: ScRecord[]; skipped: number; total: number; requests: string[] }> {
  const pageSize = options.pageSize ?? SC_PAGE_SIZE;
  const maxPages = options.maxPages ?? 40;
  const wait = throttle(options.intervalMs ?? 500, options.sleep);
  const records: ScRecord[] = [];
  const requests: string[] = [];
  let skipped = 0;
  let total = 0;
  for (let start = 1, page = 0; ; start += pageSize, page += 1) {
    if (page >= maxPages) {
      throw new OnlineSourceError(
        scSearchUrl(cql, start, pageSize, options.base),
        `meer dan ${maxPages} pagina's (${total} resultaten); maak de zoekvraag smaller`,
      );
    }
    const url = scSearchUrl(cql, start, pageSize, options.base);
    await wait();
    requests.push(url);
    const result = parseScResponse(await getText(url, 'application/xml, text/xml', options), url);
    total = result.total;
    records.push(...result.records);
    skipped += result.skipped;
    if (result.records.length + result.skipped === 0 && start <= total) {
      throw new OnlineSourceError(
        url,
        `lege pagina bij startRecord=${start} terwijl er ${total} resultaten zijn; de lijst zou onvolledig zijn`,
      );
    }
    if (start + pageSize > total) break;
  }
  return { records, skipped, total, requests };
}
