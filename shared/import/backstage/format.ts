import type { SkippedEntity, UnresolvedReference } from './catalog-index';
import type { ImportProblem } from './read-catalog';

/**
 * One line per problem, for the import dialog and the command line. Messages
 * are written to follow their subject: "spec.owner must be text", "the
 * document is not valid YAML: …".
 */
export function formatImportProblem(problem: ImportProblem): string {
  if (problem.file === '') return problem.message;
  const place = [
    problem.file,
    problem.document === null ? null : `document ${problem.document}`,
    problem.line === null ? null : `line ${problem.line}`,
    problem.column === null ? null : `column ${problem.column}`,
  ].filter((part) => part !== null);
  const subject =
    problem.field ??
    (problem.document !== null ? 'the document' : problem.line !== null ? 'the line' : 'the file');
  return `${place.join(', ')}: ${subject} ${problem.message}`;
}

export function formatUnresolved(entry: UnresolvedReference): string {
  return `${entry.file}, document ${entry.document}, ${entry.entity} ${entry.field}: ${entry.message}`;
}

export function formatSkipped(entry: SkippedEntity): string {
  return `${entry.file}, document ${entry.document}: ${entry.entity} ${entry.reason}`;
}
