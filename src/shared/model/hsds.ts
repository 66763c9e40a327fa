import { v5 as uuidV5 } from 'uuid';
import { claimAge, FRESH_YEARS } from './freshness';
import type {
  HsdsAttribute,
  HsdsCounts,
  HsdsLocation,
  HsdsMetadata,
  HsdsOrganization,
  HsdsPhone,
  HsdsResult,
  HsdsSchedule,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsTaxonomyTerm,
} from './hsds-types';
import { DAYS, parseOpeningHours, type Day } from './opening-hours';
import type {
  Evidence,
  Gemeente,
  HelpLocation,
  Precision,
  Provenance,
  Service,
  SourceDocument,
} from './schema';
import { describeSource } from './sources';

/**
 * Our data as Open Referral HSDS 3.0 (issue 14 item 6), for `data:build` (public/data/hsds.json)
 * and the workbench's export of merged data: one mapper, so both say the same.
 *
 * The shape is HSDS's canonical JSON: dereferenced records (the standard's "Serialization" page:
 * JSON is canonical since 3.0 and "should be dereferenced when published"), one service record
 * per service with its organization, service areas and places (service_at_location with its
 * location) nested inside, as the HSDS API returns them. A file holds an array of them.
 *
 * - A service (services.csv) becomes an HSDS service with its gemeenten as service_areas.
 * - A place (locations-*.csv) becomes a location with a service_at_location; under its own
 *   service (service_id) when that is in the data, else under a service of its own named after
 *   the place, so every place is reachable.
 * - A coverage claim that a gemeente has sociaal raadsliedenwerk (evidence, status wel) becomes a
 *   service with that gemeente as its area. Claims that a gemeente has none, and claims about
 *   other help, have no place in HSDS (it lists services, not their absence): they are counted in
 *   `leftOut`, never dropped without saying so.
 *
 * Provenance: HSDS `metadata` (source, its title and its date, each with the day we checked it),
 * `assured_date` (the day we checked), and attributes of our own taxonomy for what HSDS has no
 * field for (source date, how it was found, whether the claim is older than three years, how
 * precise a position is). Ids are UUIDv5 of our own ids, so a record keeps its id across builds.
 */

/** Our UUIDv5 namespace: v5 of a fixed name under the standard URL namespace. */
const NAMESPACE = uuidV5('urn:sociaal-juridische-kaart:hsds', uuidV5.URL);

/** A stable UUID for `kind` + our own id: the same record always gets the same id. */
export function hsdsId(kind: string, ourId: string): string {
  return uuidV5(`${kind}:${ourId}`, NAMESPACE);
}

const TAXONOMY = 'Sociaal-juridische kaart';

/** Our taxonomy: what each attribute says. Codes are stable; names and descriptions Dutch. */
const TERMS = {
  bron_datum: {
    name: 'Datum op de bron',
    description:
      'De datum die de bron toont, zo precies als de bron hem toont (dag, maand of jaar). Ontbreekt als de bron geen datum toont.',
  },
  bron_datum_hoe: {
    name: 'Hoe de brondatum is gevonden',
    description: 'vermeld: op de bron gedrukt; url: uit het webadres; tekst: uit de tekst.',
  },
  bron_leeftijd: {
    name: 'Leeftijd van de bron',
    description: `actueel: de bron is niet ouder dan ${FRESH_YEARS} jaar; verouderd: ouder, of de bron toont geen datum. Gemeten op de datum in 'leeftijd gemeten op'.`,
  },
  leeftijd_gemeten_op: {
    name: 'Leeftijd gemeten op',
    description: 'De dag waarop de leeftijd van de bron is bepaald (JJJJ-MM-DD).',
  },
  grondslag: {
    name: 'Grondslag',
    description: 'vermeld: de bron zegt het; afgeleid: wij leiden het af uit wat de bron zegt.',
  },
  soort: {
    name: 'Soort hulp',
    description:
      'sociaal-raadslieden, ido (Informatiepunt Digitale Overheid) of juridisch-loket (Het Juridisch Loket).',
  },
  precisie: {
    name: 'Precisie van de positie',
    description:
      'exact: het adres; postcode: midden van het postcodegebied (4 cijfers); plaats: midden van de woonplaats; gemeente: een punt in de gemeente.',
  },
  toegang: {
    name: 'Toegang',
    description: 'inloop, afspraak of telefonisch-online; meerdere gescheiden door komma.',
  },
  website: {
    name: 'Website van de plek',
    description: 'De website die de bron voor deze plek noemt.',
  },
  bronrecord: {
    name: 'Record in de brondata',
    description:
      'Het bestand en de id van het record in de open data van de Sociaal-juridische kaart.',
  },
  herkomst: {
    name: 'Herkomst',
    description:
      'eigen gegevens: een rij uit een bestand van de gebruiker, niet gepubliceerd en niet door de kaart gecontroleerd.',
  },
} as const;
type TermCode = keyof typeof TERMS;

function term(code: TermCode): HsdsTaxonomyTerm {
  return { id: hsdsId('taxonomy_term', code), code, ...TERMS[code], taxonomy: TAXONOMY };
}

/** The gemeente fields the mapper needs: name for service areas, province for addresses. */
export type HsdsGemeente = Pick<Gemeente, 'code' | 'name' | 'provinceName'>;

export interface HsdsInput {
  gemeenten: readonly HsdsGemeente[];
  locations: readonly HelpLocation[];
  services: readonly Service[];
  evidence: readonly Evidence[];
  documents: readonly SourceDocument[];
}

export interface HsdsOptions {
  /** The day claims are aged on: the data date in the build, today in the browser. */
  today: string;
  /** Ids of the user's own (unpublished) records: marked as such in each record. */
  ownIds?: ReadonlySet<string>;
}

const PRECISION_TEXT: Record<Precision, string> = {
  exact: 'Positie: het adres.',
  postcode: 'Positie bij benadering: het midden van het postcodegebied (4 cijfers).',
  plaats: 'Positie bij benadering: het midden van de woonplaats.',
  gemeente: 'Positie bij benadering: een punt in de gemeente; de bron noemt alleen de gemeente.',
};

const KIND_FILE: Record<HelpLocation['kind'], string> = {
  'sociaal-raadslieden': 'locations-sociaal-raadslieden.csv',
  ido: 'locations-ido.csv',
  'juridisch-loket': 'locations-juridisch-loket.csv',
};

const ICAL_DAYS: Record<Day, string> = {
  Mo: 'MO',
  Tu: 'TU',
  We: 'WE',
  Th: 'TH',
  Fr: 'FR',
  Sa: 'SA',
  Su: 'SU',
};

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Builds the output in one pass; holds what every record needs (documents, today, own ids). */
class Mapper {
  private readonly names: Map<string, HsdsGemeente>;
  private readonly updatedBy = (ourId: string) =>
    this.options.ownIds?.has(ourId)
      ? 'Eigen gegevens van de gebruiker (niet gepubliceerd)'
      : 'Sociaal-juridische kaart';

  constructor(
    private readonly input: HsdsInput,
    private readonly options: HsdsOptions,
  ) {
    this.names = new Map(input.gemeenten.map((g) => [g.code, g]));
  }

  private attribute(linkEntity: string, linkId: string, code: TermCode, value: string) {
    const t = term(code);
    return {
      id: hsdsId('attribute', `${linkId}:${code}`),
      link_id: linkId,
      link_entity: linkEntity,
      taxonomy_term_id: t.id,
      taxonomy_term: t,
      value,
    } satisfies HsdsAttribute;
  }

  /** Source date, how it was found, its age on `today`, the basis and the record it came from. */
  private claimAttributes(
    entity: string,
    id: string,
    ourId: string,
    file: string,
    provenance: Provenance,
    basis?: string,
  ): HsdsAttribute[] {
    const { sourceDate, sourceDateHow } = provenance;
    const list = [
      sourceDate ? this.attribute(entity, id, 'bron_datum', sourceDate) : undefined,
      sourceDateHow ? this.attribute(entity, id, 'bron_datum_hoe', sourceDateHow) : undefined,
      this.attribute(entity, id, 'bron_leeftijd', claimAge(sourceDate, this.options.today)),
      this.attribute(entity, id, 'leeftijd_gemeten_op', this.options.today),
      basis ? this.attribute(entity, id, 'grondslag', basis) : undefined,
      this.attribute(entity, id, 'bronrecord', `${file}#${ourId}`),
      this.options.ownIds?.has(ourId)
        ? this.attribute(entity, id, 'herkomst', 'eigen gegevens')
        : undefined,
    ];
    return list.filter((a) => a !== undefined);
  }

  /** HSDS metadata: each provenance field, read from its source on the day we checked it. */
  private metadata(
    resourceType: string,
    resourceId: string,
    ourId: string,
    provenance: Provenance,
  ): HsdsMetadata[] {
    const label = describeSource(provenance, this.input.documents);
    const source =
      label.url ?? (label.publisher ? `${label.title} (${label.publisher})` : label.title);
    const fields: [string, string | undefined][] = [
      ['source', source],
      ['source_title', label.title],
      ['source_date', provenance.sourceDate],
    ];
    return fields
      .filter((f): f is [string, string] => f[1] !== undefined)
      .map(([field, value]) => ({
        id: hsdsId('metadata', `${resourceId}:${field}`),
        resource_id: resourceId,
        resource_type: resourceType,
        last_action_date: provenance.checkedOn,
        last_action_type: 'source checked',
        field_name: field,
        previous_value: '',
        replacement_value: value,
        updated_by: this.updatedBy(ourId),
      }));
  }

  private organization(name: string): HsdsOrganization {
    return {
      id: hsdsId('organization', name),
      name,
      description: `Genoemd als aanbieder in de bronnen van de ${TAXONOMY}.`,
    };
  }

  private schedules(place: HelpLocation, salId: string): HsdsSchedule[] {
    const { osm, text } = place.openingHours;
    const week = osm ? parseOpeningHours(osm) : undefined;
    if (!week) {
      const description = [osm, text].filter(Boolean).join('; ');
      return description
        ? [
            {
              id: hsdsId('schedule', `${place.id}:tekst`),
              service_at_location_id: salId,
              description,
            },
          ]
        : [];
    }
    // One weekly rule per opening span, with every day that has it: RFC 5545 as HSDS asks.
    const byTimes = new Map<string, Day[]>();
    for (const day of DAYS)
      for (const [from, to] of week[day]) {
        const key = `${hhmm(from)}-${hhmm(to)}`;
        byTimes.set(key, [...(byTimes.get(key) ?? []), day]);
      }
    return [...byTimes].map(([key, days]) => ({
      id: hsdsId('schedule', `${place.id}:${key}`),
      service_at_location_id: salId,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: days.map((d) => ICAL_DAYS[d]).join(','),
      opens_at: key.slice(0, 5),
      closes_at: key.slice(6),
      ...(text ? { description: text } : {}),
      notes: `Nederlandse tijd (Europe/Amsterdam). Uit de openingstijden zoals de bron ze geeft: ${osm ?? ''}`,
    }));
  }

  /** `provider`: the organisation of the service the place sits under, linked when it is the place's. */
  private location(place: HelpLocation, provider: string): HsdsLocation {
    const id = hsdsId('location', place.id);
    const gemeente = this.names.get(place.gemeenteCode);
    const { street, houseNumber, postcode, place: city } = place.address;
    const where = `${city}${gemeente ? ` (gemeente ${gemeente.name})` : ''}`;
    return {
      id,
      location_type: 'physical',
      ...(provider === place.organisation
        ? { organization_id: hsdsId('organization', place.organisation) }
        : {}),
      name: place.name,
      description: `${where}. ${PRECISION_TEXT[place.precision]}`,
      latitude: place.lat,
      longitude: place.lon,
      ...(street && postcode && gemeente
        ? {
            addresses: [
              {
                id: hsdsId('address', place.id),
                location_id: id,
                address_1: [street, houseNumber].filter(Boolean).join(' '),
                city,
                state_province: gemeente.provinceName,
                postal_code: postcode,
                country: 'NL',
                address_type: 'physical' as const,
              },
            ],
          }
        : {}),
      attributes: [
        this.attribute('location', id, 'precisie', place.precision),
        ...this.claimAttributes('location', id, place.id, KIND_FILE[place.kind], place.provenance),
      ],
      metadata: this.metadata('location', id, place.id, place.provenance),
    };
  }

  /** A place under `serviceId`: the location, its phone, its hours and how to get in. */
  private serviceAtLocation(
    place: HelpLocation,
    serviceId: string,
    provider: string,
    ownService: boolean,
  ): HsdsServiceAtLocation {
    const id = hsdsId('service_at_location', place.id);
    const phones: HsdsPhone[] = place.phone
      ? [
          {
            id: hsdsId('phone', `plek:${place.id}`),
            service_at_location_id: id,
            number: place.phone,
            type: 'voice',
          },
        ]
      : [];
    const schedules = this.schedules(place, id);
    const attributes = [
      this.attribute('service_at_location', id, 'soort', place.kind),
      ...(place.access.length > 0
        ? [this.attribute('service_at_location', id, 'toegang', place.access.join(','))]
        : []),
      // A place under a shared service: its own website has no HSDS field there.
      ...(!ownService && place.website
        ? [this.attribute('service_at_location', id, 'website', place.website)]
        : []),
    ];
    return {
      id,
      service_id: serviceId,
      location_id: hsdsId('location', place.id),
      ...(!ownService && place.publicNote ? { description: place.publicNote } : {}),
      ...(phones.length > 0 ? { phones } : {}),
      ...(schedules.length > 0 ? { schedules } : {}),
      location: this.location(place, provider),
      attributes,
    };
  }

  /** A service from services.csv: its provider, gemeenten, contact and places. */
  private service(service: Service, places: readonly HelpLocation[]): HsdsService {
    const id = hsdsId('service', service.id);
    const org = this.organization(service.provider);
    return {
      id,
      organization_id: org.id,
      name: service.name,
      ...(service.publicNote ? { description: service.publicNote } : {}),
      ...(service.website ? { url: service.website } : {}),
      ...(service.email ? { email: service.email } : {}),
      status: 'active',
      assured_date: service.provenance.checkedOn,
      ...(service.phone
        ? {
            phones: [
              {
                id: hsdsId('phone', `dienst:${service.id}`),
                service_id: id,
                number: service.phone,
                type: 'voice',
              },
            ],
          }
        : {}),
      service_areas: service.serviceArea.map((code) => this.serviceArea(id, service.id, code)),
      ...(places.length > 0
        ? {
            service_at_locations: places.map((p) =>
              this.serviceAtLocation(p, id, service.provider, false),
            ),
          }
        : {}),
      organization: org,
      attributes: [
        this.attribute('service', id, 'soort', 'sociaal-raadslieden'),
        ...this.claimAttributes(
          'service',
          id,
          service.id,
          'services.csv',
          service.provenance,
          service.basis,
        ),
      ],
      metadata: this.metadata('service', id, service.id, service.provenance),
    };
  }

  private serviceArea(serviceId: string, key: string, code: string) {
    const gemeente = this.names.get(code);
    return {
      id: hsdsId('service_area', `${key}:${code}`),
      service_id: serviceId,
      name: gemeente ? `Gemeente ${gemeente.name}` : code,
      description: `CBS-gemeentecode ${code}`,
      // TOOI, the Dutch government's register of organisation identifiers.
      uri: `https://identifier.overheid.nl/tooi/id/gemeente/${code.toLowerCase()}`,
    };
  }

  /** A place with no service of its own in the data: a service named after the place. */
  private placeService(place: HelpLocation): HsdsService {
    const id = hsdsId('service', `plek:${place.id}`);
    const org = this.organization(place.organisation);
    return {
      id,
      organization_id: org.id,
      name: place.name,
      ...(place.publicNote ? { description: place.publicNote } : {}),
      ...(place.website ? { url: place.website } : {}),
      ...(place.email ? { email: place.email } : {}),
      status: 'active',
      assured_date: place.provenance.checkedOn,
      service_at_locations: [this.serviceAtLocation(place, id, place.organisation, true)],
      organization: org,
      attributes: [
        this.attribute('service', id, 'soort', place.kind),
        ...this.claimAttributes('service', id, place.id, KIND_FILE[place.kind], place.provenance),
      ],
      metadata: this.metadata('service', id, place.id, place.provenance),
    };
  }

  /** A claim that a gemeente has sociaal raadsliedenwerk: a service for that gemeente. */
  private claimService(claim: Evidence): HsdsService {
    const id = hsdsId('service', `uitspraak:${claim.id}`);
    const gemeente = this.names.get(claim.gemeenteCode);
    return {
      id,
      name: `Sociaal raadsliedenwerk voor inwoners van ${gemeente?.name ?? claim.gemeenteCode}`,
      ...(claim.publicNote ? { description: claim.publicNote } : {}),
      status: 'active',
      assured_date: claim.provenance.checkedOn,
      service_areas: [this.serviceArea(id, `uitspraak:${claim.id}`, claim.gemeenteCode)],
      attributes: [
        this.attribute('service', id, 'soort', 'sociaal-raadslieden'),
        ...this.claimAttributes(
          'service',
          id,
          claim.id,
          'evidence.csv',
          claim.provenance,
          claim.basis,
        ),
      ],
      metadata: this.metadata('service', id, claim.id, claim.provenance),
    };
  }

  run(): HsdsResult {
    const { services, locations, evidence } = this.input;
    const serviceIds = new Set(services.map((s) => s.id));
    const byService = new Map<string, HelpLocation[]>();
    const alone: HelpLocation[] = [];
    for (const place of byOurId(locations)) {
      if (place.serviceId && serviceIds.has(place.serviceId))
        byService.set(place.serviceId, [...(byService.get(place.serviceId) ?? []), place]);
      else alone.push(place);
    }
    const claims = byOurId(evidence).filter(
      (e) => e.kind === 'sociaal-raadslieden' && e.status === 'wel',
    );
    const out = [
      ...byOurId(services).map((s) => this.service(s, byService.get(s.id) ?? [])),
      ...alone.map((p) => this.placeService(p)),
      ...claims.map((c) => this.claimService(c)),
    ];
    const niet = evidence.filter((e) => e.status === 'niet').length;
    return {
      services: out,
      counts: countObjects(out),
      leftOut: { niet, otherHelp: evidence.length - claims.length - niet },
    };
  }
}

/** Sorted by our own id (code point order), so the output never depends on input order. */
function byOurId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function countObjects(services: readonly HsdsService[]): HsdsCounts {
  const counts: HsdsCounts = {
    organization: new Set(services.flatMap((s) => (s.organization ? [s.organization.id] : [])))
      .size,
    service: services.length,
    location: 0,
    service_at_location: 0,
    service_area: 0,
    schedule: 0,
    phone: 0,
    address: 0,
    attribute: 0,
    metadata: 0,
  };
  for (const s of services) {
    const sals = s.service_at_locations ?? [];
    counts.service_area += s.service_areas?.length ?? 0;
    counts.phone += s.phones?.length ?? 0;
    counts.attribute += s.attributes.length;
    counts.metadata += s.metadata.length;
    counts.service_at_location += sals.length;
    for (const sal of sals) {
      counts.location += 1;
      counts.schedule += sal.schedules?.length ?? 0;
      counts.phone += sal.phones?.length ?? 0;
      counts.address += sal.location.addresses?.length ?? 0;
      counts.attribute += (sal.attributes?.length ?? 0) + sal.location.attributes.length;
      counts.metadata += sal.location.metadata.length;
    }
  }
  return counts;
}

/** Our records as HSDS 3.0 service records, with counts and what HSDS cannot hold. */
export function toHsds(input: HsdsInput, options: HsdsOptions): HsdsResult {
  return new Mapper(input, options).run();
}

/** The file as written: the service records as a JSON array, no spacing, trailing newline. */
export function hsdsJson(result: HsdsResult): string {
  return `${JSON.stringify(result.services)}\n`;
}
