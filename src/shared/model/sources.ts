import { hostLabel, isWebUrl } from './links';
import type { Provenance, SourceDocument } from './schema';

/** A source as people see it: a title (never a file name), the link when it is a web page. */
export interface SourceLabel {
  title: string;
  /** Only for http(s) sources. */
  url?: string;
  /** The organisation behind a background document. */
  publisher?: string;
}

/**
 * How to name a source: a web page by its title, or its host when no title is recorded; a
 * background document by the title in the documents list. The build refuses a document that is
 * not listed, so the last fallback is a plain description, not the internal file name.
 */
export function describeSource(
  provenance: Pick<Provenance, 'source' | 'sourceTitle'>,
  documents: readonly SourceDocument[],
): SourceLabel {
  const { source, sourceTitle } = provenance;
  if (isWebUrl(source)) return { title: sourceTitle ?? hostLabel(source), url: source };
  const doc = documents.find((d) => d.file === source);
  if (doc) return { title: doc.title, publisher: doc.publisher };
  return { title: sourceTitle ?? 'achtergronddocument' };
}
