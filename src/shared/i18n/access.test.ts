// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { AccessMode } from '../model/schema';
import { accessSentence } from './access';

function sentence(access: AccessMode[], osm?: string, phone?: string): string {
  return accessSentence({
    access,
    openingHours: osm ? { osm } : {},
    ...(phone ? { phone } : {}),
  });
}

describe('access as one sentence', () => {
  it('folds walk-in hours into the sentence and offers an appointment besides', () => {
    expect(sentence(['inloop', 'afspraak'], 'We 10:00-12:15')).toBe(
      'Inloop op woensdag 10.00–12.15, of op afspraak.',
    );
  });

  it('groups days with the same hours', () => {
    expect(sentence(['inloop'], 'Mo-Fr 14:00-17:00; Sa 10:00-15:00')).toBe(
      'Inloop op maandag tot en met vrijdag 14.00–17.00, zaterdag 10.00–15.00.',
    );
  });

  it('never says both "zonder afspraak" and "alleen op afspraak"', () => {
    const modes: AccessMode[] = ['inloop', 'afspraak', 'telefonisch-online'];
    const subsets = [1, 2, 3, 4, 5, 6, 7].map((bits) => modes.filter((_, i) => bits & (1 << i)));
    for (const access of subsets) {
      for (const osm of [undefined, 'We 10:00-12:00']) {
        const text = sentence(access, osm);
        expect(text, access.join('+')).not.toMatch(/zonder afspraak.*alleen op afspraak/is);
        expect(text.includes('Alleen op afspraak') && access.includes('inloop')).toBe(false);
        expect(text.length, access.join('+')).toBeGreaterThan(10);
      }
    }
  });

  it('says walk-in without hours, appointment only and phone or online plainly', () => {
    expect(sentence(['inloop'])).toBe('U kunt zonder afspraak langskomen.');
    expect(sentence(['afspraak'], 'Mo 09:00-12:00')).toBe('Alleen op afspraak.');
    expect(sentence(['telefonisch-online'])).toBe('Hulp per telefoon of online.');
    expect(sentence(['afspraak', 'telefonisch-online'])).toBe(
      'Op afspraak, of per telefoon of online.',
    );
    expect(sentence(['inloop', 'telefonisch-online'])).toBe(
      'U kunt zonder afspraak langskomen. U kunt ook bellen of online hulp vragen.',
    );
  });

  it('says "bel eerst" only when there is a number to call', () => {
    expect(sentence([])).toBe('We weten niet of u een afspraak nodig hebt.');
    expect(sentence([], undefined, '0800-8020')).toBe(
      'We weten niet of u een afspraak nodig hebt. Bel eerst.',
    );
  });
});
