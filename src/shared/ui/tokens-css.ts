import { COVERAGE_STATES } from '../model/coverage';
import { REACH_BANDS } from '../model/reach';
import { PLACE_KINDS } from '../model/schema';
import { COVERAGE_STYLE, PATTERN_INK, REACH_STYLE } from './coverage-style';
import { COLOUR, FOCUS_RING, KIND_COLOUR, MAP_COLOUR, MARKER_EDGE, RADIUS, SPACE } from './tokens';

type Property = readonly [name: string, value: string];

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const band = (b: string) => b.replace('+', 'plus');

/**
 * A legend swatch as one `background` value: the fill with the hatch and the dots laid over it
 * exactly where the map lays its patterns (the same `hatched` and `dotted` flags).
 */
function swatch(fill: string, hatched: boolean, dotted: boolean): string {
  const patterns = [dotted && 'var(--pattern-dots)', hatched && 'var(--pattern-hatch)'];
  return [patterns.filter(Boolean).join(', '), fill].filter(Boolean).join(' ');
}

/** What every page needs: colours, spacing, radius, focus ring, the kinds and the map's sea. */
function globalProperties(): Property[] {
  return [
    ...Object.entries(COLOUR).map(([k, v]): Property => [`colour-${kebab(k)}`, v]),
    ...Object.entries(SPACE).map(([k, v]): Property => [`space-${k}`, v]),
    ['radius', RADIUS],
    ...Object.entries(FOCUS_RING).map(([k, v]): Property => [`focus-${kebab(k)}`, v]),
    ...PLACE_KINDS.map((kind): Property => [`kind-${kind}`, KIND_COLOUR[kind]]),
    ['kind-edge', MARKER_EDGE],
    // The map's place shows the sea until the map has drawn.
    ['map-sea', MAP_COLOUR.sea],
  ];
}

/** What only Dekking needs: coverage and distance colours, their patterns and swatches. */
function coverageProperties(): Property[] {
  return [
    [
      'pattern-hatch',
      `repeating-linear-gradient(45deg, ${PATTERN_INK.hatch} 0 2px, transparent 2px 6px)`,
    ],
    [
      'pattern-dots',
      `radial-gradient(circle, ${PATTERN_INK.dots} 1.4px, transparent 1.6px) 0 0 / 6px 6px`,
    ],
    ...COVERAGE_STATES.flatMap((state): Property[] => {
      const { fill, hatched, dotted } = COVERAGE_STYLE[state];
      return [
        [`coverage-${state}`, fill],
        [`swatch-${state}`, swatch(`var(--coverage-${state})`, hatched, dotted)],
      ];
    }),
    ...REACH_BANDS.flatMap((b): Property[] => {
      const { fill, hatched } = REACH_STYLE[b];
      return [
        [`reach-${band(b)}`, fill],
        [`swatch-reach-${band(b)}`, swatch(`var(--reach-${band(b)})`, hatched, false)],
      ];
    }),
  ];
}

function sheet(sources: string, properties: Property[]): string {
  return [
    `/* Generated from ${sources} by \`npm run tokens\`:`,
    '   do not edit; change the TypeScript and regenerate (a unit test keeps them equal). */',
    ':root {',
    ...properties.map(([name, value]) => `  --${name}: ${value};`),
    '}',
    '',
  ].join('\n');
}

/**
 * The design tokens (tokens.ts, kind-style.ts, coverage-style.ts) as CSS custom properties, per
 * file (path from the repository root): CSS never repeats a token value, it reads `var(--…)`.
 * The coverage file loads with Dekking only, so the first view carries none of it.
 */
export function tokenSheets(): Record<string, string> {
  return {
    'src/shared/ui/tokens.css': sheet('src/shared/ui/tokens.ts', globalProperties()),
    'src/shared/ui/coverage-tokens.css': sheet(
      'src/shared/ui/coverage-style.ts',
      coverageProperties(),
    ),
  };
}
