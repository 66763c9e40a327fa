import { formatNumber } from '../features/coverage/model/format';
import { nl as coverageText } from '../features/coverage/strings';
import type { MapExportInfo } from '../features/map/export-png';
import { nl } from '../shared/i18n/nl';
import { COVERAGE_STATES, type CoverageTotals } from '../shared/model/coverage';
import { formatDate } from '../shared/model/dates';
import { COVERAGE_STYLE } from '../shared/ui/coverage-style';

/**
 * The title, legend and source lines of the Dekking PNG: the same states, counts and ages as the
 * map and the table (the owner's, when the map shows their rows), with the date it was made.
 * Loaded only when someone downloads the PNG.
 */
export function coverageExportInfo(input: {
  totals: CoverageTotals;
  /** The map shows the owner's own rows ("Eigen gegevens"): the PNG says so in its title. */
  own: boolean;
  today: string;
  version: string;
  checkedUntil: string;
}): MapExportInfo {
  const { totals, today } = input;
  return {
    title: input.own
      ? `${coverageText.coverageView.title}: ${coverageText.coverageView.own.shown}`
      : coverageText.coverageView.title,
    legend: COVERAGE_STATES.map((state) => ({
      colour: COVERAGE_STYLE[state].fill,
      hatched: COVERAGE_STYLE[state].hatched,
      dotted: COVERAGE_STYLE[state].dotted,
      label: `${nl.freshness.state[state]} (${nl.freshness.stateExplain[state]}): ${totals.gemeenten[state]} gemeenten, ${formatNumber(totals.inwoners[state])} inwoners`,
    })),
    lines: [
      coverageText.coverageView.pngAgeNote(formatDate(today)),
      coverageText.coverageView.byAge.unknown(
        formatNumber(totals.gemeenten.onbekend),
        formatNumber(totals.inwoners.onbekend),
      ),
      nl.sources.boundaries,
      nl.sources.places,
      nl.sources.basemap,
      nl.app.dataVersion(input.version, formatDate(input.checkedUntil)),
    ],
  };
}
