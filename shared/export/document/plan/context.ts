import { lastChangedDate } from '../document-meta';
import type { PlanAnalysis, SystemAnalysis } from '../../../analysis/plan-analysis';
import type { PlanSnapshot } from '../../../bundle/snapshot';
import type { Contact } from '../../../model/contact';
import type { MapGraph } from '../../../map/map-model';
import type { MapLayout } from '../../../map/map-layout';
import type { BusinessProcess } from '../../../model/process';
import type { System } from '../../../model/system';
import type { Team } from '../../../model/team';

/** What the plan document is built from; the caller runs the analysis and the (async) map layout. */
export interface PlanDocumentInput {
  snapshot: PlanSnapshot;
  analysis: PlanAnalysis;
  /** Full SHA-256 of the plan content (shared/bundle/content-hash.ts). */
  contentHash: string;
  /** When the document is made (ISO timestamp). */
  generatedAt: string;
  /** Today's date (YYYY-MM-DD), for findings and "verified" ages. */
  today: string;
  /** The dependency map, from {@link planMapFigure}. */
  map: { graph: MapGraph; layout: MapLayout };
}

/** The input plus lookups every section needs, built once. */
export interface PlanContext extends PlanDocumentInput {
  system: (id: string) => System | undefined;
  process: (id: string) => BusinessProcess | undefined;
  contact: (id: string) => Contact | undefined;
  team: (id: string) => Team | undefined;
  systemAnalysis: (id: string) => SystemAnalysis | undefined;
  /** A system's name, or what to print when it is gone or unnamed. */
  systemName: (id: string) => string;
  /** Date of the last change to anything in the plan (YYYY-MM-DD). */
  lastChanged: string;
}

export function planContext(input: PlanDocumentInput): PlanContext {
  const { snapshot } = input;
  const byId = <T extends { id: string }>(records: readonly T[]) => {
    const map = new Map(records.map((record) => [record.id, record]));
    return (id: string) => map.get(id);
  };
  const system = byId(snapshot.systems);
  return {
    ...input,
    system,
    process: byId(snapshot.processes),
    contact: byId(snapshot.contacts),
    team: byId(snapshot.teams),
    systemAnalysis: byId(input.analysis.systems),
    systemName: (id) => {
      const found = system(id);
      if (!found) return 'a system no longer in the plan';
      return found.name || 'Unnamed system';
    },
    lastChanged: lastChangedDate(snapshot),
  };
}
