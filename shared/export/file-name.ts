import type { Plan } from '../model/plan';

/** A file name from the plan name that every operating system accepts: “Acme - dependency map.svg”. */
export function exportFileName(plan: Pick<Plan, 'name'>, what: string, extension: string): string {
  return `${exportFolderName(plan, what)}.${extension}`;
}

/** The same without an extension, for the folder several files are saved into: “Acme - tables”. */
export function exportFolderName(plan: Pick<Plan, 'name'>, what: string): string {
  const base = plan.name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return `${base || 'plan'} - ${what}`;
}
