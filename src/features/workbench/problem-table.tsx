import { writeCsv } from '../../shared/intake/csv-write';
import { downloadText } from '../../shared/ui/download';
import type { RowProblem } from './model/check-files';
import { strings } from './strings';

/** A long list stays quick to show; the rest is in the download. */
const SHOWN = 200;

const sentence = (text: string) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : text);

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
          <div className="workbench__scroll">
            <table className="workbench__problems">
              <caption>{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.file}</th>
                  <th scope="col">{t.line}</th>
                  <th scope="col">{t.column}</th>
                  <th scope="col">{t.what}</th>
                  <th scope="col">{t.todo}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((p, i) => (
                  <tr key={`${p.file}-${String(p.line)}-${String(i)}`}>
                    <td>{p.file}</td>
                    <td>{p.line === 0 ? t.wholeFile : p.line}</td>
                    <td>{p.column || (p.line === 0 ? t.wholeFile : t.wholeRow)}</td>
                    <td>{sentence(p.what)}</td>
                    <td>{sentence(p.todo)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
