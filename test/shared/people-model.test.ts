import { describe, expect, it } from 'vitest';
import {
  callTreeEntriesSchema,
  callTreeNodes,
  withCall,
  withoutBranch,
  type CallTreeEntry,
} from '../../shared/model/call-tree';
import { contactSchema, newContactDefaults } from '../../shared/model/contact';
import { teamFieldSchemas } from '../../shared/model/team';
import { vendorFieldSchemas } from '../../shared/model/vendor';

const PLAN_ID = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';
const STAMP = '2026-11-22T10:00:00.000Z';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

function call(callerId: string | null = null): CallTreeEntry {
  return { id: crypto.randomUUID(), contactId: crypto.randomUUID(), callerId, escalateAfterMinutes: 15 };
}

describe('contact', () => {
  const base = () => ({
    id: crypto.randomUUID(),
    planId: PLAN_ID,
    position: 0,
    ...newContactDefaults('Ann Smith'),
    createdAt: STAMP,
    updatedAt: STAMP,
  });

  it('accepts the phone numbers people write, with an extension', () => {
    for (const number of [
      '+44 20 7946 0958',
      '(555) 123-4567',
      '030/1234.5678',
      '+1 555 0100 ext 12',
      '0800 x7',
    ]) {
      const phones = [{ id: crypto.randomUUID(), label: 'Office', number }];
      expect(contactSchema.safeParse({ ...base(), phones }).success, number).toBe(true);
    }
  });

  it('refuses text that is not a phone number, a bad e-mail and being one’s own alternate', () => {
    const contact = base();
    const result = contactSchema.safeParse({
      ...contact,
      phones: [{ id: crypto.randomUUID(), label: '', number: 'call reception' }],
      email: 'ann at example',
      alternateId: contact.id,
    });
    expect(messages(result)).toEqual([
      'Phone number may contain only digits, spaces, + ( ) - . / and an extension such as “ext 12”',
      'E-mail must be an e-mail address such as name@example.com',
      'A contact cannot be their own alternate',
    ]);
  });
});

describe('team members', () => {
  it('are a line of succession in which nobody appears twice', () => {
    const id = crypto.randomUUID();
    expect(messages(teamFieldSchemas.memberIds.safeParse([id, id]))).toEqual(['A person is listed twice']);
  });
});

describe('vendor support portal', () => {
  it('is https or empty, so a printed plan never points at an unsafe page', () => {
    expect(vendorFieldSchemas.supportPortal.safeParse('https://support.example.com').success).toBe(true);
    expect(vendorFieldSchemas.supportPortal.safeParse('').success).toBe(true);
    for (const bad of ['http://support.example.com', 'javascript:alert(1)', 'support.example.com']) {
      expect(messages(vendorFieldSchemas.supportPortal.safeParse(bad))).toEqual([
        'Support portal must be a web address starting with https://',
      ]);
    }
  });
});

describe('call tree', () => {
  it('needs every caller to be called first, and each person once', () => {
    const first = call();
    const later = call();
    const early = { ...call(later.id) };
    const twice = { ...call(first.id), contactId: first.contactId };
    const ghost = call(crypto.randomUUID());
    expect(messages(callTreeEntriesSchema.safeParse([first, early, later, twice, ghost]))).toEqual([
      'Call 4: this person is already in the call tree; each person is called once',
      'Call 2 is made by someone who is only called later; a caller must be reached first',
      'Call 5 is made by someone who is not in the call tree',
    ]);
  });

  it('is shown as levels, each in calling order', () => {
    const a = call();
    const b = call();
    const a1 = call(a.id);
    const a2 = call(a.id);
    const a1x = call(a1.id);
    const roots = callTreeNodes([a, b, a1, a2, a1x]);
    expect(roots.map((node) => node.entry.id)).toEqual([a.id, b.id]);
    expect(roots[0]?.children.map((node) => [node.entry.id, node.level])).toEqual([
      [a1.id, 2],
      [a2.id, 2],
    ]);
    expect(roots[0]?.children[0]?.children.map((node) => [node.entry.id, node.level])).toEqual([[a1x.id, 3]]);
  });

  it('adds a call after its caller’s branch and removes a whole branch, staying valid', () => {
    const a = call();
    const b = call();
    const a1 = call(a.id);
    const a1x = call(a1.id);
    let entries = [a, b, a1, a1x];
    const a2 = call(a.id);
    entries = withCall(entries, a2);
    expect(entries.map((entry) => entry.id)).toEqual([a.id, b.id, a1.id, a1x.id, a2.id]);
    expect(callTreeEntriesSchema.safeParse(entries).success).toBe(true);
    const b1 = call(b.id);
    entries = withCall(entries, b1);
    expect(entries.map((entry) => entry.id)).toEqual([a.id, b.id, b1.id, a1.id, a1x.id, a2.id]);
    expect(callTreeEntriesSchema.safeParse(entries).success).toBe(true);
    expect(withoutBranch(entries, a1.id).map((entry) => entry.id)).toEqual([a.id, b.id, b1.id, a2.id]);
  });
});
