import { findSecrets, SECRET_KIND_LABELS, type SecretMatch } from '../../../shared/analysis/secrets';

/**
 * Said right under the field that holds it: a runbook gets printed and left
 * on desks, so a password in it is a leak waiting to happen.
 */
export function SecretWarnings({ label, matches }: { label: string; matches: readonly SecretMatch[] }) {
  if (matches.length === 0) return null;
  return (
    <ul className="secret-warnings" aria-label={`Possible secrets in ${label}`}>
      {matches.map((match) => (
        <li key={`${String(match.start)}:${match.kind}`} className="secret-warning" role="note">
          <strong>{SECRET_KIND_LABELS[match.kind]}?</strong> {match.reason}
        </li>
      ))}
    </ul>
  );
}

/** Warnings for one free-text value. */
export function TextSecretWarnings({ label, text }: { label: string; text: string }) {
  return <SecretWarnings label={label} matches={findSecrets(text)} />;
}
