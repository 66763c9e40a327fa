import { useId, useMemo, useState } from 'react';
import { embedSnippet, embedUrl, type EmbedPreset } from '../../shared/model/embed';
import type { CoreDataset } from '../../shared/model/schema';
import { nl } from './strings';

const t = nl.about.embed;

/**
 * "Zet de zoekhulp op uw website": partners pick a gemeente or a province and copy one iframe
 * snippet. The snippet is shown as text in a read-only field, never inserted as HTML.
 */
export function EmbedSnippet({ dataset }: { dataset: CoreDataset }) {
  const id = useId();
  const [choice, setChoice] = useState('');
  const [message, setMessage] = useState('');
  const gemeenten = useMemo(
    () => [...dataset.gemeenten].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [dataset],
  );
  const provinces = useMemo(() => {
    const byCode = new Map<string, string>();
    for (const g of dataset.gemeenten) byCode.set(g.provinceCode, g.provinceName);
    return [...byCode].sort((a, b) => a[1].localeCompare(b[1], 'nl'));
  }, [dataset]);
  const preset: EmbedPreset = choice.startsWith('GM')
    ? { gemeente: choice }
    : choice.startsWith('PV')
      ? { province: choice }
      : {};
  const snippet = embedSnippet(
    embedUrl(window.location.origin, import.meta.env.BASE_URL, preset),
    t.frameTitle,
  );

  return (
    <section aria-labelledby={`${id}-title`} className="embed-snippet-section">
      <h3 id={`${id}-title`}>{t.title}</h3>
      {t.intro.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <label htmlFor={`${id}-choice`}>{t.choose}</label>
      <select
        id={`${id}-choice`}
        value={choice}
        onChange={(event) => {
          setChoice(event.target.value);
          setMessage('');
        }}
      >
        <option value="">{t.noPreset}</option>
        <optgroup label={t.provinces}>
          {provinces.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t.gemeenten}>
          {gemeenten.map((g) => (
            <option key={g.code} value={g.code}>
              {g.name}
            </option>
          ))}
        </optgroup>
      </select>
      <label htmlFor={`${id}-code`}>{t.snippet}</label>
      <textarea id={`${id}-code`} readOnly rows={6} value={snippet} className="embed-snippet" />
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            navigator.clipboard.writeText(snippet).then(
              () => {
                setMessage(t.copied);
              },
              () => {
                setMessage(t.copyFailed);
              },
            );
          }}
        >
          {t.copy}
        </button>{' '}
        <span role="status">{message}</span>
      </p>
      <p className="note">{t.allowList}</p>
    </section>
  );
}
