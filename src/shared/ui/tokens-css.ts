import { COVERAGE_STATES } from '../model/coverage';
import { REACH_BANDS } from '../model/reach';
import { PLACE_KINDS } from '../model/schema';
import { COVERAGE_STYLE, PATTERN_INK, REACH_STYLE } from './coverage-style';
import { COLOUR, FOCUS_RING, KIND_STYLE, MAP_COLOUR, RADIUS, SPACE } from './tokens';

/** Where the generated custom properties are committed, relative to the repository root. */
export const TOKENS_CSS_PATH = 'src/shared/ui/tokens.css';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * A legend swatch as one `background` value: the fill colour with the hatch and the dots laid
 * over it exactly where the map lays its patterns (the same `hatched` and `dotted` flags).
 */
function swatch(fill: string, hatched: boolean, dotted: boolean): string {
  const layers = [dotted ? 'var(--pattern-dots)' : '', hatched ? 'var(--pattern-hatch)' : ''];
  return [...layers.filter(Boolean), fill].join(', ').replace(/, (#[0-9a-f]+)$/, ' $1');
}

/**
 * The CSS custom properties of the design tokens (tokens.ts, coverage-style.ts). CSS never
 * repeats a token value; it reads `var(--…)`. Written to TOKENS_CSS_PATH by `npm run tokens`.
 */
export function tokensCss(): string {
  const props: [string, string][] = [
    ...Object.entries(COLOUR).map(([k, v]): [string, string] => [`colour-${kebab(k)}`, v]),
    ...Object.entries(SPACE).map(([k, v]): [string, string] => [`space-${k}`, v]),
    ['radius', RADIUS],
    ...Object.entries(FOCUS_RING).map(([k, v]): [string, string] => [`focus-${kebab(k)}`, v]),
    ...PLACE_KINDS.map((kind): [string, string] => [`kind-${kind}`, KIND_STYLE[kind].colour]),
    ...Object.entries(MAP_COLOUR).map(([k, v]): [string, string] => [`map-${kebab(k)}`, v]),
    [
      'pattern-hatch',
      `repeating-linear-gradient(45deg, ${PATTERN_INK.hatch} 0 2px, transparent 2px 6px)`,
    ],
    [
      'pattern-dots',
      `radial-gradient(circle, ${PATTERN_INK.dots} 1.4px, transparent 1.6px) 0 0 / 6px 6px`,
    ],
    ...COVERAGE_STATES.flatMap((state): [string, string][] => {
      const { fill, hatched, dotted } = COVERAGE_STYLE[state];
      return [
        [`coverage-${state}`, fill],
        [`swatch-${state}`, swatch(fill, hatched, dotted)],
      ];
    }),
    ...REACH_BANDS.flatMap((band): [string, string][] => {
      const { fill, hatched } = REACH_STYLE[band];
      return [
        [`reach-${band.replace('+', 'plus')}`, fill],
        [`swatch-reach-${band.replace('+', 'plus')}`, swatch(fill, hatched, false)],
      ];
    }),
  ];
  return [
    '/* Generated from src/shared/ui/tokens.ts and coverage-style.ts by `npm run tokens`:',
    '   do not edit; change the TypeScript and regenerate (a unit test keeps them equal). */',
    ':root {',
    ...props.map(([name, value]) => `  --${name}: ${value};`),
    '}',
    '',
  ].join('\n');
}
