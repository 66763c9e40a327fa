// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, FileFormatError } from './decode';

/** Bytes of text in Windows-1252 (Latin-1 for the characters used here). */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from({ length: text.length }, (_, i) => {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new Error(`not in Latin-1: ${text[i] ?? ''}`);
    return code;
  });
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(bytes: Uint8Array): string {
  try {
    decodeCsvBytes(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(FileFormatError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without a BOM unchanged', () => {
    expect(decodeCsvBytes(utf8('naam\nSúdwest-Fryslân\n'))).toEqual({
      text: 'naam\nSúdwest-Fryslân\n',
      encoding: 'utf-8',
      notes: [],
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('naam\nÉ\n')]);
    expect(decodeCsvBytes(withBom).text).toBe('naam\nÉ\n');
  });

  it('converts a Windows-1252 file exactly, with a note to save as UTF-8 next time', () => {
    const decoded = decodeCsvBytes(cp1252('gemeente;naam\r\nGM1900;Súdwest-Fryslân\r\n'));
    expect(decoded.text).toBe('gemeente;naam\r\nGM1900;Súdwest-Fryslân\r\n');
    expect(decoded.text).not.toContain('\uFFFD');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.notes.join()).toMatch(/Windows-1252.*sla het bestand op als CSV UTF-8/);
  });

  it('reads the euro sign and curly quotes of Windows-1252 (bytes 0x80-0x9f)', () => {
    const bytes = new Uint8Array([...cp1252('a\n'), 0x80, 0x20, 0x93, 0x78, 0x94, 0x0a]);
    expect(decodeCsvBytes(bytes).text).toBe('a\n€ “x”\n');
  });

  it('refuses a file that mixes UTF-8 and Windows-1252', () => {
    const mixed = new Uint8Array([...utf8('naam\nCafé\n'), ...cp1252('Frysl\u00e2n\n')]);
    expect(refusal(mixed)).toMatch(/mengt UTF-8 en Windows-1252.*CSV UTF-8/);
  });

  it('names an Excel workbook renamed to .csv', () => {
    const xlsx = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...utf8('....[Content_Types].xml..xl/workbook.xml'),
    ]);
    expect(refusal(xlsx)).toMatch(/Excel-werkmap \(\.xlsx\) met de naam \.csv.*CSV UTF-8/);
    const ods = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...utf8('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
    ]);
    expect(refusal(ods)).toMatch(/LibreOffice-werkmap \(\.ods\)/);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(refusal(xls)).toMatch(/oude Excel-werkmap \(\.xls\)/);
  });

  it('names UTF-16 ("Unicode-tekst"), with or without a byte-order mark', () => {
    const text = 'id\tnaam\r\n1\tÉén\r\n';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) {
      le[i * 2] = text.charCodeAt(i) & 0xff;
      le[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    expect(refusal(new Uint8Array([0xff, 0xfe, ...le]))).toMatch(/UTF-16.*CSV UTF-8/);
    expect(refusal(le)).toMatch(/UTF-16/);
  });

  it('refuses an empty file', () => {
    expect(refusal(new Uint8Array())).toMatch(/leeg/);
  });
});
