import { nl } from './strings';
import type { CoverageTotals } from '../../shared/model/coverage';
import { formatDate } from '../../shared/model/dates';
import { DEFAULT_STATE, serializeUrlState } from '../../shared/model/url-state';
import type { CoreDataset, PlaceSummary } from '../../shared/model/schema';
import { EmbedSnippet } from './embed-snippet';

/** "Over deze kaart": what it is, where the data comes from, licences, how to report a change. */
export function AboutPage({
  dataset,
  places,
  totals,
}: {
  dataset: CoreDataset;
  /** Undefined until places.json is there: the counts of places wait for it. */
  places: readonly PlaceSummary[] | undefined;
  totals: CoverageTotals;
}) {
  const count = (kind: string) => places?.filter((l) => l.kind === kind).length ?? 0;
  const placesLoading =
    places === undefined ? <li role="status">{nl.about.placesLoading}</li> : null;
  return (
    <article className="page">
      <h2>{nl.about.title}</h2>
      {nl.about.intro.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <h3>{nl.about.whatTitle}</h3>
      <ul>
        {placesLoading ?? (
          <li>
            {nl.about.counts(count('sociaal-raadslieden'), count('ido'), count('juridisch-loket'))}
          </li>
        )}
        <li>{nl.about.services(dataset.services.length, dataset.evidence.length)}</li>
        <li>{nl.about.checkedUntil(formatDate(dataset.checkedUntil))}</li>
      </ul>
      <h3>{nl.about.sourcesTitle}</h3>
      <ul>
        <li>{nl.sources.boundaries}</li>
        <li>{nl.sources.postcodes}</li>
        <li>{dataset.populationNote}</li>
        <li>{nl.sources.places}</li>
      </ul>
      <h3>{nl.about.incompleteTitle}</h3>
      <ul>
        {placesLoading ??
          nl.about
            .completeness(
              count('ido'),
              count('juridisch-loket'),
              dataset.gemeenten.length - totals.gemeenten.onbekend,
              dataset.gemeenten.length,
              totals.gemeenten['wel-actueel'] + totals.gemeenten['niet-actueel'],
            )
            .map((line) => <li key={line}>{line}</li>)}
      </ul>
      {nl.about.incomplete.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <h3>{nl.about.privacyTitle}</h3>
      <p>{nl.about.privacy}</p>
      <h3>{nl.about.ownDataTitle}</h3>
      <p>
        {nl.about.ownData}{' '}
        <a href={serializeUrlState({ ...DEFAULT_STATE, view: 'gegevens' })}>
          {nl.about.ownDataLink}
        </a>
      </p>
      <h3>{nl.about.reportTitle}</h3>
      <p>{nl.about.report}</p>
      <EmbedSnippet dataset={dataset} />
    </article>
  );
}
