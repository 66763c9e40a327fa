import { nl } from './strings';
import { useState, type JSX } from 'react';
import { dataUrl } from '../../shared/data/fetch-json';
import { downloadCoverageGeojson, downloadCsv } from './download';
import { coverageCsv } from './model/export-csv';
import type { CoverageRow } from './model/table-rows';

const t = nl.coverageView;

/**
 * CSV and GeoJSON downloads of all gemeenten (not only the filtered ones), so the figures can be
 * checked and reused outside the app, and the published data as Open Referral HSDS (a plain link
 * to public/data/hsds.json, written by the build: no script needed). File names carry the data date.
 */
export function CoverageDownloads({
  rows,
  checkedUntil,
}: {
  rows: readonly CoverageRow[];
  checkedUntil: string;
}): JSX.Element {
  const [geojson, setGeojson] = useState<'idle' | 'busy' | 'failed'>('idle');
  const base = `dekking-sociaal-raadslieden-${checkedUntil}`;

  return (
    <section className="coverage-downloads" aria-labelledby="dekking-downloads">
      <h3 id="dekking-downloads">{t.downloadsTitle}</h3>
      <div className="coverage-download">
        <button
          type="button"
          className="button button--secondary"
          aria-describedby="dekking-csv-uitleg"
          onClick={() => {
            downloadCsv(`${base}.csv`, coverageCsv(rows));
          }}
        >
          {t.downloadCsv}
        </button>
        <p id="dekking-csv-uitleg" className="note">
          {t.downloadCsvHint}
        </p>
      </div>
      <div className="coverage-download">
        <button
          type="button"
          className="button button--secondary"
          aria-describedby="dekking-geojson-uitleg"
          aria-disabled={geojson === 'busy'}
          onClick={() => {
            if (geojson === 'busy') return;
            setGeojson('busy');
            downloadCoverageGeojson(`${base}.geojson`, rows).then(
              () => {
                setGeojson('idle');
              },
              (error: unknown) => {
                console.error(error);
                setGeojson('failed');
              },
            );
          }}
        >
          {geojson === 'busy' ? t.downloadBusy : t.downloadGeojson}
        </button>
        <p id="dekking-geojson-uitleg" className="note">
          {t.downloadGeojsonHint}
        </p>
        {geojson === 'failed' && (
          <p role="alert" className="caution">
            {t.downloadFailed}
          </p>
        )}
      </div>
      <div className="coverage-download">
        <a
          className="button button--secondary"
          href={dataUrl('hsds.json')}
          download={`sociaal-juridische-kaart-hsds-${checkedUntil}.json`}
          type="application/json"
          aria-describedby="dekking-hsds-uitleg"
        >
          {t.downloadHsds}
        </a>
        <p id="dekking-hsds-uitleg" className="note">
          {t.downloadHsdsHint}
        </p>
      </div>
    </section>
  );
}
