import { Link } from 'wouter';
import type { FindingSubjectKind } from '../../../shared/analysis/findings';

export const systemName = (name: string) => name || 'Unnamed system';
export const processName = (name: string) => name || 'Unnamed process';

const SUBJECT_PAGES = {
  system: { href: (id: string) => `/systems/${id}`, name: systemName },
  process: { href: (id: string) => `/processes/${id}`, name: processName },
  contact: { href: (id: string) => `/contacts/${id}`, name: (name: string) => name || 'Unnamed contact' },
  // A finding about the plan as a whole (its review) is fixed on the review screen.
  plan: { href: () => '/review', name: (name: string) => name || 'This plan' },
  exercise: { href: (id: string) => `/exercises/${id}`, name: (name: string) => name || 'Unnamed exercise' },
} as const satisfies Record<
  FindingSubjectKind,
  { href: (id: string) => string; name: (name: string) => string }
>;

/** A link to the page of what a finding is about (a system, process or contact), named as the user named it. */
export function SubjectLink({ kind, id, name }: { kind: FindingSubjectKind; id: string; name: string }) {
  const page = SUBJECT_PAGES[kind];
  return (
    <Link href={page.href(id)} className="subject-link">
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
