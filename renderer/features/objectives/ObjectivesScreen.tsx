import type { Plan } from '../../../shared/model/plan';

/** Placeholder: the spreadsheet grid of systems and their objectives is being built. */
export function ObjectivesScreen({ plan }: { plan: Plan }) {
  return (
    <main className="page">
      <h1>Recovery objectives</h1>
      <p>{plan.name}</p>
    </main>
  );
}
