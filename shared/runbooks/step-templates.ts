import { newStepDefaults, stepSchema, type Step } from '../model/runbook';

export interface StepTemplate {
  /** Stable across releases, so a screen can offer it by key. */
  key: string;
  /** How the picker names it. */
  label: string;
  title: string;
  instructions: string;
  /** A typical owner, to be replaced by the organisation's own role or person. */
  responsible: string;
  /** A typical time for a small organisation; meant to be corrected after the first exercise. */
  estimatedMinutes: number;
  verify: string;
  onFailure: string;
}

/**
 * Steps for jobs that recur in almost every runbook. The text names where a
 * credential is kept ("see vault entry …") and never a credential itself:
 * whatever a template says is copied into runbooks that get printed.
 */
export const STEP_TEMPLATES: readonly StepTemplate[] = [
  {
    key: 'restore-database',
    label: 'Restore a database from backup',
    title: 'Restore the database from the last good backup',
    instructions:
      'Pick the most recent backup taken before the failure (check the backup report for its time; that is how much data will be lost). Stop the application so nothing writes to the database. Restore the backup to the database server, then replay the transaction logs up to the last one available. Database administrator credentials: see vault entry “Database admin”.',
    responsible: 'Database administrator',
    estimatedMinutes: 120,
    verify:
      'The database starts without errors; the newest rows in the main tables are from just before the backup time; the application can log in and read a recent record.',
    onFailure:
      'Try the backup before it. If no backup restores, stop and call the database vendor’s support line (see the vendor list) and the recovery team lead.',
  },
  {
    key: 'fail-over-dns',
    label: 'Fail over DNS',
    title: 'Point DNS at the standby site',
    instructions:
      'Log in to the DNS provider’s console (account: see vault entry “DNS provider”). Change the records for the service to the standby site’s addresses, as listed in the network documentation. Note the old values here before changing them, so they can be put back.',
    responsible: 'Network administrator',
    estimatedMinutes: 30,
    verify:
      'From outside the network, the service’s name resolves to the standby addresses (check with two public resolvers) and the site answers in a browser. Old answers can be cached for up to the record’s TTL.',
    onFailure:
      'Put the old records back, call the DNS provider’s support, and tell the recovery team lead how long users will be affected.',
  },
  {
    key: 'restore-vm',
    label: 'Restore a virtual machine',
    title: 'Restore the virtual machine from its image backup',
    instructions:
      'In the backup console (see vault entry “Backup console”), choose the latest image backup of the machine taken before the failure. Restore it to the recovery host with a new name, keep its network card disconnected, and start it. Check it is clean, then connect it and switch off the damaged machine.',
    responsible: 'Systems administrator',
    estimatedMinutes: 90,
    verify:
      'The machine boots, its services start, it answers on its usual address, and its clock and disk space are normal.',
    onFailure:
      'Restore the image before it. If the recovery host has no room, call the recovery team lead to decide which machine to sacrifice, and the backup vendor’s support.',
  },
  {
    key: 'contact-vendor',
    label: 'Contact a vendor',
    title: 'Open an urgent case with the vendor',
    instructions:
      'Call the vendor’s support line from the vendor list (contract number and account id are there too). Say it is a production outage and ask for the highest priority. Write down the case number, the name of the person, and when they promised to call back.',
    responsible: 'Recovery team lead',
    estimatedMinutes: 15,
    verify:
      'A case number is recorded, with the priority the vendor confirmed and a time for the next update.',
    onFailure:
      'If nobody answers within 30 minutes, use the vendor’s escalation contact from the vendor list and tell the DR coordinator.',
  },
  {
    key: 'manual-process',
    label: 'Switch to the manual process',
    title: 'Switch the team to the manual workaround',
    instructions:
      'Tell the team leads to switch to the paper or spreadsheet procedure kept in the continuity binder. Hand out the forms, and agree who keeps the log of everything done by hand so it can be entered once the system is back.',
    responsible: 'Business process owner',
    estimatedMinutes: 30,
    verify: 'Every team lead has confirmed they work by hand, and the first manual entries are in the log.',
    onFailure: 'Tell the DR coordinator at once: the process is stopped, and the MTD clock is running.',
  },
];

/** The step a template inserts, ready to edit: it waits for nothing until the user says otherwise. */
export function stepFromTemplate(template: StepTemplate, id: string): Step {
  return stepSchema.parse({
    id,
    ...newStepDefaults(template.title),
    instructions: template.instructions,
    responsible: template.responsible,
    estimatedMinutes: template.estimatedMinutes,
    verify: template.verify,
    onFailure: template.onFailure,
  });
}
