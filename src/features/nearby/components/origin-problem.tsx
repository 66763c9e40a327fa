import { useId } from 'react';
import type { Gemeente } from '../../../shared/model/schema';
import type { OriginProblemReason } from '../model/resolve-origin';
import { nl } from '../strings';

const MESSAGES: Record<OriginProblemReason, string> = {
  'unknown-postcode': nl.nearby.unknownPostcode,
  'unknown-woonplaats': nl.nearby.unknownWoonplaats,
  'unknown-gemeente': nl.nearby.unknownGemeente,
  'outside-netherlands': nl.nearby.outsideNetherlands,
};

/**
 * When "Hulp bij u in de buurt" cannot place what a link or the user gave (an unknown postcode,
 * woonplaats or gemeente code, or a position outside the Netherlands): says so, without repeating
 * the link's text, and offers the gemeente picker as the way forward.
 */
export function OriginProblem({
  reason,
  gemeenten,
  onChoose,
}: {
  reason: OriginProblemReason;
  gemeenten: readonly Gemeente[];
  onChoose: (code: string) => void;
}) {
  const selectId = useId();
  const sorted = [...gemeenten].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <div role="alert" className="notice notice--warning">
      <p>{MESSAGES[reason]}</p>
      <label htmlFor={selectId}>{nl.nearby.chooseGemeente}</label>
      <select
        id={selectId}
        value=""
        onChange={(event) => {
          if (event.target.value) onChoose(event.target.value);
        }}
      >
        <option value="">{nl.nearby.choosePlaceholder}</option>
        {sorted.map((g) => (
          <option key={g.code} value={g.code}>
            {g.name}
          </option>
        ))}
      </select>
    </div>
  );
}
