import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressDir } from './precompress';

describe('precompressDir', () => {
  it('writes brotli and gzip copies of text files that decompress to the original', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sjk-precompress-'));
    try {
      const big = JSON.stringify({ gemeenten: Array.from({ length: 400 }, (_, i) => `GM${i}`) });
      fs.mkdirSync(path.join(dir, 'data'));
      fs.writeFileSync(path.join(dir, 'data/dataset.json'), big);
      fs.writeFileSync(path.join(dir, 'small.js'), 'export {};');
      fs.writeFileSync(path.join(dir, 'image.png'), Buffer.alloc(4096));

      expect(precompressDir(dir)).toEqual(['data/dataset.json']);
      const br = fs.readFileSync(path.join(dir, 'data/dataset.json.br'));
      const gz = fs.readFileSync(path.join(dir, 'data/dataset.json.gz'));
      expect(brotliDecompressSync(br).toString()).toBe(big);
      expect(gunzipSync(gz).toString()).toBe(big);
      expect(br.length).toBeLessThan(gz.length);
      expect(fs.existsSync(path.join(dir, 'small.js.br'))).toBe(false);
      expect(fs.existsSync(path.join(dir, 'image.png.br'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
