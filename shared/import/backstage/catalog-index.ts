import { formatEntityRef, parseEntityRef, refKey, type EntityRef } from './entity-ref';
import type { Entity } from './entity';

/**
 * The entities by reference, and the lists an import reports besides its
 * records: references that lead nowhere, and entities left out, each with
 * the file and document it came from.
 */

export interface UnresolvedReference {
  file: string;
  document: number;
  /** The referring entity, e.g. `component:default/www-artist`. */
  entity: string;
  /** The field, e.g. `spec.dependsOn`. */
  field: string;
  /** The reference as written. */
  reference: string;
  message: string;
}

export interface SkippedEntity {
  file: string;
  document: number;
  entity: string;
  reason: string;
}

export type Resolved = { ok: true; ref: EntityRef; entity: Entity | undefined } | { ok: false };

export function kindName(entity: Entity): string {
  return entity.kind === 'other' ? entity.kindName : entity.kind;
}

export function entityRefOf(entity: Entity): EntityRef {
  return { kind: kindName(entity), namespace: entity.namespace, name: entity.name };
}

export class CatalogIndex {
  readonly entities: Entity[] = [];
  readonly unresolved: UnresolvedReference[] = [];
  readonly skipped: SkippedEntity[] = [];
  private readonly byKey = new Map<string, Entity>();

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      const key = refKey(entityRefOf(entity));
      const first = this.byKey.get(key);
      if (first) {
        // The catalog refuses a second entity with the same reference; here the first one wins.
        this.skip(
          entity,
          `is also in ${first.source.file}, document ${first.source.document}; the first is used`,
        );
        continue;
      }
      this.byKey.set(key, entity);
      this.entities.push(entity);
    }
  }

  get(ref: EntityRef): Entity | undefined {
    return this.byKey.get(refKey(ref));
  }

  /**
   * Reads a reference from `field` of `from`; an unreadable one is listed
   * and gives `ok: false`. A readable one gives the entity when it is in the
   * files, or undefined: the caller decides whether that is worth listing.
   */
  resolve(from: Entity, field: string, text: string, defaultKind: string | null): Resolved {
    const parsed = parseEntityRef(text, { kind: defaultKind, namespace: from.namespace });
    if (!parsed.ok) {
      this.note(from, field, text, `“${text}” ${parsed.message}`);
      return { ok: false };
    }
    return { ok: true, ref: parsed.ref, entity: this.get(parsed.ref) };
  }

  note(from: Entity, field: string, reference: string, message: string): void {
    this.unresolved.push({
      file: from.source.file,
      document: from.source.document,
      entity: formatEntityRef(entityRefOf(from)),
      field,
      reference,
      message,
    });
  }

  skip(entity: Entity, reason: string): void {
    this.skipped.push({
      file: entity.source.file,
      document: entity.source.document,
      entity: formatEntityRef(entityRefOf(entity)),
      reason,
    });
  }
}
