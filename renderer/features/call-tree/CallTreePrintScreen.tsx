import { Link } from 'wouter';
import type { Plan } from '../../../shared/model/plan';
import { todayIso } from '../../db/clock';
import { CallTreeView } from './CallTreeView';
import { useCallTreeData } from './useCallTreeData';
import './call-tree.css';

/** The call tree on its own, for paper: it has to work when the computers do not. */
export function CallTreePrintScreen({ plan }: { plan: Plan }) {
  const data = useCallTreeData(plan.id);
  if (!data) return null;
  return (
    <main className="page call-tree-print" aria-labelledby="call-tree-print-heading">
      <div className="print-actions">
        <Link href="/call-tree">← Back to the call tree</Link>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            window.print();
          }}
        >
          Print
        </button>
      </div>
      <h1 id="call-tree-print-heading">Call tree</h1>
      <p className="print-meta">
        {plan.name}
        {plan.organisation && ` · ${plan.organisation}`} · printed {todayIso()}
      </p>
      <p className="print-note">
        Call each person on your list. When nobody answers within the time given, call their alternate, who
        then makes their calls; if there is none, make their calls yourself.
      </p>
      <CallTreeView entries={data.entries} contacts={data.contacts} />
    </main>
  );
}
