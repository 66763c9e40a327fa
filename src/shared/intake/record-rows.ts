import type { Evidence, Provenance, Service } from '../model/schema';

/**
 * Records of the data model written back as rows of the curated CSV files: the inverse of the
 * record builders in records.ts for evidence and services (both keep every column in the
 * record, so the round trip loses nothing). The workbench exports merged files with it that a
 * maintainer can put in data/ as they are.
 */

type Row = Record<string, string>;

function provenanceColumns(p: Provenance): Row {
  return {
    source: p.source,
    source_title: p.sourceTitle ?? '',
    source_date: p.sourceDate ?? '',
    source_date_how: p.sourceDateHow ?? '',
    checked_on: p.checkedOn,
  };
}

/** One row of evidence.csv. */
export function evidenceRow(e: Evidence): Row {
  return {
    id: e.id,
    gemeente_code: e.gemeenteCode,
    kind: e.kind,
    status: e.status ?? '',
    basis: e.basis,
    note: e.note ?? '',
    public_note: e.publicNote ?? '',
    ...provenanceColumns(e.provenance),
  };
}

/** One row of services.csv; the service area is a `;`-separated list, as in the file. */
export function serviceRow(s: Service): Row {
  return {
    id: s.id,
    name: s.name,
    provider: s.provider,
    service_area: s.serviceArea.join(';'),
    phone: s.phone ?? '',
    email: s.email ?? '',
    website: s.website ?? '',
    note: s.note ?? '',
    public_note: s.publicNote ?? '',
    basis: s.basis,
    ...provenanceColumns(s.provenance),
  };
}
