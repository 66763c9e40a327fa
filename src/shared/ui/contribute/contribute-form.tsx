import { useEffect, useId, useRef, useState, type JSX, type ReactNode } from 'react';
import { dutchToday } from '../../intake/dates';
import { contributeText as t } from '../../i18n/contribute-text';
import {
  checkContribution,
  contributionAbout,
  contributionCsv,
  contributionMail,
  contributionMailto,
  EMPTY_CONTRIBUTION,
  type ContributeContext,
  type ContributeField,
  type ContributeInput,
} from '../../model/contribution';
import { downloadText } from '../download';
import './contribute.css';

/**
 * Where the e-mails go, set at deploy time (README, "Configuration"): VITE_CONTRIBUTE_EMAIL, or
 * else the address for "Meld een wijziging". Empty: the reader's mail program asks.
 */
const ADDRESS: string =
  import.meta.env.VITE_CONTRIBUTE_EMAIL || import.meta.env.VITE_REPORT_EMAIL || '';

/** The order in which problems are listed and the first one gets focus. */
const FIELDS: readonly ContributeField[] = ['status', 'bron', 'datum', 'email', 'note'];

type Errors = Partial<Record<ContributeField, string>>;

/**
 * The form of "Weet u meer? Geef het door". Each problem is said next to its field (and counted
 * above the button), in Dutch; a checked form gives a mailto: link and the status-sheet row to
 * copy or download. Nothing is sent by this page.
 */
export function ContributeForm({
  context,
  onClose,
}: {
  context: ContributeContext;
  onClose: () => void;
}): JSX.Element {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [input, setInput] = useState<ContributeInput>(EMPTY_CONTRIBUTION);
  const [errors, setErrors] = useState<Errors>({});
  const [result, setResult] = useState<ContributeInput>();
  const [copied, setCopied] = useState<string>('');
  const ready = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    if (result) ready.current?.focus();
  }, [result]);

  const set = (patch: Partial<ContributeInput>) => {
    setInput((now) => ({ ...now, ...patch }));
    setResult(undefined);
    setCopied('');
  };
  const fieldId = (field: string) => `${id}-${field}`;
  const errorCount = Object.keys(errors).length;

  const submit = () => {
    const checked = checkContribution(input, dutchToday(new Date()));
    if (!checked.ok) {
      const shown: Errors = {};
      for (const field of FIELDS) {
        const error = checked.errors[field];
        if (error) shown[field] = t.errors[error];
      }
      setErrors(shown);
      setResult(undefined);
      const first = FIELDS.find((field) => shown[field]);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setErrors({});
    setResult(checked.value);
  };

  const about = contributionAbout(context);
  const csv = result ? contributionCsv(result, context) : '';
  return (
    <section className="contribute__form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t.title(about)}
      </h3>
      <p>{t.intro}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <fieldset className="contribute__what">
          <legend>{t.what.legend}</legend>
          {(['status', 'wijziging'] as const).map((what) => (
            <label key={what}>
              <input
                type="radio"
                name={`${id}-what`}
                checked={input.what === what}
                onChange={() => {
                  set({ what });
                }}
              />{' '}
              {t.what[what]}
            </label>
          ))}
        </fieldset>
        {input.what === 'status' ? (
          <Field id={fieldId('status')} label={t.status.label} error={errors.status}>
            {(describedBy) => (
              <select
                id={fieldId('status')}
                value={input.status}
                aria-invalid={errors.status ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => {
                  const value = event.target.value;
                  set({ status: value === 'wel' || value === 'niet' ? value : '' });
                }}
              >
                <option value="">{t.status.choose}</option>
                <option value="wel">{t.status.wel}</option>
                <option value="niet">{t.status.niet}</option>
              </select>
            )}
          </Field>
        ) : null}
        <TextField
          id={fieldId('aanbieder')}
          label={t.aanbieder}
          hint={t.aanbiederHint}
          value={input.aanbieder}
          onChange={(aanbieder) => {
            set({ aanbieder });
          }}
        />
        <TextField
          id={fieldId('bron')}
          label={t.bron}
          hint={t.bronHint}
          type="url"
          value={input.bron}
          error={errors.bron}
          onChange={(bron) => {
            set({ bron });
          }}
        />
        <TextField
          id={fieldId('datum')}
          label={t.datum}
          hint={t.datumHint}
          value={input.datum}
          error={errors.datum}
          onChange={(datum) => {
            set({ datum });
          }}
        />
        <TextField
          id={fieldId('email')}
          label={t.email}
          hint={t.emailHint}
          type="email"
          autoComplete="email"
          value={input.email}
          error={errors.email}
          onChange={(email) => {
            set({ email });
          }}
        />
        <Field id={fieldId('note')} label={t.note} hint={t.noteHint} error={errors.note}>
          {(describedBy) => (
            <textarea
              id={fieldId('note')}
              rows={3}
              value={input.note}
              aria-invalid={errors.note ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => {
                set({ note: event.target.value });
              }}
            />
          )}
        </Field>
        {errorCount > 0 ? (
          <p className="contribute__error" role="alert">
            {t.errorsTitle(errorCount)}
          </p>
        ) : null}
        <div className="contribute__actions">
          <button type="submit" className="button">
            {t.check}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t.close}
          </button>
        </div>
      </form>
      {result ? (
        <div className="contribute__result">
          <p ref={ready} tabIndex={-1} className="contribute__ready">
            {t.ready}
          </p>
          <p>
            <a
              className="button"
              href={contributionMailto(ADDRESS, contributionMail(result, context))}
            >
              {t.mail}
            </a>
          </p>
          <p>{ADDRESS ? t.mailTo(ADDRESS) : t.noAddress}</p>
          <h4>{t.csvTitle}</h4>
          <p>{t.csvNote}</p>
          <label htmlFor={fieldId('csv')}>{t.csvLabel}</label>
          <textarea id={fieldId('csv')} readOnly rows={3} value={csv} className="contribute__csv" />
          <div className="contribute__actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                navigator.clipboard.writeText(csv).then(
                  () => {
                    setCopied(t.copied);
                  },
                  () => {
                    setCopied(t.copyFailed);
                  },
                );
              }}
            >
              {t.copy}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                downloadText(t.fileName(context.gemeente.code), csv, 'text/csv;charset=utf-8');
              }}
            >
              {t.download}
            </button>
          </div>
          <p role="status">{copied}</p>
        </div>
      ) : null}
    </section>
  );
}

/** A label, an optional hint and an error, tied to the control by aria-describedby. */
function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}): JSX.Element {
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="contribute__field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="contribute__hint">
          {hint}
        </p>
      ) : null}
      {children(describedBy)}
      {error ? (
        <p id={`${id}-error`} className="contribute__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function TextField({
  id,
  label,
  hint,
  value,
  error,
  type = 'text',
  autoComplete,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error?: string | undefined;
  type?: 'text' | 'url' | 'email';
  autoComplete?: string;
  onChange: (value: string) => void;
}): JSX.Element {
  return (
    <Field id={id} label={label} error={error} {...(hint ? { hint } : {})}>
      {(describedBy) => (
        <input
          id={id}
          type={type}
          value={value}
          autoComplete={autoComplete ?? 'off'}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
    </Field>
  );
}
