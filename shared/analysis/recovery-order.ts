import { needsOf, type FailureGraph } from './failure-graph';

/**
 * Recovery waves. A system with neither hard needs nor alternatives groups is
 * in wave 1; any other system's wave is one more than the largest of its hard
 * needs' waves and, per alternatives group, the smallest wave in the group.
 * Degraded needs do not constrain the order. Systems in a hard cycle, or
 * waiting on one, get no wave (they are absent from the map).
 *
 * Kahn's algorithm, level by level: every system of wave w is placed before
 * any of wave w + 1, so the first member of a group to be placed is the one
 * with the smallest wave, and a system becomes ready in the level of its last
 * requirement.
 */
export function recoveryWaves(graph: FailureGraph): Map<string, number> {
  const systems = new Set(graph.systemIds);
  const hardLeft = new Map<string, number>();
  const groupsLeft = new Map<string, Set<number>>();
  let level: string[] = [];
  for (const id of graph.systemIds) {
    const need = needsOf(graph, id);
    const hard = need.hard.filter((target) => systems.has(target));
    hardLeft.set(id, new Set(hard).size);
    groupsLeft.set(id, new Set(need.groups.map((_, index) => index)));
    if (hard.length === 0 && need.groups.length === 0) level.push(id);
  }

  const waves = new Map<string, number>();
  for (let wave = 1; level.length > 0; wave += 1) {
    for (const id of level) waves.set(id, wave);
    const next: string[] = [];
    for (const placed of level) {
      for (const dependent of graph.dependents.get(placed) ?? []) {
        if (!systems.has(dependent) || waves.has(dependent)) continue;
        const need = needsOf(graph, dependent);
        const open = groupsLeft.get(dependent) ?? new Set<number>();
        let hard = hardLeft.get(dependent) ?? 0;
        if (need.hard.includes(placed)) hard -= 1;
        need.groups.forEach((group, index) => {
          if (group.includes(placed)) open.delete(index);
        });
        hardLeft.set(dependent, hard);
        if (hard === 0 && open.size === 0 && !next.includes(dependent)) next.push(dependent);
      }
    }
    level = next;
  }
  return waves;
}

/**
 * Cycles of hard needs between systems (strongly connected components with
 * more than one member, by Tarjan's algorithm), each listed in the plan's
 * system order. No recovery order exists for their members.
 */
export function hardCycles(graph: FailureGraph): string[][] {
  const systems = new Set(graph.systemIds);
  const order = new Map(graph.systemIds.map((id, index) => [id, index]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;

  // Iterative, so a long chain of dependencies cannot overflow the call stack.
  for (const root of graph.systemIds) {
    if (index.has(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter);
    counter += 1;
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const targets = needsOf(graph, frame.id).hard.filter((target) => systems.has(target));
      const target = targets[frame.next];
      if (target !== undefined) {
        frame.next += 1;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter);
          counter += 1;
          stack.push(target);
          onStack.add(target);
          work.push({ id: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.id, Math.min(low.get(frame.id) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) ?? 0, low.get(frame.id) ?? 0));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        if (component.length > 1) {
          cycles.push(component.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
        }
      }
    }
  }
  return cycles.sort((a, b) => (order.get(a[0] ?? '') ?? 0) - (order.get(b[0] ?? '') ?? 0));
}
