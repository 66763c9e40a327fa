import type { PlaceKind } from '../model/schema';

/**
 * The design vocabulary, defined once as plain data: the map layers, the marker and icon drawing
 * and the PNG export import it from here, and CSS reads the same values as custom properties from
 * `tokens.css` and `coverage-tokens.css`, which `tokenSheets()` (tokens-css.ts) writes from this
 * module (`npm run tokens`; a unit test fails when they differ). The kinds' shapes (kind-style.ts)
 * and the coverage and distance colours (coverage-style.ts) live beside it, in modules of their
 * own so the first view loads only what it uses, and reach CSS the same way. Change a value in
 * TypeScript, never in a CSS file.
 */

/** Interface colours; every text colour meets WCAG 2.2 AA on `bg` and on `panel`. */
export const COLOUR = {
  text: '#1a1a1a',
  muted: '#4a4f57',
  bg: '#ffffff',
  /** Text and icons on the primary blue (header, filled buttons). */
  onPrimary: '#ffffff',
  panel: '#f5f6f8',
  /** Decorative rules and panel edges (not a control's boundary). */
  border: '#8a9099',
  /** Thin lines between rows. */
  rule: '#d5d8dd',
  /** The edge of a form field: 4.5:1 on white, above the 3:1 a control's boundary needs. */
  fieldBorder: '#767676',
  primary: '#1d4e89',
  primaryDark: '#143a66',
  /** Selected or highlighted row, option or answer. */
  selectedBg: '#e3ecf7',
  focus: '#ffbf47',
  error: '#b00020',
  errorBg: '#fdecee',
  warning: '#8a5a00',
  warningText: '#7a4a00',
  warningBg: '#fff4d6',
  /** Caution ink (outdated claims, own data): the same dark brown as the hatch. */
  caution: '#7a2e0b',
  /** Ink on paper: print sheets are black on white. */
  print: '#000000',
} as const;

/** Spacing steps in rem, so gaps and paddings come from one short scale. */
export const SPACE = {
  1: '0.25rem',
  2: '0.5rem',
  3: '0.75rem',
  4: '1rem',
  5: '1.5rem',
} as const;

export const RADIUS = '6px';

/**
 * The focus ring: a dark outline with a yellow halo, visible on white, on the blue header and on
 * every map colour (WCAG 2.4.7 and 2.4.13).
 */
export const FOCUS_RING = {
  colour: COLOUR.text,
  width: '3px',
  offset: '2px',
  halo: COLOUR.focus,
  haloWidth: '6px',
} as const;

/** Per kind of place its colour (its shape is in kind-style.ts): map markers, list icons, legends. */
export const KIND_COLOUR: Record<PlaceKind, string> = {
  'sociaal-raadslieden': '#b93f0b',
  ido: '#1d4ed8',
  'juridisch-loket': '#6d28d9',
};

/** The edge around every marker and list icon, so it stands out on every map colour. */
export const MARKER_EDGE = '#ffffff';

/**
 * Colours of the embedded basemap; the outline and fill keep at least 3:1 contrast with the sea.
 * Land abroad is land too, a shade darker than Dutch land so the country the map is about stands out.
 */
export const MAP_COLOUR = {
  sea: '#dce9f2',
  land: '#f6f6f2',
  abroad: '#e6e4dc',
  abroadLine: '#b9b5a8',
  gemeenteLine: '#6b7280',
  provinceLine: '#1f2937',
  labelText: COLOUR.text,
  woonplaatsText: '#3d4148',
  labelHalo: COLOUR.bg,
  searched: '#111827',
  searchedOutline: COLOUR.primary,
  /** The outline of the hovered or selected gemeente. */
  highlight: '#000000',
  /** Numbers on cluster markers, on the kind's colour. */
  clusterText: COLOUR.bg,
} as const;
