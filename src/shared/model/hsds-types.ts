/**
 * The part of Open Referral HSDS 3.0 (https://docs.openreferral.org, schemas vendored in
 * vendor/hsds/3.0/) that our data fills, as TypeScript types. Optional fields are the ones we
 * leave out when a source does not give them: HSDS never gets a placeholder from us.
 */

/** One entry of HSDS's change record: here, that a field was read from its source on a date. */
export interface HsdsMetadata {
  id: string;
  resource_id: string;
  resource_type: string;
  last_action_date: string;
  last_action_type: string;
  field_name: string;
  previous_value: string;
  replacement_value: string;
  updated_by: string;
}

/** A term of our own small taxonomy (source date, age, precision…), embedded in each attribute. */
export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
}

/** A fact about a record that HSDS has no field for, as a value of one of our taxonomy terms. */
export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_entity: string;
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
  value: string;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
}

export interface HsdsPhone {
  id: string;
  service_id?: string;
  service_at_location_id?: string;
  number: string;
  type: string;
}

export interface HsdsSchedule {
  id: string;
  service_at_location_id: string;
  freq?: 'WEEKLY';
  wkst?: 'MO';
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
  notes?: string;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  organization_id?: string;
  name: string;
  description: string;
  latitude: number;
  longitude: number;
  addresses?: HsdsAddress[];
  attributes: HsdsAttribute[];
  metadata: HsdsMetadata[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  description?: string;
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  location: HsdsLocation;
  attributes?: HsdsAttribute[];
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description: string;
  uri: string;
}

export interface HsdsService {
  id: string;
  organization_id?: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: 'active';
  assured_date: string;
  phones?: HsdsPhone[];
  service_areas?: HsdsServiceArea[];
  service_at_locations?: HsdsServiceAtLocation[];
  organization?: HsdsOrganization;
  attributes: HsdsAttribute[];
  metadata: HsdsMetadata[];
}

/** How many HSDS objects of each kind the output holds (nested ones counted where they sit). */
export interface HsdsCounts {
  organization: number;
  service: number;
  location: number;
  service_at_location: number;
  service_area: number;
  schedule: number;
  phone: number;
  address: number;
  attribute: number;
  metadata: number;
}

/** The output and what it says about itself: counts, and the records HSDS cannot hold. */
export interface HsdsResult {
  services: HsdsService[];
  counts: HsdsCounts;
  /** Evidence records left out, by reason: HSDS describes services, not their absence. */
  leftOut: { niet: number; otherHelp: number };
}
