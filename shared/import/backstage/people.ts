import { newContactDefaults, optionalEmailSchema, type Contact } from '../../model/contact';
import { MAX_MEMBERS, newTeamDefaults, type Team } from '../../model/team';
import type { CatalogIndex } from './catalog-index';
import { DEFAULT_NAMESPACE, formatEntityRef, parseEntityRef, refKey, type EntityRef } from './entity-ref';
import type { Entity } from './entity';
import { clip, UniqueNames } from './names';

/**
 * Owners → people. An owner that is a Group becomes a team, a User a
 * contact. The people are those the imported systems need: the owners, and
 * the members of owning teams (from the Group's `spec.members` and each
 * User's `spec.memberOf`). Groups and Users that own nothing imported are
 * left out and listed, so a whole organisation's directory does not flood
 * the plan. An owner missing from the files still becomes a team or contact
 * under its name, since the plan needs someone to call, and is listed so
 * the gap is seen.
 */

export interface Owned {
  entity: Entity;
  owner: string | undefined;
  /** The name the owned thing has in the plan, for the team's "Owns:" line. */
  ownedName: string;
}

interface Person {
  ref: EntityRef;
  entity: Entity | undefined;
  id: string;
  name: string;
  owns: string[];
  memberKeys: string[];
}

export interface PeopleRecords {
  teams: Team[];
  contacts: Contact[];
  /** The owner text of each owning entity: the team's or contact's name in the plan. */
  ownerText: Map<Entity, string>;
}

const NAME_MAX = 200;
const emailSchema = optionalEmailSchema('E-mail');

export function collectPeople(
  index: CatalogIndex,
  owned: readonly Owned[],
  make: { newId: () => string; planId: string; now: string; organisation: string },
): PeopleRecords {
  const teams = new Map<string, Person>();
  const contacts = new Map<string, Person>();
  const teamNames = new UniqueNames(NAME_MAX);
  const contactNames = new UniqueNames(NAME_MAX);

  const personFor = (ref: EntityRef, entity: Entity | undefined): Person => {
    const isTeam = ref.kind === 'group';
    const list = isTeam ? teams : contacts;
    const key = refKey(ref);
    const known = list.get(key);
    if (known) return known;
    const names = isTeam ? teamNames : contactNames;
    const person: Person = {
      ref,
      entity,
      id: make.newId(),
      name: names.take(clip(displayName(ref, entity), NAME_MAX), formatEntityRef(ref)),
      owns: [],
      memberKeys: [],
    };
    list.set(key, person);
    return person;
  };

  const ownerText = new Map<Entity, string>();
  for (const { entity, owner, ownedName } of owned) {
    if (owner === undefined || owner.trim() === '') continue;
    ownerText.set(entity, clip(owner, NAME_MAX));
    const resolved = index.resolve(entity, 'spec.owner', owner, 'group');
    if (!resolved.ok) continue;
    const { ref } = resolved;
    if (ref.kind !== 'group' && ref.kind !== 'user') {
      index.note(
        entity,
        'spec.owner',
        owner,
        `${formatEntityRef(ref)} is not a Group or a User, so it owns nothing here`,
      );
      continue;
    }
    if (!resolved.entity) {
      index.note(
        entity,
        'spec.owner',
        owner,
        ref.kind === 'group'
          ? `${formatEntityRef(ref)} is not in the imported files; a team named “${ref.name}” was added without members`
          : `${formatEntityRef(ref)} is not in the imported files; a contact named “${ref.name}” was added without details`,
      );
    }
    const person = personFor(ref, resolved.entity);
    person.owns.push(ownedName);
    ownerText.set(entity, person.name);
  }

  const addMember = (team: Person, user: Entity) => {
    const ref: EntityRef = { kind: 'user', namespace: user.namespace, name: user.name };
    const key = refKey(ref);
    personFor(ref, user);
    if (!team.memberKeys.includes(key)) team.memberKeys.push(key);
  };
  for (const team of [...teams.values()]) {
    const group = team.entity;
    if (group?.kind !== 'group') continue;
    for (const member of group.spec.members ?? []) {
      const resolved = index.resolve(group, 'spec.members', member, 'user');
      if (!resolved.ok) continue;
      if (resolved.entity?.kind === 'user') addMember(team, resolved.entity);
      else
        index.note(
          group,
          'spec.members',
          member,
          `${formatEntityRef(resolved.ref)} is not a User in the imported files`,
        );
    }
  }
  for (const user of index.entities) {
    if (user.kind !== 'user') continue;
    for (const group of user.spec.memberOf ?? []) {
      // Only teams this import made matter; a user's other groups are none of the plan's business.
      const parsed = parseEntityRef(group, { kind: 'group', namespace: user.namespace });
      const team = parsed.ok ? teams.get(refKey(parsed.ref)) : undefined;
      if (team) addMember(team, user);
    }
  }

  for (const entity of index.entities) {
    if (entity.kind !== 'group' && entity.kind !== 'user') continue;
    const key = refKey({ kind: entity.kind, namespace: entity.namespace, name: entity.name });
    if (!(entity.kind === 'group' ? teams : contacts).has(key)) {
      index.skip(entity, 'owns nothing that was imported and is in no team that does');
    }
  }

  const stamps = { planId: make.planId, createdAt: make.now, updatedAt: make.now };
  const origin = (person: Person) =>
    `Backstage ${formatEntityRef(person.ref)}${person.entity ? '' : ', named as an owner but not in the imported files'}.`;
  const ownsLine = (person: Person) => (person.owns.length > 0 ? `Owns: ${person.owns.join(', ')}.` : '');

  const contactRecords = [...contacts.values()].map((person, position): Contact => {
    const profile = person.entity?.kind === 'user' ? person.entity.spec.profile : undefined;
    const email = profile?.email?.trim() ?? '';
    const emailOk = emailSchema.safeParse(email).success;
    return {
      id: person.id,
      ...stamps,
      position,
      ...newContactDefaults(person.name),
      organisation: clip(make.organisation, NAME_MAX),
      email: emailOk ? email : '',
      notes: clip(
        [
          origin(person),
          ownsLine(person),
          emailOk ? '' : `E-mail in Backstage: ${email} (not a valid address).`,
        ]
          .filter(Boolean)
          .join('\n'),
        5000,
      ),
    };
  });
  const contactIds = new Map([...contacts].map(([key, person]) => [key, person.id]));
  const teamRecords = [...teams.values()].map((person, position): Team => {
    if (person.memberKeys.length > MAX_MEMBERS && person.entity) {
      index.note(
        person.entity,
        'spec.members',
        '',
        `has ${person.memberKeys.length} members; a team holds at most ${MAX_MEMBERS}, so the first ${MAX_MEMBERS} are listed`,
      );
    }
    return {
      id: person.id,
      ...stamps,
      position,
      ...newTeamDefaults(person.name, 'team'),
      responsibilities: clip(
        [person.entity?.description ?? '', ownsLine(person), origin(person)].filter(Boolean).join('\n\n'),
        5000,
      ),
      memberIds: person.memberKeys.slice(0, MAX_MEMBERS).flatMap((key) => contactIds.get(key) ?? []),
    };
  });
  return { teams: teamRecords, contacts: contactRecords, ownerText };
}

function displayName(ref: EntityRef, entity: Entity | undefined): string {
  const profile = entity?.kind === 'user' || entity?.kind === 'group' ? entity.spec.profile : undefined;
  const name =
    [profile?.displayName, entity?.title].map((text) => text?.trim() ?? '').find(Boolean) ?? ref.name;
  return ref.namespace === DEFAULT_NAMESPACE || name !== ref.name ? name : `${ref.namespace}/${name}`;
}
