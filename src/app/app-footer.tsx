import { nl } from '../shared/i18n/nl';
import { formatDate } from '../shared/model/dates';
import type { CoreDataset } from '../shared/model/schema';

/** Sources and licences stay visible on every view (CC BY 4.0 asks for attribution). */
export function AppFooter({ dataset }: { dataset: CoreDataset | undefined }) {
  return (
    <footer className="app-footer">
      <h2 className="app-footer__title">{nl.sources.title}</h2>
      <ul className="app-footer__sources">
        <li>{nl.sources.boundaries}</li>
        <li>{nl.sources.postcodes}</li>
        <li>{nl.sources.places}</li>
        <li>{nl.sources.basemap}</li>
      </ul>
      {dataset ? (
        <p className="app-footer__version">
          {nl.app.dataUpdated(formatDate(dataset.checkedUntil))}
        </p>
      ) : null}
    </footer>
  );
}
