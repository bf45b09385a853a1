import { planSnapshotSchema, type PlanSnapshot } from '../../bundle/snapshot';
import { jsonPath } from '../../bundle/safe-json';
import type { Dependency } from '../../model/dependency';
import { DEFAULT_PLAN_SETTINGS, newPlanGovernance } from '../../model/plan';
import { newProcessDefaults, type BusinessProcess } from '../../model/process';
import { newSystemDefaults, type System } from '../../model/system';
import {
  CatalogIndex,
  entityRefOf,
  kindName,
  type SkippedEntity,
  type UnresolvedReference,
} from './catalog-index';
import { DEFAULT_NAMESPACE, formatEntityRef } from './entity-ref';
import { isProcessEntity, isSystemEntity, type Entity } from './entity';
import { clip, UniqueNames } from './names';
import { collectPeople, type Owned } from './people';
import { readCatalog, type CatalogFile, type ImportProblem } from './read-catalog';
import { collectNeeds, collectParts } from './relations';
import { systemTypeFor } from './system-type';

export type { CatalogFile, ImportProblem } from './read-catalog';
export type { SkippedEntity, UnresolvedReference } from './catalog-index';

/**
 * A Backstage catalog (one or more YAML files, each with any number of
 * documents) as a new plan. Components and Resources become systems,
 * Systems become business processes supported by their parts, dependsOn /
 * consumesApis / subcomponentOf become hard dependencies (relations.ts),
 * owners become teams and contacts (people.ts). A reference that leads
 * nowhere is listed, never fatal; a file that cannot be read is refused with
 * the file, document, line and field. Pure and deterministic given newId.
 */

export interface BackstageImportOptions {
  newId: () => string;
  now: string;
  planName: string;
  organisation?: string;
}

export interface ImportSummary {
  files: number;
  documents: number;
  entities: number;
  systems: number;
  processes: number;
  dependencies: number;
  contacts: number;
  teams: number;
}

export type BackstageImport =
  | {
      ok: true;
      snapshot: PlanSnapshot;
      unresolved: UnresolvedReference[];
      skipped: SkippedEntity[];
      summary: ImportSummary;
    }
  | { ok: false; problems: ImportProblem[] };

const NAME_MAX = 200;
const DESCRIPTION_MAX = 5000;

export function importBackstage(
  files: readonly CatalogFile[],
  options: BackstageImportOptions,
): BackstageImport {
  const read = readCatalog(files);
  if (!read.ok) return read;
  const index = new CatalogIndex(read.entities);
  const { newId, now } = options;
  const organisation = options.organisation ?? '';
  const planId = newId();
  const stamps = { planId, createdAt: now, updatedAt: now };

  const systemEntities = index.entities.filter(isSystemEntity);
  const processEntities = index.entities.filter(isProcessEntity);
  if (systemEntities.length === 0 && processEntities.length === 0) {
    return {
      ok: false,
      problems: [
        {
          file: '',
          document: null,
          line: null,
          column: null,
          field: null,
          message: `${files.length === 1 ? 'The file holds' : 'The files hold'} no Component, Resource or System, so there is nothing to make a plan from`,
        },
      ],
    };
  }
  for (const entity of index.entities) {
    if (entity.kind === 'other') index.skip(entity, skipReason(kindName(entity)));
  }

  const systemNames = new UniqueNames(NAME_MAX);
  const systems = systemEntities.map((entity) => ({
    entity,
    id: newId(),
    name: systemNames.take(clip(entity.title ?? entity.name, NAME_MAX), qualifier(entity)),
  }));
  const processNames = new UniqueNames(NAME_MAX);
  const processes = processEntities.map((entity) => ({
    entity,
    id: newId(),
    name: processNames.take(clip(entity.title ?? entity.name, NAME_MAX), qualifier(entity)),
  }));
  const systemIdOf = new Map<Entity, string>(systems.map((system) => [system.entity, system.id]));

  const owned: Owned[] = [...systems, ...processes].map(({ entity, name }) => ({
    entity,
    owner: entity.spec.owner,
    ownedName: name,
  }));
  const people = collectPeople(index, owned, { newId, planId, now, organisation });
  const parts = collectParts(index);
  const needs = collectNeeds(index);

  const systemRecords = systems.map(({ entity, id, name }, position): System => ({
    id,
    ...stamps,
    position,
    ...newSystemDefaults(name),
    type: systemTypeFor(entity.kind, entity.spec.type),
    owner: people.ownerText.get(entity) ?? '',
    description: describe(entity),
  }));
  const processRecords = processes.map(({ entity, id, name }, position): BusinessProcess => ({
    id,
    ...stamps,
    position,
    ...newProcessDefaults(name),
    owner: people.ownerText.get(entity) ?? '',
    description: describe(entity),
    systemIds: (parts.get(entity) ?? []).flatMap((part) => systemIdOf.get(part) ?? []),
  }));
  const dependencyRecords = needs.flatMap(({ dependent, target }): Dependency[] => {
    const dependentId = systemIdOf.get(dependent);
    const targetId = systemIdOf.get(target);
    if (dependentId === undefined || targetId === undefined) return [];
    return [
      {
        id: newId(),
        ...stamps,
        dependentId,
        dependentKind: 'system',
        kind: 'hard',
        targetIds: [targetId],
        workaround: '',
      },
    ];
  });

  const checked = planSnapshotSchema.safeParse({
    plan: {
      id: planId,
      name: options.planName,
      organisation,
      ...DEFAULT_PLAN_SETTINGS,
      ...newPlanGovernance(),
      startedFromTemplate: null,
      createdAt: now,
      updatedAt: now,
    },
    systems: systemRecords,
    processes: processRecords,
    dependencies: dependencyRecords,
    scenarios: [],
    runbooks: [],
    contacts: people.contacts,
    teams: people.teams,
    callTree: null,
    vendors: [],
    exercises: [],
    workshop: null,
    revisions: [],
  } satisfies PlanSnapshot);
  if (!checked.success) {
    // Only the plan details the user typed can fail here; the records are built within their limits.
    return {
      ok: false,
      problems: checked.error.issues.map((issue) => ({
        file: '',
        document: null,
        line: null,
        column: null,
        field: jsonPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const snapshot = checked.data;
  return {
    ok: true,
    snapshot,
    unresolved: inFileOrder(files, index.unresolved),
    skipped: inFileOrder(files, index.skipped),
    summary: {
      files: files.length,
      documents: read.documents,
      entities: read.entities.length,
      systems: snapshot.systems.length,
      processes: snapshot.processes.length,
      dependencies: snapshot.dependencies.length,
      contacts: snapshot.contacts.length,
      teams: snapshot.teams.length,
    },
  };
}

/** What tells two same-named entities apart: the kind, and the namespace when it is not the default. */
function qualifier(entity: Entity): string {
  const kind = kindName(entity);
  return entity.namespace === DEFAULT_NAMESPACE ? kind : `${kind} in ${entity.namespace}`;
}

/** The entity's description, then where it came from, so a reader can find it in Backstage. */
function describe(entity: Entity): string {
  const type = entity.kind === 'component' || entity.kind === 'resource' ? entity.spec.type : undefined;
  const origin = `Backstage ${formatEntityRef(entityRefOf(entity))}${type ? ` (type ${type})` : ''}.`;
  const description = entity.description?.trim() ?? '';
  return description === ''
    ? origin
    : `${clip(description, DESCRIPTION_MAX - origin.length - 2)}\n\n${origin}`;
}

/** Listed as a reader goes through the files: by file, then document (stable within one). */
function inFileOrder<T extends { file: string; document: number }>(
  files: readonly CatalogFile[],
  items: T[],
): T[] {
  const order = new Map(files.map((file, index) => [file.name, index]));
  const place = (item: T) => order.get(item.file) ?? files.length;
  return items.toSorted((a, b) => place(a) - place(b) || a.document - b.document);
}

function skipReason(kind: string): string {
  if (kind === 'api') return 'is an API; it links the Components that consume it to those that provide it';
  if (kind === 'domain') return 'is a Domain, which groups Systems and has no counterpart in a plan';
  if (kind === 'location') return 'is a Location, which tells Backstage where to find other files';
  return `is a ${kind}, which this import does not map`;
}
