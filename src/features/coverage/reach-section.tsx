import { useId, useMemo, useState, type JSX } from 'react';
import type { CoverageResult } from '../../shared/model/coverage';
import { REACH_BANDS, REACH_KINDS, type ReachData } from '../../shared/model/reach';
import type { Dataset, PlaceKind } from '../../shared/model/schema';
import { formatShare } from './model/format';
import type { Province } from './model/provinces';
import { reachCompleteness, servedWithoutOffice } from './model/reach-view';
import { LazyDetails } from './lazy-details';
import { useReach } from './reach-context';
import { ReachMapChoice } from './reach-map-choice';
import type { CoverageViewProps, ReachLoad } from './types';
import { FarFromHelp, ReachCaveats, ReachTable } from './reach-figures';
import { campaignStrings } from './strings';

const t = campaignStrings.reach;

/** What to show while reach.json loads or when it failed: a status, or an alert with a retry. */
export function ReachPending({ load }: { load: ReachLoad }): JSX.Element | null {
  if (load.data) return null;
  if (!load.isError) return <p role="status">{t.loading}</p>;
  return (
    <div role="alert" className="caution">
      <p>{t.failed}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          void load.refetch();
        }}
      >
        {t.retry}
      </button>
    </div>
  );
}

/**
 * "Hoe ver is de hulp?" in Dekking: inwoners by distance band per kind for the country (and the
 * chosen province), how many live more than 10 km away, per province for one kind, and always
 * how complete the places behind it are.
 */
export function ReachSection({
  dataset,
  coverage,
  provinces,
  provinceCode,
  reachLayer,
  onChooseReach,
}: {
  dataset: Dataset;
  coverage: CoverageResult;
  provinces: readonly Province[];
  provinceCode: string | undefined;
  reachLayer: CoverageViewProps['reachLayer'];
  onChooseReach: (kind: PlaceKind | undefined) => void;
}): JSX.Element {
  const id = useId();
  const load = useReach();
  const reach = load.data;
  return (
    <section aria-labelledby={`${id}-title`} className="coverage-reach-section">
      <h3 id={`${id}-title`}>{t.title}</h3>
      <p>{t.intro}</p>
      {reach ? <ReachMapChoice value={reachLayer} onChoose={onChooseReach} /> : null}
      {reach ? (
        <ReachBody
          reach={reach}
          dataset={dataset}
          coverage={coverage}
          provinces={provinces}
          provinceCode={provinceCode}
        />
      ) : (
        <ReachPending load={load} />
      )}
    </section>
  );
}

function ReachBody({
  reach,
  dataset,
  coverage,
  provinces,
  provinceCode,
}: {
  reach: ReachData;
  dataset: Dataset;
  coverage: CoverageResult;
  provinces: readonly Province[];
  provinceCode: string | undefined;
}): JSX.Element {
  const completeness = useMemo(() => reachCompleteness(dataset, reach), [dataset, reach]);
  const province = provinces.find((p) => p.code === provinceCode);
  const provinceArea = province ? reach.provinces[province.code] : undefined;
  const scopeGemeenten = province
    ? dataset.gemeenten.filter((g) => g.provinceCode === province.code)
    : dataset.gemeenten;
  const noOffice = servedWithoutOffice(scopeGemeenten, coverage, reach);
  return (
    <>
      <FarFromHelp area={reach.nederland} />
      <ReachTable area={reach.nederland} scope={t.netherlands} />
      {province && provinceArea ? (
        <>
          <FarFromHelp area={provinceArea} />
          <ReachTable area={provinceArea} scope={province.name} />
        </>
      ) : null}
      <ReachCaveats completeness={completeness} servedNoOffice={noOffice} />
      <ReachByProvince reach={reach} provinces={provinces} />
    </>
  );
}

/** One kind at a time, all provinces: shares of inwoners per band (the counts are in the tables above). */
function ReachByProvince(props: { reach: ReachData; provinces: readonly Province[] }): JSX.Element {
  return <LazyDetails summary={t.perProvince}>{() => <ProvinceTable {...props} />}</LazyDetails>;
}

function ProvinceTable({
  reach,
  provinces,
}: {
  reach: ReachData;
  provinces: readonly Province[];
}): JSX.Element {
  const id = useId();
  const [kind, setKind] = useState<PlaceKind>('ido');
  const rows = [
    ...provinces.flatMap((p) => {
      const area = reach.provinces[p.code];
      return area ? [{ code: p.code, name: p.name, area }] : [];
    }),
    { code: 'NL', name: t.netherlands, area: reach.nederland },
  ];
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-soort`}>{t.perProvinceKind}</label>
        <select
          id={`${id}-soort`}
          value={kind}
          onChange={(event) => {
            setKind(REACH_KINDS.find((k) => k === event.target.value) ?? 'ido');
          }}
        >
          {REACH_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.kinds[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="coverage-table__scroll">
        <table className="coverage-summary coverage-reach">
          <caption>{t.provinceCaption(t.kinds[kind])}</caption>
          <thead>
            <tr>
              <th scope="col">{t.province}</th>
              {REACH_BANDS.map((band) => (
                <th key={band} scope="col" className="num">
                  {t.bandShort[band]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.name}</th>
                {REACH_BANDS.map((band, i) => (
                  <td key={band} className="num">
                    {formatShare(row.area.kinds[kind].bands[i] ?? 0, row.area.inwoners)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
