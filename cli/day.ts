import { CliError } from './errors';

/** Today on this computer's calendar (not UTC), as the app's screens judge dates. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `--now`: the day dates are judged against (contacts last verified, restore tests); default today. */
export function dayOption(text: string | undefined, now: Date): string {
  return text === undefined ? localDate(now) : parseDay(text);
}

function parseDay(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (date?.toISOString().slice(0, 10) !== text) {
    throw new CliError(
      `--now must be a date as YYYY-MM-DD, such as 2026-03-31 (got ${JSON.stringify(text)})`,
    );
  }
  return text;
}
