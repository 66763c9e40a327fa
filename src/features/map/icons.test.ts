// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { KIND_COLOUR } from '../../shared/ui/tokens';
import { drawMarker } from './icons';

function alphaAt(image: ReturnType<typeof drawMarker>, x: number, y: number): number {
  return image.data[(y * image.width + x) * 4 + 3] ?? -1;
}

describe('marker icons', () => {
  it('draw different shapes: a square fills its corner area, a circle and a diamond do not', () => {
    const square = drawMarker('square', KIND_COLOUR.ido);
    const circle = drawMarker('circle', KIND_COLOUR['sociaal-raadslieden']);
    const diamond = drawMarker('diamond', KIND_COLOUR['juridisch-loket']);
    expect(alphaAt(square, 6, 6)).toBe(255);
    expect(alphaAt(circle, 6, 6)).toBe(0);
    expect(alphaAt(diamond, 6, 6)).toBe(0);
    expect(alphaAt(diamond, 24, 3)).toBeGreaterThan(0);
  });

  it('fill the shape with the kind colour inside a white border', () => {
    const icon = drawMarker('circle', KIND_COLOUR['sociaal-raadslieden']);
    const centre = (24 * icon.width + 24) * 4;
    expect([...icon.data.slice(centre, centre + 4)]).toEqual([0xb9, 0x3f, 0x0b, 255]);
  });
});
