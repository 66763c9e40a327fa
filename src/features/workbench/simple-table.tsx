import type { ReactNode } from 'react';

/** One row: its key and its cells; the first cell is the row's header. */
export interface TableRow {
  key: string;
  cells: ReactNode[];
}

/**
 * The workbench's tables: a caption (visible or for screen readers only), column headers, and
 * rows whose first cell names the row; wide tables scroll sideways on a phone.
 */
export function SimpleTable({
  caption,
  hideCaption = false,
  head,
  rows,
  className,
}: {
  caption: string;
  hideCaption?: boolean;
  head: readonly string[];
  rows: readonly TableRow[];
  className?: string;
}) {
  return (
    <div className="workbench__scroll">
      <table className={className}>
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
