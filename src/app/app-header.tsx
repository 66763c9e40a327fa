import { nl } from '../shared/i18n/nl';
import { serializeUrlState, DEFAULT_STATE, type View } from '../shared/model/url-state';

/** The menu; the factsheet (`blad`) is reached from Dekking, not from here. */
const NAV: Exclude<View, 'blad'>[] = ['zoeken', 'dekking', 'over', 'toegankelijkheid'];

/** Title and the main menu; links are real links (they work in a new tab too). */
export function AppHeader({ view, onNavigate }: { view: View; onNavigate: (view: View) => void }) {
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1 className="app-header__title">{nl.app.title}</h1>
        <p className="app-header__tagline">{nl.app.tagline}</p>
      </div>
      <nav aria-label={nl.app.mainNav}>
        <ul className="app-nav">
          {NAV.map((item) => (
            <li key={item}>
              <a
                className="app-nav__link"
                href={serializeUrlState({ ...DEFAULT_STATE, view: item }) || '#'}
                aria-current={item === view ? 'page' : undefined}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                  event.preventDefault();
                  onNavigate(item);
                }}
              >
                {nl.nav[item]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
