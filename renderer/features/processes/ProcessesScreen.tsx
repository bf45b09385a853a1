import type { Plan } from '../../../shared/model/plan';

export function ProcessesScreen({ plan }: { plan: Plan }) {
  return <main className="page">{plan.name}</main>;
}
