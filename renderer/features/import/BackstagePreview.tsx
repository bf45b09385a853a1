import { useId } from 'react';
import type { BackstageImport } from '../../../shared/import/backstage/import-backstage';
import { formatImportProblem } from '../../../shared/import/backstage/format';
import { SYSTEM_TYPE_LABELS } from '../../../shared/model/system';
import { plural } from '../../components/format';

type Imported = Extract<BackstageImport, { ok: true }>;
type Refused = Extract<BackstageImport, { ok: false }>;

const PREVIEW_SYSTEMS = 8;

/** Why nothing can be imported: every problem with its file, document and line. */
export function BackstageProblems({ refused }: { refused: Refused }) {
  const id = useId();
  return (
    <div>
      <h3 id={id}>The files cannot be imported</h3>
      <div className="import-problems" role="region" aria-labelledby={id} tabIndex={0}>
        <ul>
          {refused.problems.map((problem, index) => (
            <li key={index}>{formatImportProblem(problem)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** What the new plan will hold, what could not be linked, and what is left out. */
export function BackstagePreview({ imported }: { imported: Imported }) {
  const id = useId();
  const { summary, snapshot, unresolved, skipped } = imported;
  const shown = snapshot.systems.slice(0, PREVIEW_SYSTEMS);
  const needs = (systemId: string) =>
    snapshot.dependencies.filter((dependency) => dependency.dependentId === systemId).length;
  return (
    <>
      <dl className="backstage-counts" aria-label="The new plan">
        <div>
          <dt>Systems</dt>
          <dd>{summary.systems}</dd>
        </div>
        <div>
          <dt>Business processes</dt>
          <dd>{summary.processes}</dd>
        </div>
        <div>
          <dt>Dependencies</dt>
          <dd>{summary.dependencies}</dd>
        </div>
        <div>
          <dt>People</dt>
          <dd>
            {plural(summary.contacts, 'contact', 'contacts')}, {plural(summary.teams, 'team', 'teams')}
          </dd>
        </div>
      </dl>

      {unresolved.length > 0 && (
        <div>
          <h3 id={`${id}-unresolved`}>
            {plural(unresolved.length, 'reference leads', 'references lead')} nowhere; the rest is imported
          </h3>
          <div
            className="backstage-unresolved"
            role="region"
            aria-labelledby={`${id}-unresolved`}
            tabIndex={0}
          >
            <ul>
              {unresolved.map((entry, index) => (
                <li key={index}>
                  <span className="backstage-where">
                    {entry.file}, document {entry.document}
                  </span>{' '}
                  <strong>{entry.entity}</strong> {entry.field} “{entry.reference}”: {entry.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}

      {skipped.length > 0 && (
        <details className="backstage-skipped">
          <summary>{plural(skipped.length, 'entity is', 'entities are')} left out</summary>
          <ul>
            {skipped.map((entry, index) => (
              <li key={index}>
                <span className="backstage-where">
                  {entry.file}, document {entry.document}
                </span>{' '}
                <strong>{entry.entity}</strong> {entry.reason}
              </li>
            ))}
          </ul>
        </details>
      )}

      <div>
        <h3 id={`${id}-systems`}>Systems</h3>
        <p className="field-help">
          {summary.systems > shown.length
            ? `The first ${shown.length} of ${summary.systems}, as they will be stored.`
            : 'As they will be stored. Tiers and recovery objectives are yours to set after the import.'}
        </p>
        <div className="import-preview" role="region" aria-labelledby={`${id}-systems`} tabIndex={0}>
          <table className="grid import-preview-table" aria-label="Systems to import">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">Owner</th>
                <th scope="col">Needs</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((system) => (
                <tr key={system.id}>
                  <td title={system.name}>{system.name}</td>
                  <td>{SYSTEM_TYPE_LABELS[system.type]}</td>
                  <td title={system.owner}>{system.owner || <span className="import-empty">—</span>}</td>
                  <td>
                    {needs(system.id) === 0 ? (
                      <span className="import-empty">—</span>
                    ) : (
                      plural(needs(system.id), 'system', 'systems')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
