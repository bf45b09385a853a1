import { describe, expect, it } from 'vitest';
import {
  MAX_ALIAS_COUNT,
  MAX_FILE_BYTES,
  MAX_FILES,
  readCatalog,
  type CatalogFile,
} from '../../../../shared/import/backstage/read-catalog';
import { systemTypeFor } from '../../../../shared/import/backstage/system-type';
import { parseEntityRef } from '../../../../shared/import/backstage/entity-ref';
import { formatImportProblem } from '../../../../shared/import/backstage/format';

const COMPONENT =
  'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: shop\nspec:\n  type: service\n';

function problems(...files: CatalogFile[]) {
  const read = readCatalog(files);
  if (read.ok) throw new Error('expected a refusal');
  return read.problems;
}

describe('reading catalog files', () => {
  it('reads every document of every file, skipping empty ones', () => {
    const read = readCatalog([
      // A comment before the first `---` belongs to the first document; an empty one in the middle is no entity.
      { name: 'a.yaml', text: `# the shop\n${COMPONENT}---\n---\n${COMPONENT.replace('shop', 'till')}` },
      { name: 'b.yaml', text: `\uFEFF${COMPONENT.replace('shop', 'cash')}` },
    ]);
    expect(read.ok && read.entities.map((entity) => [entity.name, entity.source])).toEqual([
      ['shop', { file: 'a.yaml', document: 1, line: 2 }],
      ['till', { file: 'a.yaml', document: 3, line: 10 }],
      ['cash', { file: 'b.yaml', document: 1, line: 1 }],
    ]);
  });

  it('names file, document, line and column of invalid YAML', () => {
    expect(
      problems({ name: 'bad.yaml', text: `${COMPONENT}---\nkind: User\nmetadata:\n  name: a: b\n` }),
    ).toEqual([expect.objectContaining({ file: 'bad.yaml', document: 2, line: 10, column: 9, field: null })]);
    const duplicate = problems({ name: 'dup.yaml', text: `${COMPONENT}kind: Resource\n` });
    expect(duplicate[0]).toMatchObject({ file: 'dup.yaml', document: 1, line: 7 });
    expect(duplicate[0]?.message).toMatch(/not valid YAML: Map keys must be unique/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s with its line', (key) => {
    const text = `${COMPONENT}  ${key}:\n    polluted: true\n`;
    expect(problems({ name: 'evil.yaml', text })).toEqual([
      {
        file: 'evil.yaml',
        document: 1,
        line: 7,
        column: 3,
        field: null,
        message: `uses the key “${key}”, which is not allowed`,
      },
    ]);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h'].entries()) {
      const previous = String.fromCharCode(97 + index);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const text = `${COMPONENT}  bomb:\n${levels.map((line) => `    ${line}`).join('\n')}\n`;
    const [problem] = problems({ name: 'bomb.yaml', text });
    expect(problem).toMatchObject({ file: 'bomb.yaml', document: 1, line: 1 });
    expect(problem?.message).toBe(
      `uses aliases more than ${MAX_ALIAS_COUNT} times, which only a file built to exhaust memory does`,
    );
  });

  it('refuses nesting deep enough to crash the parser, naming the line', () => {
    // 20,000 brackets abort Node inside the yaml parser; the scan must stop them first.
    const brackets = `${COMPONENT}  deep: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    expect(problems({ name: 'deep.yaml', text: brackets })).toEqual([
      expect.objectContaining({
        file: 'deep.yaml',
        line: 7,
        message: 'nests brackets more than 64 levels deep',
      }),
    ]);
    const dashes = `${'- '.repeat(10_000)}x\n`;
    expect(problems({ name: 'dashes.yaml', text: dashes })[0]?.message).toBe(
      'nests more than 16 levels on one line',
    );
    const indented = `a:\n${' '.repeat(300)}b: 1\n`;
    expect(problems({ name: 'wide.yaml', text: indented })[0]?.message).toBe(
      'is indented more than 200 spaces',
    );
  });

  it('refuses a huge file and too many files before parsing', () => {
    const huge = `${COMPONENT}  description: ${'x'.repeat(MAX_FILE_BYTES)}\n`;
    expect(problems({ name: 'huge.yaml', text: huge })).toEqual([
      expect.objectContaining({
        file: 'huge.yaml',
        document: null,
        message: 'is 2.0 MB; a catalog file can be at most 2.0 MB',
      }),
    ]);
    const many = Array.from({ length: MAX_FILES + 1 }, (_, index) => ({
      name: `${index}.yaml`,
      text: COMPONENT,
    }));
    expect(problems(...many)[0]?.message).toBe(`At most ${MAX_FILES} files can be imported at once`);
  });

  it('refuses documents that are not entities, naming the field', () => {
    expect(problems({ name: 'list.yaml', text: '- a\n- b\n' })).toEqual([
      expect.objectContaining({
        document: 1,
        line: 1,
        field: null,
        message: 'is not a mapping, so it is not a Backstage entity',
      }),
    ]);
    expect(problems({ name: 'text.yaml', text: `${COMPONENT}---\njust text\n` })).toEqual([
      expect.objectContaining({ document: 2, line: 8 }),
    ]);
    expect(problems({ name: 'nokind.yaml', text: 'apiVersion: v1\nmetadata:\n  name: x\n' })).toEqual([
      expect.objectContaining({ field: 'kind', message: 'is missing: every entity names its kind' }),
    ]);
    expect(
      problems({ name: 'type.yaml', text: `${COMPONENT}  dependsOn: resource:db\n  owner: 42\n` }),
    ).toEqual([
      expect.objectContaining({ field: 'spec.owner', line: 8, message: 'must be text' }),
      expect.objectContaining({
        field: 'spec.dependsOn',
        line: 7,
        message: 'must be a list of entity references',
      }),
    ]);
  });
});

describe('entity references', () => {
  it('follows Backstage: [kind:][namespace/]name with per-field defaults', () => {
    const defaults = { kind: 'group', namespace: 'default' };
    expect(parseEntityRef('team-a', defaults)).toEqual({
      ok: true,
      ref: { kind: 'group', namespace: 'default', name: 'team-a' },
    });
    expect(parseEntityRef('User:ops/jane', defaults)).toEqual({
      ok: true,
      ref: { kind: 'user', namespace: 'ops', name: 'jane' },
    });
    expect(parseEntityRef('db', { kind: null, namespace: 'default' }).ok).toBe(false);
    expect(parseEntityRef('component:', defaults).ok).toBe(false);
  });
});

describe('system types', () => {
  it.each([
    ['component', 'service', 'application'],
    ['component', 'website', 'application'],
    ['component', 'library', 'application'],
    ['resource', 'database', 'data-store'],
    ['resource', 's3-bucket', 'data-store'],
    ['resource', 'kafka-topic', 'data-store'],
    ['resource', 'kubernetes-cluster', 'infrastructure'],
    ['resource', 'dns-zone', 'infrastructure'],
    ['resource', 'saas', 'third-party-service'],
    ['resource', 'datacenter', 'facility'],
    ['resource', 'something-else', 'infrastructure'],
    ['resource', undefined, 'infrastructure'],
  ] as const)('%s of type %s → %s', (kind, type, expected) => {
    expect(systemTypeFor(kind, type)).toBe(expected);
  });
});

describe('problem lines', () => {
  it('name the file, document, line and column, then the field or what is wrong', () => {
    const [yaml] = problems({
      name: 'bad.yaml',
      text: `${COMPONENT}---\nkind: User\nmetadata:\n  name: a: b\n`,
    });
    expect(yaml && formatImportProblem(yaml)).toMatch(
      /^bad\.yaml, document 2, line 10, column 9: the document is not valid YAML: /,
    );
    const [field] = problems({ name: 'type.yaml', text: `${COMPONENT}  owner: 42\n` });
    expect(field && formatImportProblem(field)).toBe(
      'type.yaml, document 1, line 7, column 10: spec.owner must be text',
    );
    const [deep] = problems({ name: 'deep.yaml', text: `a: ${'['.repeat(100)}` });
    expect(deep && formatImportProblem(deep)).toBe(
      'deep.yaml, line 1: the line nests brackets more than 64 levels deep',
    );
  });
});
