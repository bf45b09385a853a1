/**
 * Error messages can carry what the user typed: the app words its own messages `Owner of “CRM”`,
 * and engines quote input back (`"Acme plan" is not valid JSON`). Logs and diagnostic details must
 * hold no plan content, so quoted text is cut out before an error leaves the page or reaches the
 * log file. Single straight quotes stay: V8 uses them for property names (`reading 'name'`), which
 * are code, and apostrophes in plain words would otherwise pair up across a sentence.
 */
const QUOTED = [
  /„[^“”\n]*[“”]/g,
  /“[^”\n]*”/g,
  /‘[^’\n]*’/g,
  /«[^»\n]*»/g,
  /"[^"\n]*"/g,
  /`[^`\n]*`/g,
] as const;

export const REDACTED = '“…”';

export function redactQuoted(text: string): string {
  let result = text;
  for (const pattern of QUOTED) result = result.replace(pattern, REDACTED);
  return result;
}

/** Cuts text to at most `max` characters, saying so, so a runaway stack cannot fill a log. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}
