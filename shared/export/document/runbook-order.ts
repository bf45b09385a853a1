import type { SystemAnalysis } from '../../analysis/plan-analysis';
import type { PlanSnapshot } from '../../bundle/snapshot';
import type { Runbook } from '../../model/runbook';
import { TIER_INFO, type System } from '../../model/system';

/** The order printed runbooks come in, shared by the runbook book and the pocket cards. */

export function systemName(system: Pick<System, 'name'>): string {
  return system.name || 'Unnamed system';
}

/** Wave 1 first; systems in or behind a dependency cycle (no wave) last; entry order within a wave. */
export function orderedSystems(snapshot: PlanSnapshot, analysed: readonly SystemAnalysis[]): System[] {
  const wave = new Map(analysed.map((system) => [system.id, system.wave ?? Number.POSITIVE_INFINITY]));
  return [...snapshot.systems].sort(
    (a, b) =>
      (wave.get(a.id) ?? Number.POSITIVE_INFINITY) - (wave.get(b.id) ?? Number.POSITIVE_INFINITY) ||
      a.position - b.position,
  );
}

/** A system's runbooks, oldest first: the general recovery is usually written before scenario-specific ones. */
export function runbooksOf(snapshot: PlanSnapshot, systemId: string): Runbook[] {
  return snapshot.runbooks
    .filter((runbook) => runbook.systemId === systemId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export function tierText(system: Pick<System, 'tier'>): string {
  return system.tier === null ? 'Not classified yet' : TIER_INFO[system.tier].label;
}

/** The runbook's title, with its system's name when the title does not say it already. */
export function runbookHeading(runbook: Pick<Runbook, 'title'>, system: string): string {
  return runbook.title.toLocaleLowerCase().includes(system.toLocaleLowerCase())
    ? runbook.title
    : `${runbook.title} (${system})`;
}
