import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { runbookDuration } from '../../../shared/analysis/critical-path';
import type { System } from '../../../shared/model/system';
import { useServices } from '../../app/services';
import { durationText, rtoComparison } from './runbook-format';
import { WriteRunbookDialog } from './WriteRunbookDialog';
import './runbooks.css';

/** The "Runbooks" section of a system's page: its runbooks with their duration, and "Write a runbook". */
export function SystemRunbooks({ system }: { system: System }) {
  const { db } = useServices();
  const runbooks = useLiveQuery(
    () => db.runbooks.where('systemId').equals(system.id).sortBy('createdAt'),
    [db, system.id],
  );
  const [writing, setWriting] = useState(false);
  if (!runbooks) return null;
  return (
    <section className="form-section" aria-labelledby="system-runbooks-heading">
      <h2 id="system-runbooks-heading">Runbooks</h2>
      <div className="panel system-runbooks">
        {runbooks.length === 0 ? (
          <p className="field-help">No runbook yet: nobody has written down how to recover it.</p>
        ) : (
          <ul className="runbook-rows" aria-label="Its runbooks">
            {runbooks.map((runbook) => {
              const duration = runbookDuration(runbook.steps);
              return (
                <li key={runbook.id} className="runbook-row">
                  <Link href={`/runbooks/${runbook.id}`} className="runbook-row-title">
                    {runbook.title}
                  </Link>
                  <span className="runbook-row-duration">
                    {runbook.steps.length === 0 ? 'No steps yet' : durationText(duration)}
                  </span>
                  {runbook.steps.length > 0 && (
                    <span
                      className={`runbook-verdict verdict-${String(rtoComparison(duration, system.rto).ok)}`}
                    >
                      {rtoComparison(duration, system.rto).text}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <Button
          className="button"
          onPress={() => {
            setWriting(true);
          }}
        >
          Write a runbook
        </Button>
      </div>
      <WriteRunbookDialog system={writing ? system : null} onOpenChange={setWriting} />
    </section>
  );
}
