import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBackstage, type CatalogFile } from '../../../../shared/import/backstage/import-backstage';
import { planSnapshotSchema, type PlanSnapshot } from '../../../../shared/bundle/snapshot';
import { sequentialIds, SAMPLE_NOW } from '../../../support/sample-plan';

const FIXTURE: CatalogFile = {
  name: 'example-catalog.yaml',
  text: readFileSync('test/fixtures/backstage/example-catalog.yaml', 'utf8'),
};

function run(files: CatalogFile[], planName = 'Artists') {
  return importBackstage(files, {
    newId: sequentialIds(),
    now: SAMPLE_NOW,
    planName,
    organisation: 'Spotify',
  });
}

function imported(files: CatalogFile[]) {
  const result = run(files);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result;
}

/** "A needs B" as names, for readable expectations. */
function needs(snapshot: PlanSnapshot): string[] {
  const name = (id: string) => snapshot.systems.find((system) => system.id === id)?.name ?? id;
  return snapshot.dependencies.map(
    (dependency) => `${name(dependency.dependentId)} → ${dependency.targetIds.map(name).join(', ')}`,
  );
}

const entity = (kind: string, name: string, spec: string, extra = '') =>
  `apiVersion: backstage.io/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\n${extra}spec:\n${spec}`;

describe('the Backstage example catalog', () => {
  const result = imported([FIXTURE]);
  const { snapshot } = result;

  it('becomes a valid plan with exact counts', () => {
    expect(planSnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(result.summary).toEqual({
      files: 1,
      documents: 14,
      entities: 14,
      systems: 8,
      processes: 2,
      dependencies: 5,
      contacts: 2,
      teams: 3,
    });
    expect(snapshot.plan).toMatchObject({ name: 'Artists', organisation: 'Spotify' });
    expect(snapshot.scenarios).toEqual([]);
    expect(snapshot.callTree).toBeNull();
  });

  it('maps Components and Resources to systems with their type, owner and description', () => {
    expect(snapshot.systems.map((system) => [system.name, system.type, system.owner])).toEqual([
      ['artist-lookup', 'application', 'team-a'],
      ['www-artist', 'application', 'team-a'],
      ['artists-db', 'data-store', 'team-a'],
      ['wayback-archive', 'application', 'team-a'],
      ['wayback-search', 'application', 'team-a'],
      ['wayback-archive-ingestion', 'application', 'team-d'],
      ['wayback-archive-storage', 'application', 'team-a'],
      ['playback-order', 'application', 'Guest User'],
    ]);
    expect(snapshot.systems[2]?.description).toBe(
      'Stores artist details\n\nBackstage resource:default/artists-db (type database).',
    );
    expect(snapshot.systems.map((system) => system.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('turns dependsOn, consumesApis (through providesApis) and subcomponentOf into hard dependencies', () => {
    expect(needs(snapshot)).toEqual([
      'artist-lookup → artists-db',
      // consumesApis names component:artist-lookup itself: a need of that component.
      'www-artist → artist-lookup',
      // consumesApis: [wayback-archive] is the API, provided by the wayback-archive component.
      'wayback-search → wayback-archive',
      // The archive is down when one of its subcomponents is.
      'wayback-archive → wayback-archive-ingestion',
      'wayback-archive → wayback-archive-storage',
    ]);
    expect(new Set(snapshot.dependencies.map((dependency) => dependency.kind))).toEqual(new Set(['hard']));
  });

  it('turns each System into a business process supported by its parts', () => {
    const systemName = (id: string) => snapshot.systems.find((system) => system.id === id)?.name;
    expect(
      snapshot.processes.map((process) => [process.name, process.owner, process.systemIds.map(systemName)]),
    ).toEqual([
      ['Artist Engagement Portal', 'team-a', ['artist-lookup', 'www-artist', 'artists-db']],
      ['audio-playback', 'team-c', ['playback-order']],
    ]);
    expect(snapshot.processes[0]?.description).toBe(
      'Everything related to artists\n\nBackstage system:default/artist-engagement-portal.',
    );
  });

  it('turns owners into teams (members from memberOf) and contacts (from User profiles)', () => {
    const contactName = (id: string) => snapshot.contacts.find((contact) => contact.id === id)?.name;
    expect(snapshot.teams.map((team) => [team.name, team.kind, team.memberIds.map(contactName)])).toEqual([
      ['team-a', 'team', ['Janelle Dawe', 'Guest User']],
      ['team-d', 'team', []],
      ['team-c', 'team', []],
    ]);
    expect(snapshot.teams[0]?.responsibilities).toContain(
      'Owns: artist-lookup, www-artist, artists-db, wayback-archive, wayback-search, wayback-archive-storage, Artist Engagement Portal.',
    );
    expect(snapshot.contacts.map((contact) => [contact.name, contact.email, contact.organisation])).toEqual([
      ['Guest User', 'guest@example.com', 'Spotify'],
      ['Janelle Dawe', 'janelle-dawe@example.com', 'Spotify'],
    ]);
  });

  it('lists the owners that are not in the file, and skips the API', () => {
    expect(result.unresolved).toEqual([
      {
        file: 'example-catalog.yaml',
        document: 2,
        entity: 'system:default/audio-playback',
        field: 'spec.owner',
        reference: 'team-c',
        message:
          'group:default/team-c is not in the imported files; a team named “team-c” was added without members',
      },
      {
        file: 'example-catalog.yaml',
        document: 8,
        entity: 'component:default/wayback-archive-ingestion',
        field: 'spec.owner',
        reference: 'team-d',
        message:
          'group:default/team-d is not in the imported files; a team named “team-d” was added without members',
      },
    ]);
    expect(result.skipped).toEqual([
      {
        file: 'example-catalog.yaml',
        document: 11,
        entity: 'api:default/wayback-archive',
        reason: 'is an API; it links the Components that consume it to those that provide it',
      },
    ]);
  });

  it('is deterministic given the id source', () => {
    expect(JSON.stringify(run([FIXTURE]))).toBe(JSON.stringify(run([FIXTURE])));
  });
});

describe('several files', () => {
  const services: CatalogFile = {
    name: 'services.yaml',
    text: [
      entity(
        'Component',
        'shop',
        '  type: website\n  owner: group:default/web\n  consumesApis: [payments]\n  dependsOn: [resource:orders-db, orders-db, system:shop-system]',
      ),
      entity('Component', 'orders-db', '  type: service\n  owner: web'),
    ].join('\n---\n'),
  };
  const platform: CatalogFile = {
    name: 'platform.yaml',
    text: [
      entity('Resource', 'orders-db', '  type: postgres\n  owner: user:alice'),
      entity('Component', 'payments-service', '  type: service\n  owner: web\n  providesApis: [payments]'),
      entity(
        'Group',
        'web',
        '  type: team\n  profile: { displayName: Web team }\n  members: [alice, bob]\n  children: []',
      ),
      entity('User', 'alice', '  profile: { displayName: Alice Å, email: not-an-email }\n  memberOf: [web]'),
      entity('User', 'carol', '  memberOf: [other]'),
      entity('Component', 'shop', '  type: service\n  owner: web'),
      entity('System', 'shop-system', '  owner: web'),
    ].join('\n---\n'),
  };

  it('resolves references across files and keeps same-named entities apart', () => {
    const { snapshot, unresolved, skipped } = imported([services, platform]);
    expect(snapshot.systems.map((system) => [system.name, system.type])).toEqual([
      ['shop', 'application'],
      ['orders-db', 'application'],
      ['orders-db (resource)', 'data-store'],
      ['payments-service', 'application'],
    ]);
    expect(needs(snapshot)).toEqual(['shop → orders-db (resource)', 'shop → payments-service']);
    expect(unresolved.map((entry) => [entry.file, entry.field, entry.reference, entry.message])).toEqual([
      [
        'services.yaml',
        'spec.dependsOn',
        'orders-db',
        '“orders-db” names no kind; write it as component:name or resource:name',
      ],
      [
        'services.yaml',
        'spec.dependsOn',
        'system:shop-system',
        'system:default/shop-system is a system; only Components and Resources become systems',
      ],
      ['platform.yaml', 'spec.members', 'bob', 'user:default/bob is not a User in the imported files'],
    ]);
    expect(skipped.map((entry) => [entry.file, entry.entity, entry.reason])).toEqual([
      ['platform.yaml', 'user:default/carol', 'owns nothing that was imported and is in no team that does'],
      ['platform.yaml', 'component:default/shop', 'is also in services.yaml, document 1; the first is used'],
    ]);
    const alice = snapshot.contacts.find((contact) => contact.name === 'Alice Å');
    expect(alice?.email).toBe('');
    expect(alice?.notes).toContain('E-mail in Backstage: not-an-email (not a valid address).');
    expect(snapshot.teams.map((team) => [team.name, team.memberIds])).toEqual([['Web team', [alice?.id]]]);
    expect(snapshot.systems.find((system) => system.name === 'orders-db (resource)')?.owner).toBe('Alice Å');
  });

  it('lists an API nobody provides, a wrong-kind owner, and a part of a missing System', () => {
    const { unresolved, snapshot } = imported([
      {
        name: 'one.yaml',
        text: entity(
          'Component',
          'app',
          '  type: service\n  owner: component:app\n  system: nowhere\n  consumesApis: [api:missing]\n  subcomponentOf: ghost',
        ),
      },
    ]);
    expect(unresolved.map((entry) => `${entry.field}: ${entry.message}`)).toEqual([
      'spec.owner: component:default/app is not a Group or a User, so it owns nothing here',
      'spec.system: system:default/nowhere is not in the imported files, so this is part of no process',
      'spec.consumesApis: no Component in the imported files provides api:default/missing',
      'spec.subcomponentOf: component:default/ghost is not in the imported files',
    ]);
    expect(snapshot.systems[0]?.owner).toBe('component:app');
    expect(snapshot.teams).toEqual([]);
  });

  it('reads references relative to the entity’s own namespace', () => {
    const { snapshot } = imported([
      {
        name: 'ns.yaml',
        text: [
          entity('Component', 'api', '  type: service\n  dependsOn: [resource:db]', '  namespace: ops\n'),
          entity('Resource', 'db', '  type: database', '  namespace: ops\n'),
          entity('Resource', 'db', '  type: database'),
        ].join('\n---\n'),
      },
    ]);
    expect(snapshot.systems.map((system) => system.name)).toEqual(['api', 'db', 'db (resource)']);
    expect(needs(snapshot)).toEqual(['api → db']);
  });

  it('refuses files with nothing to import, and an empty plan name', () => {
    const users = { name: 'org.yaml', text: entity('User', 'x', '  memberOf: []') };
    const none = run([users]);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.problems[0]?.message).toMatch(/no Component, Resource or System/);
    const unnamed = run([FIXTURE], '  ');
    expect(unnamed.ok).toBe(false);
    if (!unnamed.ok)
      expect(unnamed.problems).toEqual([
        expect.objectContaining({ field: '$.plan.name', message: 'Plan name is required' }),
      ]);
  });
});

describe('hostile text in a catalog', () => {
  it('cuts a long name without splitting an emoji, and quotes at most 300 characters of bad YAML', () => {
    const name = '😀'.repeat(150);
    const built = importBackstage(
      [
        {
          name: 'emoji.yaml',
          text: `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: emoji\n  title: "${name}"\n`,
        },
      ],
      { newId: sequentialIds(), now: SAMPLE_NOW, planName: 'Emoji' },
    );
    if (!built.ok) throw new Error('not imported');
    expect(built.snapshot.systems[0]?.name).not.toMatch(/\p{Cs}/u);
    expect(built.snapshot.systems[0]?.name).toBe(`${'😀'.repeat(99)}…`);

    const junk = 'x'.repeat(100_000);
    const refused = importBackstage(
      [{ name: 'junk.yaml', text: `apiVersion: v1\nkind: Component\nmetadata:\n  name: a\n"${junk}\n` }],
      { newId: sequentialIds(), now: SAMPLE_NOW, planName: 'Junk' },
    );
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    for (const problem of refused.problems) expect(problem.message.length).toBeLessThanOrEqual(300);
  });
});
