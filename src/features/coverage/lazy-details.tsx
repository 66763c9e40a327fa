import { useState, type JSX, type ReactNode } from 'react';

/**
 * A disclosure whose content is rendered only once it is opened: long tables that most readers
 * never open (the chart's table twin, the per-province table) cost nothing until then, on a
 * cheap phone and in the DOM that assistive technology walks.
 */
export function LazyDetails({
  summary,
  children,
}: {
  summary: string;
  children: () => ReactNode;
}): JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="coverage-details"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
