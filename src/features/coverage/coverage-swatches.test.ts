// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COVERAGE_STATES } from '../../shared/model/coverage';
import { REACH_BANDS } from '../../shared/model/reach';
import { COVERAGE_STYLE, REACH_STYLE } from '../../shared/ui/coverage-style';
import { tokenSheets } from '../../shared/ui/tokens-css';

const tokens = tokenSheets()['src/shared/ui/coverage-tokens.css'] ?? '';

/** The value of a custom property in the generated tokens. */
function token(name: string): string {
  const match = new RegExp(`--${name.replace('+', '\\+')}:\\s*([^;]*);`).exec(tokens);
  if (!match?.[1]) throw new Error(`tokens.css has no --${name}`);
  return match[1];
}

/** The declarations of the first rule whose selector is `selector`. */
function rule(css: string, selector: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}\\s*\\{([^}]*)\\}`).exec(css);
  if (!match?.[1]) throw new Error(`no rule for ${selector}`);
  return match[1];
}

const coverageCss = fs.readFileSync(path.join(import.meta.dirname, 'coverage.css'), 'utf8');
const campaignCss = fs.readFileSync(path.join(import.meta.dirname, 'campaign.css'), 'utf8');

describe('legend swatches', () => {
  it.each(COVERAGE_STATES)('%s looks like it does on the map and in the PNG', (state) => {
    expect(rule(coverageCss, `.coverage-swatch--${state}`)).toContain(`var(--swatch-${state})`);
    const swatch = token(`swatch-${state}`);
    const style = COVERAGE_STYLE[state];
    expect(token(`coverage-${state}`)).toBe(style.fill);
    expect(swatch).toContain(`var(--coverage-${state})`);
    // The hatch (niet) and the dots (verouderd) appear in the legend exactly where the map has them.
    expect(swatch.includes('var(--pattern-hatch)')).toBe(style.hatched);
    expect(swatch.includes('var(--pattern-dots)')).toBe(style.dotted);
  });

  it.each(REACH_BANDS)('distance band %s looks like it does on the map', (band) => {
    const name = `swatch-reach-${band.replace('+', 'plus')}`;
    expect(rule(campaignCss, `.coverage-reach-map__swatch[data-band='${band}']`)).toContain(
      `var(--${name})`,
    );
    expect(token(`reach-${band.replace('+', 'plus')}`)).toBe(REACH_STYLE[band].fill);
    expect(token(name).includes('var(--pattern-hatch)')).toBe(REACH_STYLE[band].hatched);
  });
});
