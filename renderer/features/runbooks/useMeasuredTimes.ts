import { useLiveQuery } from 'dexie-react-hooks';
import { measuredStepTimes, type MeasuredTime } from '../../../shared/analysis/measured-times';
import { useServices } from '../../app/services';

const NONE: ReadonlyMap<string, MeasuredTime> = new Map();

/** Each step's last actual time from the plan's completed exercises, live. */
export function useMeasuredTimes(planId: string): ReadonlyMap<string, MeasuredTime> {
  const { db } = useServices();
  return (
    useLiveQuery(
      async () => measuredStepTimes(await db.exercises.where('planId').equals(planId).toArray()),
      [db, planId],
    ) ?? NONE
  );
}
