/**
 * Only these link kinds ever reach an href. The data is validated at build time too; this is the
 * second line of defence for anything that slips through (e.g. a hand-edited data file).
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(parsed.protocol)
      ? parsed.href
      : undefined;
  } catch {
    return undefined;
  }
}

/** A tel: link from a Dutch number as written ("030 123 45 67" → "tel:+31301234567"). */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('0900') || digits.startsWith('0800')) return `tel:${digits}`;
  // "14 030": a gemeente's short number, dialled as is (no area code, no +31).
  if (/^140\d{2,3}$/.test(digits)) return `tel:${digits}`;
  return `tel:+31${digits.replace(/^0/, '')}`;
}

/** Walking route in OpenStreetMap to a point; the user chooses to leave the app. */
export function routeHref(lat: number, lon: number): string {
  return `https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&route=%3B${lat.toFixed(5)}%2C${lon.toFixed(5)}`;
}

/**
 * True only for http(s) URLs with a host. A source may also be a document name; only a web
 * address ever becomes a link. The one URL check of the app and the pipeline.
 */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The host of a web address without "www.", as short link text ("oogtv.nl"). */
export function hostLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
