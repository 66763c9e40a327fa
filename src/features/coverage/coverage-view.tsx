import './coverage.css';

/**
 * The Dekking view: which gemeenten have sociaal raadsliedenwerk, which do not, and where we do
 * not know. The app places CoverageSide beside the map and CoverageTable below it; both take the
 * same props, so they always show the same data and filters.
 */
export { CoverageSide } from './coverage-side';
export { CoverageTable } from './coverage-table';
