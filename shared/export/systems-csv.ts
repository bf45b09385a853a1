import Papa from 'papaparse';
import type { Plan } from '../model/plan';
import { REDUNDANCY_INFO, SYSTEM_TYPE_LABELS, type System } from '../model/system';

const COLUMNS = [
  'Name',
  'Type',
  'Owner',
  'Tier',
  'Redundancy',
  'Instances',
  'How failure is detected',
  'Description',
];

/**
 * The system inventory as CSV for a spreadsheet. Cells that a spreadsheet
 * would run as a formula (=, +, -, @ …) are escaped: a system name typed in
 * a workshop must never become a formula on an auditor's machine.
 */
export function systemsToCsv(systems: readonly System[]): string {
  const rows = systems.map((system) => [
    system.name,
    SYSTEM_TYPE_LABELS[system.type],
    system.owner,
    system.tier === null ? '' : String(system.tier),
    REDUNDANCY_INFO[system.redundancy.mode].label,
    system.redundancy.mode === 'active-active' ? String(system.redundancy.instances) : '',
    system.detection,
    system.description,
  ]);
  return Papa.unparse({ fields: COLUMNS, data: rows }, { escapeFormulae: true, newline: '\r\n' });
}

/** A file name from the plan name that every operating system accepts. */
export function csvFileName(plan: Pick<Plan, 'name'>, what: string): string {
  const base = plan.name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return `${base || 'plan'} - ${what}.csv`;
}
