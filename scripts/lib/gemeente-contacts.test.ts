// @vitest-environment node
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_COLUMNS,
  contactsCsv,
  normalisePhone,
  parseContacts,
  readRegisterExport,
} from './gemeente-contacts';

const exportText = fs.readFileSync(
  new URL(
    '../../tests/fixtures/organisaties-overheid/gemeenten-export.sample.csv',
    import.meta.url,
  ),
  'utf8',
);

describe('the register export of gemeenten', () => {
  it('reads code, general number, website and change date per gemeente', () => {
    expect(readRegisterExport(exportText)).toEqual([
      {
        gemeenteCode: 'GM0358',
        name: 'Aalsmeer',
        phone: '0297 38 75 75',
        website: 'https://www.aalsmeer.nl',
        changed: '2026-04-15',
      },
      {
        gemeenteCode: 'GM0400',
        name: 'Den Helder',
        phone: '14 0223',
        website: 'https://www.denhelder.nl',
        changed: '2026-04-12',
      },
      {
        gemeenteCode: 'GM1963',
        name: 'Hoeksche Waard',
        phone: '088 647 36 47',
        website: 'https://www.gemeentehw.nl/',
        changed: '2026-04-03',
      },
      {
        gemeenteCode: 'GM0344',
        name: 'Utrecht',
        phone: '14 030',
        website: 'https://www.utrecht.nl',
        changed: '2026-04-13',
      },
    ]);
  });

  it('writes the short gemeente numbers one way, as people dial them', () => {
    expect(normalisePhone('(014) 030')).toBe('14 030');
    expect(normalisePhone('0140223')).toBe('14 0223');
    expect(normalisePhone('14 0592')).toBe('14 0592');
    expect(normalisePhone('(0543) 49 33 33')).toBe('0543 49 33 33');
    expect(normalisePhone('')).toBeUndefined();
  });

  it('leaves out a gemeente that no longer exists', () => {
    const ended = exportText.replace(
      '"Gemeente";"";"13-04-2026"',
      '"Gemeente";"01-01-2027";"13-04-2026"',
    );
    expect(readRegisterExport(ended).map((c) => c.gemeenteCode)).not.toContain('GM0344');
  });
});

describe('gemeente-contacts.csv', () => {
  const known = new Set(['GM0344', 'GM0358', 'GM0400', 'GM1963', 'GM0363']);
  const written = contactsCsv(readRegisterExport(exportText), [...known], {
    sourceTitle: 'Organisaties overheid: export gemeenten',
    checkedOn: '2026-11-30',
  });

  it('has one row per gemeente of the build with the register as source, and names the missing', () => {
    expect(written.written).toBe(4);
    expect(written.missing).toEqual(['GM0363']);
    expect(written.text.split('\n')[0]).toBe(CONTACT_COLUMNS.join(','));
    expect(written.text).toContain(
      'GM0344,14 030,https://www.utrecht.nl,https://organisaties.overheid.nl/export/Gemeenten.csv,Organisaties overheid: export gemeenten,2026-04-13,vermeld,2026-11-30',
    );
  });

  it('reads back into contacts with provenance', () => {
    const result = parseContacts(written.text, known);
    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual({ file: 'gemeente-contacts.csv', rowsIn: 4, recordsOut: 4 });
    expect(result.contacts.get('GM0344')).toEqual({
      phone: '14 030',
      website: 'https://www.utrecht.nl',
      provenance: {
        source: 'https://organisaties.overheid.nl/export/Gemeenten.csv',
        sourceTitle: 'Organisaties overheid: export gemeenten',
        sourceDate: '2026-04-13',
        sourceDateHow: 'vermeld',
        checkedOn: '2026-11-30',
      },
    });
  });

  it('refuses an unknown gemeente, a bad number or link, and a gemeente listed twice', () => {
    const header = CONTACT_COLUMNS.join(',');
    const source =
      'https://organisaties.overheid.nl/export/Gemeenten.csv,Register,2026-04-13,vermeld,2026-11-30';
    const result = parseContacts(
      [
        header,
        `GM9999,14 030,https://www.utrecht.nl,${source}`,
        `GM0344,bel ons,https://www.utrecht.nl,${source}`,
        `GM0358,0297 38 75 75,javascript:alert(1),${source}`,
        `GM0400,14 0223,,${source}`,
        `GM0400,14 0223,,${source}`,
      ].join('\n'),
      known,
    );
    expect(result.problems.map((p) => `${p.id}|${String(p.line)}`)).toEqual([
      'GM9999|2',
      'GM0344|3',
      'GM0358|4',
      'GM0400|6',
    ]);
    expect([...result.contacts.keys()]).toEqual(['GM0400']);
  });
});
