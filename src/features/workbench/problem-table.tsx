import { writeCsv } from '../../shared/intake/csv-write';
import { downloadText } from '../../shared/ui/download';
import type { RowProblem } from './model/check-files';
import { SimpleTable } from './simple-table';
import { strings } from './strings';

/** A long list stays quick to show; the rest is in the download. */
const SHOWN = 200;

const sentence = (text: string) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : text);

const lineText = (p: RowProblem) => (p.line === 0 ? strings.problems.wholeFile : p.line);
const columnText = (p: RowProblem) =>
  p.column || (p.line === 0 ? strings.problems.wholeFile : strings.problems.wholeRow);

/** Every refused row, with line, column, what is wrong and what to do. */
export function ProblemTable({ problems }: { problems: readonly RowProblem[] }) {
  const t = strings.problems;
  const shown = problems.slice(0, SHOWN);
  return (
    <section aria-labelledby="workbench-problems-title">
      <h3 id="workbench-problems-title">{t.title}</h3>
      <p>{problems.length === 0 ? t.none : t.count(problems.length)}</p>
      {problems.length > 0 ? (
        <>
          <div className="workbench__problems-wide">
            <SimpleTable
              className="workbench__problems"
              caption={t.caption}
              head={[t.file, t.line, t.column, t.what, t.todo]}
              rows={shown.map((p, i) => ({
                key: `${p.file}-${String(p.line)}-${String(i)}`,
                cells: [p.file, lineText(p), columnText(p), sentence(p.what), sentence(p.todo)],
              }))}
            />
          </div>
          {/* On a phone a five-column table does not fit: one card per problem, same facts. */}
          <ol className="workbench__problem-cards" aria-label={t.caption}>
            {shown.map((p, i) => (
              <li key={`${p.file}-${String(p.line)}-${String(i)}`}>
                <dl>
                  <div>
                    <dt>{t.file}</dt>
                    <dd>{p.file}</dd>
                  </div>
                  <div>
                    <dt>{t.line}</dt>
                    <dd>{lineText(p)}</dd>
                  </div>
                  <div>
                    <dt>{t.column}</dt>
                    <dd>{columnText(p)}</dd>
                  </div>
                  <div>
                    <dt>{t.what}</dt>
                    <dd>{sentence(p.what)}</dd>
                  </div>
                  <div>
                    <dt>{t.todo}</dt>
                    <dd>{sentence(p.todo)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ol>
          {problems.length > SHOWN ? <p>{t.more(SHOWN, problems.length)}</p> : null}
          <button
            type="button"
            onClick={() => {
              downloadText(
                t.fileName,
                writeCsv(
                  ['bestand', 'regel', 'kolom', 'wat_is_er_mis', 'wat_kunt_u_doen'],
                  problems.map((p) => ({
                    bestand: p.file,
                    regel: String(p.line),
                    kolom: p.column,
                    wat_is_er_mis: p.what,
                    wat_kunt_u_doen: p.todo,
                  })),
                ),
                'text/csv;charset=utf-8',
              );
            }}
          >
            {t.download}
          </button>
        </>
      ) : null}
    </section>
  );
}
