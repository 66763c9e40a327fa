import { nl } from './strings';

/** The accessibility statement (toegankelijkheidsverklaring): what we test and what is known to miss. */
export function AccessibilityPage() {
  return (
    <article className="page">
      <h2>{nl.accessibility.title}</h2>
      {nl.accessibility.body.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <h3>{nl.accessibility.testedTitle}</h3>
      <ul>
        {nl.accessibility.tested.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3>{nl.accessibility.knownTitle}</h3>
      <ul>
        {nl.accessibility.known.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </article>
  );
}
