import * as z from 'zod/mini';
import { GEMEENTE_CODE, PROVINCE_CODE, RECORD_ID } from './ids';

/**
 * The data model, shaped after Open Referral HSDS (organization, service, location, service area).
 * Shared by `scripts/` (which validate the curated CSV files and write `public/data/`) and the app
 * (which validates what it fetches). zod/mini keeps the browser bundle small.
 */

/** The three kinds of place the map shows. */
export const PLACE_KINDS = ['sociaal-raadslieden', 'ido', 'juridisch-loket'] as const;
export const placeKindSchema = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof placeKindSchema>;

/**
 * How sure a position is: a geocoded address, the centroid of its PC4, of its woonplaats, or
 * (when a source names only the gemeente, e.g. a mobile service) the gemeente's label point.
 */
export const PRECISIONS = ['exact', 'postcode', 'plaats', 'gemeente'] as const;
export const precisionSchema = z.enum(PRECISIONS);
export type Precision = z.infer<typeof precisionSchema>;

/** How a resident gets in: walk in, make an appointment, or by phone or online. */
export const ACCESS_MODES = ['inloop', 'afspraak', 'telefonisch-online'] as const;
export const accessModeSchema = z.enum(ACCESS_MODES);
export type AccessMode = z.infer<typeof accessModeSchema>;

/** Coverage evidence says a gemeente has sociaal raadsliedenwerk, or that it has none. */
export const EVIDENCE_STATUSES = ['wel', 'niet'] as const;
export const evidenceStatusSchema = z.enum(EVIDENCE_STATUSES);
export type EvidenceStatus = z.infer<typeof evidenceStatusSchema>;

/** What the coverage view shows; `onbekend` means no evidence either way. */
export const COVERAGE_STATUSES = ['wel', 'niet', 'onbekend'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

/**
 * What a piece of evidence is about. Only `sociaal-raadslieden` can make a gemeente `wel` or
 * `niet`; the others record other help (a plan, a pilot that has not started, a
 * cliëntondersteuner, a volunteer spreekuur, a wetswinkel, a council's contact person) so the
 * profile can name it without counting it as sociaal raadsliedenwerk.
 */
export const EVIDENCE_KINDS = [
  'sociaal-raadslieden',
  'plan',
  'pilot',
  'clientondersteuning',
  'vrijwilligers-spreekuur',
  'wetswinkel',
  'contactpersoon',
  'ander-aanbod',
] as const;
export const evidenceKindSchema = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;

/** Whether the source states the fact (`vermeld`) or we inferred it from what it says (`afgeleid`). */
export const CLAIM_BASES = ['vermeld', 'afgeleid'] as const;
export const claimBasisSchema = z.enum(CLAIM_BASES);
export type ClaimBasis = z.infer<typeof claimBasisSchema>;

/** How a source date was found: printed on the source, read from its URL, or from its text. */
export const SOURCE_DATE_HOWS = ['vermeld', 'url', 'tekst'] as const;
export const sourceDateHowSchema = z.enum(SOURCE_DATE_HOWS);
export type SourceDateHow = z.infer<typeof sourceDateHowSchema>;

/** Rough bounding box of the Netherlands including the Wadden and Zeeland; a coordinate outside is a data error. */
export const NL_BOUNDS = { minLat: 50.7, maxLat: 53.7, minLon: 3.2, maxLon: 7.3 } as const;

/** CBS gemeentecode, e.g. GM0363. */
export const gemeenteCodeSchema = z
  .string()
  .check(z.regex(GEMEENTE_CODE, 'not a CBS gemeentecode (GM0000)'));

/** Dutch postcode, stored normalised as "1234 AB". Letters SA, SD and SS are never issued. */
export const postcodeSchema = z
  .string()
  .check(z.regex(/^[1-9]\d{3} (?!SA|SD|SS)[A-Z]{2}$/, 'not a Dutch postcode (1234 AB)'));

/** ISO date (YYYY-MM-DD). */
export const isoDateSchema = z.iso.date('not a date (YYYY-MM-DD)');

/**
 * The date a source shows, as precise as it shows it: a day (2022-12-05), a month (2022-12) or a
 * year (2013). A month is never padded to the 1st, so "december 2022" stays "december 2022".
 */
export const sourceDateSchema = z
  .string()
  .check(
    z.regex(
      /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
      'not a source date (YYYY-MM-DD, YYYY-MM or YYYY)',
    ),
  );

/** Only http(s) links: zod's plain url() would let `javascript:` through. */
export const webUrlSchema = z.httpUrl('not an http(s) URL');

/** Dutch phone number as people write it: digits, spaces, dashes, a leading + or 0. */
export const phoneSchema = z
  .string()
  .check(z.regex(/^(\+31|0)[\d -]{8,13}$/, 'not a Dutch phone number'));

export const emailSchema = z.email('not an e-mail address');

const nonEmpty = (what: string) => z.string().check(z.minLength(1, `${what} is missing`));

/**
 * Where a fact came from. `source` is a URL or the name of a document (e.g. a file in
 * shared/context, whose title comes from the documents list); `sourceTitle` the page's title;
 * `sourceDate` the date shown there (absent: unknown, never "today"), `sourceDateHow` how that
 * date was found; `checkedOn` the day we read it, which says nothing about the fact's age.
 */
export const provenanceSchema = z
  .object({
    source: nonEmpty('source'),
    sourceTitle: z.optional(z.string()),
    sourceDate: z.optional(sourceDateSchema),
    sourceDateHow: z.optional(sourceDateHowSchema),
    checkedOn: isoDateSchema,
  })
  .check(
    z.refine((p) => p.sourceDateHow === undefined || p.sourceDate !== undefined, {
      message: 'source_date_how without a source_date',
      path: ['sourceDateHow'],
    }),
  );
export type Provenance = z.infer<typeof provenanceSchema>;

/** Opening hours: structured (OpenStreetMap opening_hours subset) where known, free text otherwise. */
export const openingHoursSchema = z.object({
  osm: z.optional(z.string()),
  text: z.optional(z.string()),
});

/** The part of an address that only details and exports need. */
const streetAddressSchema = z.object({
  street: z.optional(z.string()),
  houseNumber: z.optional(z.string()),
  postcode: z.optional(postcodeSchema),
});

export const addressSchema = z.object({
  ...streetAddressSchema.shape,
  place: nonEmpty('place'),
});

/** Place ids are kebab-case: stable in URLs and in the files that refer to them. */
const placeIdSchema = z.string().check(z.regex(RECORD_ID, 'id must be kebab-case'));

/**
 * What the first view needs of a place (dataset.json): enough to list, search, filter and draw
 * it. The rest is in details.json, so the first view stays small when the places grow.
 */
export const placeSummarySchema = z.object({
  id: placeIdSchema,
  kind: placeKindSchema,
  name: nonEmpty('name'),
  organisation: nonEmpty('organisation'),
  address: z.object({ place: nonEmpty('place') }),
  gemeenteCode: gemeenteCodeSchema,
  lat: z.number().check(z.gte(NL_BOUNDS.minLat), z.lte(NL_BOUNDS.maxLat)),
  lon: z.number().check(z.gte(NL_BOUNDS.minLon), z.lte(NL_BOUNDS.maxLon)),
  precision: precisionSchema,
  serviceId: z.optional(z.string()),
});
export type PlaceSummary = z.infer<typeof placeSummarySchema>;

/** The rest of a place (details.json): what its details, the answer and the exports need. */
export const placeDetailSchema = z.object({
  address: streetAddressSchema,
  access: z.array(accessModeSchema),
  /**
   * Curators' note on how to get in and where it was found: internal. The build leaves it out
   * of the published data, so it can never be shown.
   */
  accessNote: z.optional(z.string()),
  /** A short note for residents in plain Dutch (B1); the only note the app shows. */
  publicNote: z.optional(z.string()),
  openingHours: openingHoursSchema,
  phone: z.optional(phoneSchema),
  email: z.optional(emailSchema),
  website: z.optional(webUrlSchema),
  whatToBring: z.optional(z.string()),
  provenance: provenanceSchema,
});

/** A physical place where help is given (HSDS location + the service at it): summary + detail. */
export const locationSchema = z.object({
  ...placeSummarySchema.shape,
  ...placeDetailSchema.shape,
  address: addressSchema,
});
/** Named for what it is: the DOM has its own `Location` (window.location). */
export type HelpLocation = z.infer<typeof locationSchema>;

/** A sociaal raadslieden service: its provider and the gemeenten that fund it (its service area). */
export const serviceSchema = z.object({
  id: z.string().check(z.regex(RECORD_ID, 'id must be kebab-case')),
  name: nonEmpty('name'),
  provider: nonEmpty('provider'),
  serviceArea: z.array(gemeenteCodeSchema).check(z.minLength(1, 'service area is empty')),
  phone: z.optional(phoneSchema),
  email: z.optional(emailSchema),
  website: z.optional(webUrlSchema),
  /** Curators' note: internal, left out of the published data. */
  note: z.optional(z.string()),
  /** A short note for residents in plain Dutch (B1): the only note the app shows. */
  publicNote: z.optional(z.string()),
  basis: claimBasisSchema,
  provenance: provenanceSchema,
});
export type Service = z.infer<typeof serviceSchema>;

/**
 * A dated, sourced statement about a gemeente: that it does or does not have sociaal
 * raadsliedenwerk (kind `sociaal-raadslieden`, with a status), or that it has another kind of
 * help (no status: it never decides coverage).
 */
export const evidenceSchema = z
  .object({
    id: z.string().check(z.regex(RECORD_ID, 'id must be kebab-case')),
    gemeenteCode: gemeenteCodeSchema,
    kind: evidenceKindSchema,
    status: z.optional(evidenceStatusSchema),
    basis: claimBasisSchema,
    /** Curators' note: internal, left out of the published data. */
    note: z.optional(z.string()),
    /** What the source says, in plain Dutch (B1): the only note the app shows. */
    publicNote: z.optional(z.string()),
    provenance: provenanceSchema,
  })
  .check(
    z.refine((e) => (e.kind === 'sociaal-raadslieden') === (e.status !== undefined), {
      message:
        'status (wel/niet) is required for kind sociaal-raadslieden and must be empty otherwise',
      path: ['status'],
    }),
  );
export type Evidence = z.infer<typeof evidenceSchema>;

/** A background document (not a web page) that sources cite by file name, shown by its title. */
export const documentSchema = z.object({
  file: nonEmpty('file'),
  title: nonEmpty('title'),
  publisher: nonEmpty('publisher'),
  date: z.optional(sourceDateSchema),
});
export type SourceDocument = z.infer<typeof documentSchema>;

/** A gemeente's general number: a Dutch number, or the short "14 + kengetal" (14 030). */
export const gemeentePhoneSchema = z
  .string()
  .check(z.regex(/^(?:14 ?0\d{2,3}|(?:\+31|0)[\d -]{8,13})$/, 'not a gemeente phone number'));

/**
 * How to reach the gemeente itself (general number and website), for when the way to its
 * sociaal raadslieden is not known: from the government's organisations register.
 */
export const gemeenteContactSchema = z.object({
  phone: z.optional(gemeentePhoneSchema),
  website: z.optional(webUrlSchema),
  provenance: provenanceSchema,
});
export type GemeenteContact = z.infer<typeof gemeenteContactSchema>;

/** A gemeente from the CBS reference list, with its population and a label point. */
const gemeenteCoreSchema = z.object({
  code: gemeenteCodeSchema,
  name: nonEmpty('name'),
  provinceCode: z.string().check(z.regex(PROVINCE_CODE)),
  provinceName: nonEmpty('provinceName'),
  population: z.number().check(z.int(), z.nonnegative()),
  label: z.tuple([z.number(), z.number()]),
});

/** A gemeente with its general contact (the contact is in details.json, not the first view). */
export const gemeenteSchema = z.object({
  ...gemeenteCoreSchema.shape,
  contact: z.optional(gemeenteContactSchema),
});
export type Gemeente = z.infer<typeof gemeenteSchema>;

/** What every part of the dataset carries besides its records: which build it is. */
const datasetHeader = {
  version: nonEmpty('version'),
  checkedUntil: isoDateSchema,
  populationNote: nonEmpty('populationNote'),
};

/**
 * dataset.json, the file the first view loads: gemeenten, services, evidence and documents. They
 * grow with the gemeenten, not with the places, and decide coverage; so the first view's file
 * stays the same size however many places the map knows.
 */
export const coreDatasetSchema = z.object({
  ...datasetHeader,
  gemeenten: z.array(gemeenteCoreSchema),
  services: z.array(serviceSchema),
  evidence: z.array(evidenceSchema),
  documents: z.array(documentSchema),
});
export type CoreDataset = z.infer<typeof coreDatasetSchema>;

/**
 * places.json, requested once the first view stands: each place's summary (name, kind, position,
 * woonplaats, gemeente), for the list, the map and the search. Its version must match
 * dataset.json's. Until it is there the search already suggests postcodes, woonplaatsen and
 * gemeenten.
 */
export const placeListSchema = z.object({
  version: nonEmpty('version'),
  places: z.array(placeSummarySchema),
});
export type PlaceList = z.infer<typeof placeListSchema>;

/**
 * details.json, loaded after the first view or when a detail is wanted: the rest of each place
 * by id, and each gemeente's general contact by code. Its version must match dataset.json's.
 */
export const datasetDetailsSchema = z.object({
  version: nonEmpty('version'),
  places: z.record(placeIdSchema, placeDetailSchema),
  contacts: z.record(gemeenteCodeSchema, gemeenteContactSchema),
});
export type DatasetDetails = z.infer<typeof datasetDetailsSchema>;

/** The whole dataset: dataset.json joined with details.json (see dataset-split.ts). */
export const datasetSchema = z.object({
  ...datasetHeader,
  gemeenten: z.array(gemeenteSchema),
  locations: z.array(locationSchema),
  services: z.array(serviceSchema),
  evidence: z.array(evidenceSchema),
  documents: z.array(documentSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;

/**
 * PC4 lookup, columnar to stay small: `pc4[i]` lies at `lat[i]`,`lon[i]` (5 decimals) in gemeente
 * `gemeenten[gemeente[i]]` and woonplaats `places[place[i]]` (-1: no woonplaats known).
 */
export const postcodeTableSchema = z.object({
  gemeenten: z.array(gemeenteCodeSchema),
  places: z.array(z.string()),
  pc4: z.array(z.number().check(z.int(), z.gte(1000), z.lte(9999))),
  lat: z.array(z.number()),
  lon: z.array(z.number()),
  gemeente: z.array(z.number().check(z.int(), z.nonnegative())),
  place: z.array(z.number().check(z.int(), z.gte(-1))),
});
export type PostcodeTable = z.infer<typeof postcodeTableSchema>;
