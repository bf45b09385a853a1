import { useLiveQuery } from 'dexie-react-hooks';
import type { CallTreeEntry } from '../../../shared/model/call-tree';
import type { Contact } from '../../../shared/model/contact';
import { useServices } from '../../app/services';
import { listContacts } from '../contacts/contact-repository';
import { callTreeEntries } from './call-tree-repository';

/** The plan's call tree and contacts, read together so every entry's person is there. */
export function useCallTreeData(
  planId: string,
): { entries: CallTreeEntry[]; contacts: Contact[] } | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () =>
      db.transaction('r', db.callTrees, db.contacts, async () => ({
        entries: await callTreeEntries(db, planId),
        contacts: await listContacts(db, planId),
      })),
    [db, planId],
  );
}
