import { Link } from 'wouter';
import type { FindingSubjectKind } from '../../../shared/analysis/findings';

export const systemName = (name: string) => name || 'Unnamed system';
export const processName = (name: string) => name || 'Unnamed process';

const SUBJECT_PAGES = {
  system: { path: '/systems', name: systemName },
  process: { path: '/processes', name: processName },
  contact: { path: '/contacts', name: (name: string) => name || 'Unnamed contact' },
  exercise: { path: '/exercises', name: (name: string) => name || 'Unnamed exercise' },
} as const satisfies Record<FindingSubjectKind, { path: string; name: (name: string) => string }>;

/** A link to the page of what a finding is about (a system, process or contact), named as the user named it. */
export function SubjectLink({ kind, id, name }: { kind: FindingSubjectKind; id: string; name: string }) {
  const page = SUBJECT_PAGES[kind];
  return (
    <Link href={`${page.path}/${id}`} className="subject-link">
      {page.name(name)}
    </Link>
  );
}

/** Links separated the way a sentence lists things: "A, B and C". */
export function LinkList({
  kind,
  entries,
}: {
  kind: 'system' | 'process';
  entries: readonly { id: string; name: string }[];
}) {
  return (
    <>
      {entries.map((entry, index) => (
        <span key={entry.id}>
          {index > 0 && (index === entries.length - 1 ? ' and ' : ', ')}
          <SubjectLink kind={kind} id={entry.id} name={entry.name} />
        </span>
      ))}
    </>
  );
}
