// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COVERAGE_STATES } from '../../shared/model/coverage';
import { REACH_BANDS } from '../../shared/model/reach';
import { COVERAGE_STYLE, PATTERN_INK, REACH_STYLE } from '../../shared/ui/coverage-style';

const css = fs.readFileSync(path.join(import.meta.dirname, 'coverage.css'), 'utf8');

/** The declarations of `.coverage-swatch--<state>`, lower-cased. */
function swatchRule(state: string): string {
  const match = new RegExp(`\\.coverage-swatch--${state}\\s*\\{([^}]*)\\}`).exec(css);
  if (!match?.[1]) throw new Error(`coverage.css has no swatch for ${state}`);
  return match[1].toLowerCase();
}

describe('legend swatches in coverage.css', () => {
  it.each(COVERAGE_STATES)('%s looks like it does on the map and in the PNG', (state) => {
    const rule = swatchRule(state);
    const style = COVERAGE_STYLE[state];
    expect(rule).toMatch(new RegExp(`background-color:\\s*${style.fill}\\s*;`));
    // The hatch (niet) and the dots (verouderd) appear in the legend exactly where the map has them.
    expect(rule.includes(PATTERN_INK.hatch) && rule.includes('linear-gradient')).toBe(
      style.hatched,
    );
    expect(rule.includes(PATTERN_INK.dots) && rule.includes('radial-gradient')).toBe(style.dotted);
  });
});

const campaignCss = fs.readFileSync(path.join(import.meta.dirname, 'campaign.css'), 'utf8');

describe('distance layer swatches in campaign.css', () => {
  it.each(REACH_BANDS)('%s looks like it does on the map', (band) => {
    const match = new RegExp(
      `\\.coverage-reach-map__swatch\\[data-band='${band.replace('+', '\\+')}'\\]\\s*\\{([^}]*)\\}`,
    ).exec(campaignCss);
    const rule = (match?.[1] ?? '').toLowerCase();
    expect(rule).toContain(REACH_STYLE[band].fill);
    expect(rule.includes(PATTERN_INK.hatch) && rule.includes('linear-gradient')).toBe(
      REACH_STYLE[band].hatched,
    );
  });
});
