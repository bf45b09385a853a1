import { Link } from 'wouter';

export const systemName = (name: string) => name || 'Unnamed system';
export const processName = (name: string) => name || 'Unnamed process';

/** A link to a system's or a process's page, named as the user named it. */
export function SubjectLink({ kind, id, name }: { kind: 'system' | 'process'; id: string; name: string }) {
  return (
    <Link href={kind === 'system' ? `/systems/${id}` : `/processes/${id}`} className="subject-link">
      {kind === 'system' ? systemName(name) : processName(name)}
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
