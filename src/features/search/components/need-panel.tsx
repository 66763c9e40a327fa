import { useEffect, useId, useRef } from 'react';
import { nl } from '../../../shared/i18n/nl';
import { isNeedId, NEEDS } from '../model/needs';
import { needPanelText, needStrings } from '../need-strings';
import { scrollToTop } from '../../../shared/ui/scroll';

/**
 * What a need word leads to: the kinds of help that fit, with a plain sentence why, and what to
 * do next (type a postcode, or read the answer below). An unknown need from a link shows nothing.
 */
export function NeedPanel({
  need,
  hasAnswer,
  onClose,
  claimFocus,
}: {
  need: string;
  hasAnswer: boolean;
  onClose: () => void;
  /** True once after the user chose this need: the panel then takes focus. */
  claimFocus: () => boolean;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!claimFocus()) return;
    const element = heading.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    scrollToTop(element);
  }, [need, claimFocus]);
  if (!isNeedId(need)) return null;
  const text = needStrings[need];
  return (
    <section className="need no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1} aria-describedby={`${id}-why`}>
        {text.label}
      </h2>
      <p id={`${id}-why`}>{text.why}</p>
      <p className="need__kinds-title">{needPanelText.kindsTitle}</p>
      <ul className="need__kinds">
        {NEEDS[need].kinds.map((kind) => (
          <li key={kind}>{nl.kinds[kind]}</li>
        ))}
      </ul>
      <p>{hasAnswer ? needPanelText.seeBelow : needPanelText.typePostcode}</p>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {needPanelText.close}
      </button>
    </section>
  );
}
