import * as z from 'zod/mini';
import { getText, OnlineSourceError, type HttpOptions } from './http';

/**
 * PDOK Locatieserver, the government's free geocoder over the BAG (Basisregistratie Adressen en
 * Gebouwen). Documented at https://github.com/PDOK/locatieserver/wiki/API-Locatieserver and in
 * the OpenAPI description at https://api.pdok.nl/bzk/locatieserver/search/v3_1/ui/ (CC0 data).
 * The `free` endpoint answers in Apache Solr's JSON: `response.numFound`, `response.start` and
 * `response.docs`, each doc a BAG object with `type` ("adres" for a house number),
 * `nummeraanduiding_id` (the BAG id of the address) and `centroide_ll` ("POINT(lon lat)").
 */

export const LOCATIESERVER_FREE = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';

/** The fields asked for (v3.1 refuses parameters outside its OpenAPI description; fl is in it). */
export const FIELDS = [
  'id',
  'type',
  'weergavenaam',
  'nummeraanduiding_id',
  'centroide_ll',
  'straatnaam',
  'straatnaam_verkort',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'postcode',
  'woonplaatsnaam',
  'gemeentecode',
  'gemeentenaam',
  'score',
] as const;

const docSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  weergavenaam: z.string(),
  nummeraanduiding_id: z.optional(z.string()),
  centroide_ll: z.optional(z.string()),
  straatnaam: z.optional(z.string()),
  straatnaam_verkort: z.optional(z.string()),
  huisnummer: z.optional(z.number()),
  huisletter: z.optional(z.string()),
  huisnummertoevoeging: z.optional(z.string()),
  postcode: z.optional(z.string()),
  woonplaatsnaam: z.optional(z.string()),
  gemeentecode: z.optional(z.string()),
  gemeentenaam: z.optional(z.string()),
  score: z.optional(z.number()),
});
export type LocatieDoc = z.infer<typeof docSchema>;

const freeResponseSchema = z.object({
  response: z.object({
    numFound: z.number(),
    start: z.number(),
    docs: z.array(docSchema),
  }),
});

/** A free-text search, one page. */
export interface FreeQuery {
  q: string;
  /** Solr filter queries, e.g. `type:adres`. */
  fq?: readonly string[];
  rows?: number;
  start?: number;
}

/** The request URL for a free search (parameters in a fixed order, so it is stable). */
export function freeSearchUrl(query: FreeQuery, base = LOCATIESERVER_FREE): string {
  const params = new URLSearchParams();
  params.set('q', query.q);
  for (const fq of query.fq ?? []) params.append('fq', fq);
  params.set('fl', FIELDS.join(' '));
  params.set('rows', String(query.rows ?? 10));
  if (query.start) params.set('start', String(query.start));
  return `${base}?${params.toString()}`;
}

/** "POINT(4.90833 52.37561)" as [lon, lat]; undefined when the text is not such a point. */
export function parsePoint(wkt: string | undefined): [number, number] | undefined {
  const match = /^POINT\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/.exec(wkt?.trim() ?? '');
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2])];
}

/** One page of a free search; throws {@link OnlineSourceError} on a failed or malformed answer. */
export async function freeSearch(
  query: FreeQuery,
  options: HttpOptions & { base?: string } = {},
): Promise<{ url: string; numFound: number; docs: LocatieDoc[] }> {
  const url = freeSearchUrl(query, options.base);
  const text = await getText(url, 'application/json', options);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new OnlineSourceError(url, 'het antwoord is geen JSON (is de API veranderd?)');
  }
  const parsed = freeResponseSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.map(String).join('.') || 'antwoord'}: ${i.message}`)
      .join('; ');
    throw new OnlineSourceError(url, `onverwacht antwoord van de Locatieserver (${first})`);
  }
  for (const doc of parsed.data.response.docs) {
    if (doc.centroide_ll !== undefined && !parsePoint(doc.centroide_ll)) {
      throw new OnlineSourceError(
        url,
        `centroide_ll "${doc.centroide_ll}" van ${doc.id} is geen POINT(lon lat)`,
      );
    }
  }
  return { url, numFound: parsed.data.response.numFound, docs: parsed.data.response.docs };
}
