import { formatDuration } from '../../../shared/model/duration';
import { EXERCISE_TYPE_LABELS, type Exercise } from '../../../shared/model/exercise';

export const STATUS_LABELS = { planned: 'Planned', running: 'Running', completed: 'Completed' } as const;

/** "2 systems and the scenario “Ransomware”": what an exercise covers, in a few words. */
export function scopeText(
  exercise: Pick<Exercise, 'systemIds' | 'scenarioId'>,
  systemNames: ReadonlyMap<string, string>,
  scenarioNames: ReadonlyMap<string, string>,
): string {
  const names = exercise.systemIds.map((id) => systemNames.get(id) ?? 'Unnamed system');
  const scenario = exercise.scenarioId ? scenarioNames.get(exercise.scenarioId) : undefined;
  const parts = [names.join(', '), scenario ? `scenario “${scenario}”` : ''].filter(Boolean);
  return parts.length === 0 ? 'No scope yet' : parts.join('; ');
}

/** "Web shop 50 min (RTO 1 h)": what each system achieved. */
export function achievedText(exercise: Pick<Exercise, 'achieved'>, rtoOf: (id: string) => number | null) {
  return exercise.achieved
    .map((entry) => {
      const rto = rtoOf(entry.systemId);
      const took = entry.rtoMinutes === null ? 'not recovered' : formatDuration(entry.rtoMinutes);
      return `${entry.systemName}: ${took}${rto === null ? '' : ` (RTO ${formatDuration(rto)})`}`;
    })
    .join('; ');
}

export const typeLabel = (exercise: Pick<Exercise, 'type'>) => EXERCISE_TYPE_LABELS[exercise.type];

/** "1:05:09" or "05:09": an elapsed clock readable across a meeting room. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const pad = (n: number) => String(n).padStart(2, '0');
  const rest = `${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return hours > 0 ? `${hours}:${rest}` : rest;
}
