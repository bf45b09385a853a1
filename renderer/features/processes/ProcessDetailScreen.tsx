import type { Plan } from '../../../shared/model/plan';

export function ProcessDetailScreen({ plan, processId }: { plan: Plan; processId: string }) {
  return (
    <main className="page">
      {plan.name} {processId}
    </main>
  );
}
