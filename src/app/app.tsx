import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../shared/data/queries';
import { nl } from '../shared/i18n/nl';
import { DataErrorPanel } from '../shared/ui/data-error';
import { UpdateBanner } from '../shared/ui/update-banner';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import { Workspace } from './workspace';
import { useUrlState } from './use-url-state';
import { UrlNotice } from './url-notice';

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
        <UrlNotice invalid={url.invalid} onDismiss={url.dismissInvalid} />
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
        {dataset.data ? <Workspace dataset={dataset.data} url={url} /> : null}
      </main>
      <AppFooter dataset={dataset.data} />
    </>
  );
}
