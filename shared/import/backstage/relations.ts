import { entityRefOf, kindName, type CatalogIndex, type Resolved } from './catalog-index';
import { formatEntityRef, refKey } from './entity-ref';
import type { Entity } from './entity';

/**
 * The relations that become "A needs B" (hard dependencies, one record per
 * pair, since a hard dependency names exactly one system):
 * - `dependsOn: [resource:db]` on A: A needs db. `dependencyOf` is the same
 *   relation written from the other end.
 * - `consumesApis: [x]` on A: A needs every Component whose `providesApis`
 *   lists API x (each a hard need: with several providers nothing says that
 *   one is enough). A reference that names a Component or Resource instead
 *   of an API is taken as a need of that system.
 * - `subcomponentOf: P` on A: P needs A, because a component is down when a
 *   part of it is down (the ingestion and storage of an archive).
 * And `spec.system` puts a Component or Resource among the parts of a
 * System, which becomes a business process supported by them.
 */

export interface Need {
  dependent: Entity;
  target: Entity;
}

const isSystemKind = (entity: Entity) => entity.kind === 'component' || entity.kind === 'resource';

export function collectNeeds(index: CatalogIndex): Need[] {
  const needs: Need[] = [];
  const seen = new Set<string>();
  const add = (from: Entity, field: string, reference: string, dependent: Entity, target: Entity) => {
    if (dependent === target) {
      index.note(from, field, reference, 'refers to the entity itself, which cannot be a dependency');
      return;
    }
    const key = `${refKey(entityRefOf(dependent))} ${refKey(entityRefOf(target))}`;
    if (seen.has(key)) return;
    seen.add(key);
    needs.push({ dependent, target });
  };
  /** A reference that must lead to a Component or Resource in the files; listed when it does not. */
  const systemAt = (from: Entity, field: string, reference: string, resolved: Resolved): Entity | null => {
    if (!resolved.ok) return null;
    const target = resolved.entity;
    if (!target) {
      index.note(from, field, reference, `${formatEntityRef(resolved.ref)} is not in the imported files`);
      return null;
    }
    if (!isSystemKind(target)) {
      index.note(
        from,
        field,
        reference,
        `${formatEntityRef(resolved.ref)} is a ${kindName(target)}; only Components and Resources become systems`,
      );
      return null;
    }
    return target;
  };

  const providers = apiProviders(index);
  for (const entity of index.entities) {
    if (entity.kind !== 'component' && entity.kind !== 'resource') continue;
    for (const reference of entity.spec.dependsOn ?? []) {
      const field = 'spec.dependsOn';
      const target = systemAt(entity, field, reference, index.resolve(entity, field, reference, null));
      if (target) add(entity, field, reference, entity, target);
    }
    for (const reference of entity.spec.dependencyOf ?? []) {
      const field = 'spec.dependencyOf';
      const dependent = systemAt(entity, field, reference, index.resolve(entity, field, reference, null));
      if (dependent) add(entity, field, reference, dependent, entity);
    }
    if (entity.kind !== 'component') continue;
    for (const reference of entity.spec.consumesApis ?? []) {
      const field = 'spec.consumesApis';
      const resolved = index.resolve(entity, field, reference, 'api');
      if (!resolved.ok) continue;
      if (resolved.ref.kind !== 'api') {
        const target = systemAt(entity, field, reference, resolved);
        if (target) add(entity, field, reference, entity, target);
        continue;
      }
      const apiProviders = providers.get(refKey(resolved.ref)) ?? [];
      if (apiProviders.length === 0) {
        index.note(
          entity,
          field,
          reference,
          `no Component in the imported files provides ${formatEntityRef(resolved.ref)}`,
        );
      }
      for (const provider of apiProviders) add(entity, field, reference, entity, provider);
    }
    const parent = entity.spec.subcomponentOf;
    if (parent !== undefined) {
      const field = 'spec.subcomponentOf';
      const target = systemAt(entity, field, parent, index.resolve(entity, field, parent, 'component'));
      if (target) add(entity, field, parent, target, entity);
    }
  }
  return needs;
}

/** API reference → the Components that provide it, in file order. */
function apiProviders(index: CatalogIndex): Map<string, Entity[]> {
  const providers = new Map<string, Entity[]>();
  for (const entity of index.entities) {
    if (entity.kind !== 'component') continue;
    for (const reference of entity.spec.providesApis ?? []) {
      const resolved = index.resolve(entity, 'spec.providesApis', reference, 'api');
      if (!resolved.ok) continue;
      const key = refKey(resolved.ref);
      providers.set(key, [...(providers.get(key) ?? []), entity]);
    }
  }
  return providers;
}

/** System entity → the Components and Resources whose `spec.system` names it, in file order. */
export function collectParts(index: CatalogIndex): Map<Entity, Entity[]> {
  const parts = new Map<Entity, Entity[]>();
  for (const entity of index.entities) {
    if (entity.kind !== 'component' && entity.kind !== 'resource') continue;
    const reference = entity.spec.system;
    if (reference === undefined) continue;
    const resolved = index.resolve(entity, 'spec.system', reference, 'system');
    if (!resolved.ok) continue;
    if (resolved.entity?.kind !== 'system') {
      index.note(
        entity,
        'spec.system',
        reference,
        resolved.entity
          ? `${formatEntityRef(resolved.ref)} is a ${kindName(resolved.entity)}, not a System`
          : `${formatEntityRef(resolved.ref)} is not in the imported files, so this is part of no process`,
      );
      continue;
    }
    parts.set(resolved.entity, [...(parts.get(resolved.entity) ?? []), entity]);
  }
  return parts;
}
