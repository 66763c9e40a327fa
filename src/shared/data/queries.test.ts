import { fetchBoundaries } from './queries';

describe('fetchBoundaries', () => {
  it('keeps every member MapLibre needs, such as the feature ids that hover and selection use', async () => {
    const gemeenten = await fetchBoundaries('gemeenten');
    expect(gemeenten.features.length).toBeGreaterThan(300);
    const ids = new Set(gemeenten.features.map((feature) => feature.id));
    expect(ids.size).toBe(gemeenten.features.length);
    expect(gemeenten.features[0]?.properties).toHaveProperty('code');
  });
});
