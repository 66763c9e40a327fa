import { embedSnippet, embedUrl, parseEmbedPreset } from './embed';

describe('embed preset and snippet', () => {
  it('reads a gemeente or province code and drops anything else', () => {
    expect(parseEmbedPreset('?gm=GM0014')).toEqual({ gemeente: 'GM0014' });
    expect(parseEmbedPreset('?prov=PV20')).toEqual({ province: 'PV20' });
    expect(parseEmbedPreset('?gm=Groningen&prov=PV2')).toEqual({});
    expect(parseEmbedPreset('?gm=GM0014%22%3E')).toEqual({});
  });

  it('builds the address with the base path and one preset', () => {
    expect(embedUrl('https://kaart.example.nl', '/', { gemeente: 'GM0014' })).toBe(
      'https://kaart.example.nl/embed.html?gm=GM0014',
    );
    expect(embedUrl('https://x.nl', '/sjk', { province: 'PV20' })).toBe(
      'https://x.nl/sjk/embed.html?prov=PV20',
    );
  });

  it('gives an iframe with a title, no referrer and a sandbox, with attributes escaped', () => {
    const snippet = embedSnippet('https://x.nl/embed.html?gm=GM0014', 'Hulp "bij" u <in> de buurt');
    expect(snippet).toMatch(/^<iframe src="https:\/\/x\.nl\/embed\.html\?gm=GM0014"/);
    expect(snippet).toContain('title="Hulp &quot;bij&quot; u &lt;in&gt; de buurt"');
    expect(snippet).toContain('referrerpolicy="no-referrer"');
    expect(snippet).toContain('sandbox="allow-scripts allow-same-origin');
    expect(snippet).not.toContain('allow-top-navigation');
  });
});
