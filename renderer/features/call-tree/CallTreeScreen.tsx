import { Link } from 'wouter';
import type { Plan } from '../../../shared/model/plan';
import { CallTreeEditor } from './CallTreeEditor';
import { CallTreeView } from './CallTreeView';
import { useCallTreeData } from './useCallTreeData';
import './call-tree.css';

/** Step 4: who is told first when the plan is activated, and whom each of them calls. */
export function CallTreeScreen({ plan }: { plan: Plan }) {
  const data = useCallTreeData(plan.id);
  if (!data) return null;

  return (
    <main className="page call-tree-page" aria-labelledby="call-tree-heading">
      <div className="page-header">
        <div>
          <h1 id="call-tree-heading">Call tree</h1>
          <p className="page-lede">
            When the plan is activated, nobody calls everyone: each person calls a few others. Say who calls
            whom, and how long to keep trying before calling their alternate instead.
          </p>
        </div>
        {data.entries.length > 0 && (
          <Link href="/call-tree/print" className="button">
            Print view
          </Link>
        )}
      </div>
      {data.contacts.length === 0 ? (
        <div className="empty-state">
          <h2>First, the people</h2>
          <p>
            A call tree is made of people from the plan's contacts, with their numbers. There are none yet.
          </p>
          <Link href="/contacts" className="button button-primary">
            Go to Contacts
          </Link>
        </div>
      ) : (
        <div className="call-tree-layout">
          <section className="panel" aria-labelledby="call-tree-edit-heading">
            <h2 id="call-tree-edit-heading">Who calls whom</h2>
            <CallTreeEditor planId={plan.id} entries={data.entries} contacts={data.contacts} />
          </section>
          <section className="panel" aria-labelledby="call-tree-read-heading">
            <h2 id="call-tree-read-heading">As it reads in an outage</h2>
            <CallTreeView entries={data.entries} contacts={data.contacts} />
          </section>
        </div>
      )}
    </main>
  );
}
