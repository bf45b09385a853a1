import fc from 'fast-check';
import { parseAllDocuments, stringify } from 'yaml';
import { toJson, type Json } from './mutate';

/**
 * Backstage catalog files for the importer fuzz test. A seed file is read as
 * a list of documents (so a tree edit can also drop or copy a whole entity),
 * edited as data, written back as YAML, and then edited line by line with the
 * constructs a hostile or careless file uses: anchors and aliases, merge keys,
 * custom tags, tabs, odd indentation, duplicate keys, document markers.
 */

export function yamlDocuments(text: string): Json {
  return parseAllDocuments(text).flatMap((doc) => (Array.isArray(doc) ? [] : [toJson(doc.toJS())]));
}

export function writeYamlDocuments(documents: Json): string {
  const list = Array.isArray(documents) ? documents : [documents];
  return list.map((document) => stringify(document)).join('---\n');
}

const SNIPPETS = [
  'metadata: &anchor { name: alias-target }',
  'spec: *anchor',
  '<<: *anchor',
  '  <<: { owner: team-x }',
  'name: !!binary aGVsbG8=',
  "description: !!js/function 'function () { return 1 }'",
  'owner: !custom-tag value',
  '? [complex, key]',
  ': value',
  '%YAML 1.1',
  '---',
  '...',
  '\tname: tabbed',
  'name: duplicate',
  'kind: Component',
  'kind: Location',
  '  dependsOn: [component:missing, resource:default/artists-db, "user:guest"]',
  '  owner: group:default/team-a',
  '  owner: { not: text }',
  'apiVersion: 42',
  '__proto__: { polluted: true }',
  'constructor: x',
  '- - - - - - - - - - - - - - - - - - nested',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x',
  `${' '.repeat(250)}indented: far`,
  '"unterminated',
  'description: "<script>window.__pwned=1</script>"',
  'title: \'=HYPERLINK("https://evil.example")\'',
];

export type LineEdit =
  | { op: 'drop'; at: number }
  | { op: 'copy'; at: number }
  | { op: 'indent'; at: number; by: number }
  | { op: 'insert'; at: number; line: string };

export const lineEdit: fc.Arbitrary<LineEdit> = fc.oneof(
  fc.record({ op: fc.constant('drop'), at: fc.nat() }),
  fc.record({ op: fc.constant('copy'), at: fc.nat() }),
  fc.record({ op: fc.constant('indent'), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('insert'),
      at: fc.nat(),
      line: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SNIPPETS) }, fc.string({ maxLength: 30 })),
    }),
  },
);

export function applyLineEdits(text: string, edits: readonly LineEdit[]): string {
  const lines = text.split('\n');
  for (const edit of edits) {
    const at = edit.at % Math.max(lines.length, 1);
    const line = lines[at] ?? '';
    if (edit.op === 'drop') lines.splice(at, 1);
    else if (edit.op === 'copy') lines.splice(at, 0, line);
    else if (edit.op === 'insert') lines.splice(at, 0, edit.line);
    else
      lines[at] =
        edit.by >= 0 ? ' '.repeat(edit.by) + line : line.slice(Math.min(-edit.by, line.search(/\S|$/)));
  }
  return lines.join('\n');
}

/** A "billion laughs" document: each alias level multiplies the last by ten. */
export function billionLaughs(levels: number): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level <= levels; level += 1) {
    const previous = `*a${level - 1}`;
    lines.push(`a${level}: &a${level} [${Array.from({ length: 10 }, () => previous).join(', ')}]`);
  }
  return `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: laughs\nspec:\n  ${lines.join('\n  ')}\n`;
}

/** Names that collide across kinds and namespaces, so references resolve, clash and dangle. */
const entityName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('web', 'db', 'api', 'team-a', 'guest', 'Web', 'web ', 'cache') },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
);
const kindName = fc.constantFrom(
  'Component',
  'Resource',
  'System',
  'Group',
  'User',
  'API',
  'Domain',
  'Location',
  'component',
  ' RESOURCE ',
  'Template',
);
const namespace = fc.option(fc.constantFrom('default', 'other', 'Default'), { nil: undefined });
const entityRef = fc.oneof(
  entityName,
  fc.tuple(kindName, entityName).map(([kind, name]) => `${kind.trim().toLowerCase()}:${name}`),
  fc
    .tuple(kindName, fc.constantFrom('default', 'other'), entityName)
    .map(([kind, ns, name]) => `${kind.trim().toLowerCase()}:${ns}/${name}`),
  fc.constantFrom('', ':', 'component:', ':web', 'a:b:c', 'component:default/'),
);
const refs = fc.array(entityRef, { maxLength: 4 });

/** A Backstage entity with any relation to any other, valid in shape so the import reaches its mapping. */
export const generatedEntity: fc.Arbitrary<Json> = fc
  .record(
    {
      kind: kindName,
      name: entityName,
      namespace,
      title: fc.option(fc.oneof(entityName, fc.constant('x'.repeat(300))), { nil: undefined }),
      description: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
      type: fc.option(fc.constantFrom('service', 'website', 'database', 'queue', 'dns', 'vm'), {
        nil: undefined,
      }),
      owner: fc.option(entityRef, { nil: undefined }),
      system: fc.option(entityRef, { nil: undefined }),
      subcomponentOf: fc.option(entityRef, { nil: undefined }),
      dependsOn: fc.option(refs, { nil: undefined }),
      dependencyOf: fc.option(refs, { nil: undefined }),
      consumesApis: fc.option(refs, { nil: undefined }),
      providesApis: fc.option(refs, { nil: undefined }),
      members: fc.option(refs, { nil: undefined }),
      memberOf: fc.option(refs, { nil: undefined }),
      displayName: fc.option(entityName, { nil: undefined }),
      email: fc.option(fc.constantFrom('a@example.com', 'not an address', ''), { nil: undefined }),
    },
    { requiredKeys: ['kind', 'name'] },
  )
  .map(({ kind, name, namespace: ns, title, description, displayName, email, ...spec }) =>
    toJson({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name, namespace: ns, title, description },
      spec: {
        ...spec,
        profile: displayName === undefined && email === undefined ? undefined : { displayName, email },
      },
    }),
  );
