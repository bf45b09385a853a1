import { DEPENDENCY_KIND_INFO, type DependencyKind } from '../../../shared/model/dependency';
import type { MapEdge, MapGraph } from '../../../shared/map/map-model';
import { useServices } from '../../app/services';
import {
  addDependency,
  removeDependencyTarget,
  updateDependency,
} from '../dependencies/dependency-repository';
import { setProcessSystem } from '../processes/process-repository';

/** A write that was refused, with the reason in the user's words; null when it is on disk. */
export type EditOutcome = { ok: true; id: string | null } | { ok: false; reason: string };

/**
 * Dependency changes made on the map. Each is one transaction through the
 * dependencies (or, for a process's systems, the processes) repository, and
 * shows in the status bar like every other write.
 */
export function useMapEdits(planId: string, graph: MapGraph) {
  const { db, saveTracker } = useServices();
  const label = (id: string) => graph.nodes.find((node) => node.id === id)?.label ?? 'a system';

  /**
   * A refused change (already recorded, a record gone) cannot succeed on
   * Retry: its reason is handed back to show where the user acted, and it
   * leaves the status bar.
   */
  async function attempt(key: string, what: string, write: () => Promise<unknown>): Promise<EditOutcome> {
    let id: string | null = null;
    const ok = await saveTracker.run(key, what, async () => {
      const written = await write();
      if (typeof written === 'string') id = written;
    });
    if (ok) return { ok: true, id };
    const reason = saveTracker.getSnapshot().unsaved.find((change) => change.key === key)?.reason;
    saveTracker.clear(key);
    return { ok: false, reason: reason ?? `${what} was not saved.` };
  }

  /** "from needs to": a hard need for a system; for a process, one more system it needs. */
  function connect(from: string, to: string, kind: 'system' | 'process'): Promise<EditOutcome> {
    const what = `“${label(from)}” needs “${label(to)}”`;
    if (kind === 'process') {
      return attempt(`process:${from}:system:${to}`, what, async () => {
        await setProcessSystem(db, from, to, true);
        return `link:${from}:${to}`;
      });
    }
    return attempt(`map:${from}:new-dependency`, what, async () => {
      const dependency = await addDependency(db, planId, {
        dependentId: from,
        dependentKind: 'system',
        kind: 'hard',
        targetIds: [to],
        workaround: '',
      });
      return `${dependency.id}:${to}`;
    });
  }

  function changeKind(edge: MapEdge, kind: Exclude<DependencyKind, 'alternatives'>): Promise<EditOutcome> {
    const dependencyId = edge.dependencyId;
    if (dependencyId === null)
      return Promise.resolve({ ok: false, reason: 'A process’s systems are always needed.' });
    const what = `“${label(edge.from)}” ${DEPENDENCY_KIND_INFO[kind].label.toLowerCase()} “${label(edge.to)}”`;
    return attempt(`dependency:${dependencyId}:kind`, what, () =>
      updateDependency(db, dependencyId, { kind }),
    );
  }

  /** Takes one edge off the map: the need, one member of a group, or a process's link to a system. */
  function remove(edge: MapEdge): void {
    const what = `Removing “${label(edge.from)}” needs “${label(edge.to)}”`;
    const dependencyId = edge.dependencyId;
    if (dependencyId === null) {
      void saveTracker.run(`process:${edge.from}:system:${edge.to}`, what, () =>
        setProcessSystem(db, edge.from, edge.to, false),
      );
    } else {
      void saveTracker.run(`dependency:${dependencyId}:${edge.to}:delete`, what, () =>
        removeDependencyTarget(db, dependencyId, edge.to),
      );
    }
  }

  return { connect, changeKind, remove };
}
