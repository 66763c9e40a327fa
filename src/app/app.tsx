import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { datasetQuery } from '../shared/data/queries';
import { nl } from '../shared/i18n/nl';
import { DataErrorPanel } from '../shared/ui/data-error';
import { UpdateBanner } from '../shared/ui/update-banner';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import { PageLayout } from './page-layout';
import { useUrlState } from './use-url-state';

/** Only a link with a part that cannot be read needs the notice: it loads then. */
const UrlNotice = lazy(() => import('./url-notice').then((m) => ({ default: m.UrlNotice })));

/**
 * The page frame: header, the view for the URL, footer with sources. Data errors show a Dutch
 * message with a retry instead of an empty page.
 */
export function App() {
  const url = useUrlState();
  const dataset = useQuery(datasetQuery);

  return (
    <>
      <a className="skip-link" href="#inhoud">
        {nl.app.skipToContent}
      </a>
      <AppHeader
        view={url.state.view}
        onNavigate={(view) => {
          url.update({ view, gemeente: undefined, placeId: undefined }, { push: true });
        }}
      />
      <main id="inhoud" tabIndex={-1}>
        <UpdateBanner />
        {url.invalid.length > 0 ? (
          <Suspense fallback={null}>
            <UrlNotice invalid={url.invalid} onDismiss={url.dismissInvalid} />
          </Suspense>
        ) : null}
        {dataset.isPending ? (
          <p role="status" className="loading">
            {nl.app.loading}
          </p>
        ) : null}
        {dataset.isError ? (
          <DataErrorPanel
            error={dataset.error}
            source="dataset"
            onRetry={() => {
              void dataset.refetch();
            }}
          />
        ) : null}
        {dataset.data ? <PageLayout dataset={dataset.data} url={url} /> : null}
      </main>
      <AppFooter dataset={dataset.data} />
    </>
  );
}
