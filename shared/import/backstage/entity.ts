import { z } from 'zod';

/**
 * The parts of a Backstage entity this import reads, per kind. Everything
 * else (annotations, links, lifecycle, API definitions…) is let through
 * unread. A field of the wrong type refuses the file with its path, rather
 * than being guessed at: a catalog the Backstage catalog itself would reject
 * should not quietly become half a plan.
 */

const text = z.string({ error: 'must be text' });
const refList = z.array(text, { error: 'must be a list of entity references' }).max(1000, {
  error: 'lists more than 1,000 references',
});
const profile = z
  .object({ displayName: text.optional(), email: text.optional() }, { error: 'must be a mapping' })
  .optional();

export const entityBaseSchema = z.object(
  {
    apiVersion: z.string({ error: 'is missing: every entity names its apiVersion' }).min(1),
    kind: z.string({ error: 'is missing: every entity names its kind' }).min(1, { error: 'is empty' }),
    metadata: z.object(
      {
        name: z.string({ error: 'is missing or not text' }).trim().min(1, { error: 'is empty' }),
        namespace: text.trim().min(1, { error: 'is empty' }).optional(),
        title: text.optional(),
        description: text.optional(),
      },
      { error: 'is missing: every entity has metadata with a name' },
    ),
    spec: z.unknown().optional(),
  },
  { error: 'is not a mapping, so it is not a Backstage entity' },
);

const spec = <T extends z.ZodRawShape>(shape: T) => z.object(shape, { error: 'must be a mapping' });

export const specSchemas = {
  component: spec({
    type: text.optional(),
    owner: text.optional(),
    system: text.optional(),
    subcomponentOf: text.optional(),
    dependsOn: refList.optional(),
    dependencyOf: refList.optional(),
    consumesApis: refList.optional(),
    providesApis: refList.optional(),
  }),
  resource: spec({
    type: text.optional(),
    owner: text.optional(),
    system: text.optional(),
    dependsOn: refList.optional(),
    dependencyOf: refList.optional(),
  }),
  system: spec({ owner: text.optional() }),
  group: spec({ profile, members: refList.optional() }),
  user: spec({ profile, memberOf: refList.optional() }),
} as const;

export type EntityBase = z.infer<typeof entityBaseSchema>;
export type MappedKind = keyof typeof specSchemas;
export type ComponentSpec = z.infer<(typeof specSchemas)['component']>;
export type ResourceSpec = z.infer<(typeof specSchemas)['resource']>;

/** Where an entity came from: what every problem and unresolved reference names. */
export interface EntitySource {
  file: string;
  /** 1-based position of the document in its file. */
  document: number;
  line: number;
}

interface Located {
  source: EntitySource;
  namespace: string;
  name: string;
  title: string | undefined;
  description: string | undefined;
}

/** An entity, read and checked, by kind. APIs and other kinds are kept only for resolving references. */
export type Entity = Located &
  (
    | { kind: 'component'; spec: ComponentSpec }
    | { kind: 'resource'; spec: ResourceSpec }
    | { kind: 'system'; spec: z.infer<(typeof specSchemas)['system']> }
    | { kind: 'group'; spec: z.infer<(typeof specSchemas)['group']> }
    | { kind: 'user'; spec: z.infer<(typeof specSchemas)['user']> }
    | { kind: 'other'; kindName: string }
  );

export function isMappedKind(kind: string): kind is MappedKind {
  return Object.hasOwn(specSchemas, kind);
}

/** Components and Resources: what becomes a system. */
export type SystemEntity = Extract<Entity, { kind: 'component' | 'resource' }>;
export type ProcessEntity = Extract<Entity, { kind: 'system' }>;

export function isSystemEntity(entity: Entity): entity is SystemEntity {
  return entity.kind === 'component' || entity.kind === 'resource';
}

export function isProcessEntity(entity: Entity): entity is ProcessEntity {
  return entity.kind === 'system';
}
