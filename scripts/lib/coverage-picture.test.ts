// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CoverageState } from '../../src/shared/model/coverage';
import { COVERAGE_STYLE } from '../../src/shared/ui/coverage-style';
import { coveragePictureSvg, pictureText } from './coverage-picture';

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + 0.5, y],
      [x + 0.5, y + 0.5],
      [x, y + 0.5],
      [x, y],
    ],
  ],
});

/** No gemeenten and no inwoners in any state. */
const ZERO = {
  'wel-actueel': 0,
  'wel-verouderd': 0,
  'niet-actueel': 0,
  'niet-verouderd': 0,
  onbekend: 0,
};

function picture(states: Record<string, CoverageState>) {
  const gemeenten = {
    type: 'FeatureCollection' as const,
    features: [
      {
        type: 'Feature' as const,
        properties: { code: 'GM0001', name: 'A' },
        geometry: square(4, 51),
      },
      {
        type: 'Feature' as const,
        properties: { code: 'GM0002', name: 'B' },
        geometry: square(5, 52),
      },
    ],
  };
  const provincies = {
    type: 'FeatureCollection' as const,
    features: [
      {
        type: 'Feature' as const,
        properties: { code: 'PV20', name: 'P' },
        geometry: square(4, 51),
      },
      {
        type: 'Feature' as const,
        properties: { code: 'PV21', name: 'Q' },
        geometry: square(5, 52),
      },
    ],
  };
  return coveragePictureSvg({
    gemeenten,
    provincies,
    states: new Map(Object.entries(states)),
    totals: { gemeenten: { ...ZERO, 'niet-verouderd': 1, onbekend: 1 }, inwoners: ZERO },
    text: pictureText('2026-11-22'),
  });
}

describe('the static Dekking picture', () => {
  it('colours each gemeente by its state, hatches niet and dots an old source', () => {
    const svg = picture({ GM0001: 'niet-verouderd' });
    expect(svg).toContain(`fill="${COVERAGE_STYLE['niet-verouderd'].fill}"`);
    expect(svg).toMatch(/<g fill="url\(#hatch\)"><path d="M/);
    expect(svg).toMatch(/<g fill="url\(#dots\)"><path d="M/);
  });

  it('carries the legend with counts, the date and the caveat that onbekend is not geen', () => {
    const svg = picture({ GM0001: 'niet-verouderd' });
    expect(svg).toContain('Geen sociaal raadslieden, oude bron: 1 gemeente');
    expect(svg).toContain('Onbekend: 1 gemeente');
    expect(svg).toContain('dat is niet hetzelfde als geen');
    expect(svg).toContain('Stand op 22 november 2026');
  });

  it('uses no style element or attribute, which a strict CSP would block', () => {
    const svg = picture({});
    expect(svg).not.toMatch(/<style|style=/);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('escapes text, so a name can never break the SVG', () => {
    const svg = coveragePictureSvg({
      gemeenten: { type: 'FeatureCollection', features: [] },
      provincies: {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { code: 'PV20', name: 'P' }, geometry: square(4, 51) },
        ],
      },
      states: new Map(),
      totals: { gemeenten: ZERO, inwoners: ZERO },
      text: { ...pictureText('2026-11-22'), title: 'A <b> & "c"' },
    });
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
  });
});
