import type { Plan } from '../model/plan';

/** A file name from the plan name that every operating system accepts: “Acme - dependency map.svg”. */
export function exportFileName(plan: Pick<Plan, 'name'>, what: string, extension: string): string {
  const base = plan.name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return `${base || 'plan'} - ${what}.${extension}`;
}
