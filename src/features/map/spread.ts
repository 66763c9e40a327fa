/**
 * Places that share a position would hide each other: a library with an IDO and a sociaal
 * raadslieden spreekuur, or several places known only by their woonplaats. This spreads each such
 * group in a small circle on screen (an icon offset in pixels, so the spread looks the same at
 * every zoom while the position in the data stays as it is).
 */

/** Places closer than this (in degrees, about 25 m) count as sharing a position. */
export const SAME_POSITION_DEGREES = 0.00025;

/** Room between the centres of two markers in a group, in icon pixels (markers are 24 px wide). */
const GAP = 26;

/** An [x, y] icon offset in pixels, or undefined for a place that stands alone. */
export type Offset = [number, number] | undefined;

/**
 * Offsets for `points` ([lon, lat]), in the same order. Groups are formed greedily in input order
 * (the caller passes places in a stable order), so the result is the same on every load.
 */
export function spreadOffsets(points: readonly (readonly [number, number])[]): Offset[] {
  const groups: { lon: number; lat: number; members: number[] }[] = [];
  points.forEach(([lon, lat], index) => {
    const group = groups.find(
      (g) =>
        Math.abs(g.lon - lon) < SAME_POSITION_DEGREES &&
        Math.abs(g.lat - lat) < SAME_POSITION_DEGREES,
    );
    if (group) group.members.push(index);
    else groups.push({ lon, lat, members: [index] });
  });
  const offsets: Offset[] = points.map(() => undefined);
  for (const { members } of groups) {
    const n = members.length;
    if (n < 2) continue;
    // On a circle whose chord between neighbours is GAP: r = GAP / (2 sin(π/n)).
    const radius = GAP / (2 * Math.sin(Math.PI / n));
    members.forEach((index, k) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / n;
      offsets[index] = [
        Math.round(radius * Math.cos(angle) * 10) / 10,
        Math.round(radius * Math.sin(angle) * 10) / 10,
      ];
    });
  }
  return offsets;
}
