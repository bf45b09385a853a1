import type { DependencyKind } from '../model/dependency';
import type { ImpactGrid } from '../model/impact';
import type { System, SystemField, Tier } from '../model/system';

/**
 * A starter plan: a realistic set of systems and processes for one kind of
 * organisation, written the way a consultant would fill them in after a first
 * workshop. Every figure is an example that the client must confirm.
 */
export interface PlanTemplate {
  /** Stable key, used in routes and tests; never shown. */
  id: string;
  name: string;
  /** One paragraph: who the template fits, so a user can pick the nearest one. */
  description: string;
  processes: readonly TemplateProcess[];
  systems: readonly TemplateSystem[];
  /**
   * How the systems need each other, as a consultant draws them after a first
   * workshop: the obvious hard needs, the fallbacks the organisation already
   * has (alternatives), and the needs it can work around for a while (degraded,
   * with the workaround). A process's own systems are hard needs already; list
   * a process here only for what its systems list cannot say.
   */
  dependencies: readonly TemplateDependency[];
}

/**
 * A system as a template states it: the objectives and tier are always set
 * (a template shows good practice), the restore test never is (nobody knows
 * the client's yet), and MTD comes from the processes rather than by hand.
 */
export type TemplateSystem = Omit<
  Pick<System, SystemField>,
  'tier' | 'rto' | 'rpo' | 'wrt' | 'mtdOverride' | 'mtdOverrideReason' | 'lastRestoreTest'
> & { tier: Tier; rto: number; rpo: number; wrt: number };

export interface TemplateProcess {
  name: string;
  /** A role, not a person: the client puts the name in. */
  owner: string;
  description: string;
  impact: ImpactGrid;
  /** In the plan's currency; null where a money figure would be guesswork. */
  lossPerHour: number | null;
  /** The systems it needs, by their names in the same template. */
  systems: readonly string[];
}

export interface TemplateDependency {
  /** A system's name, or a process's name when `dependentKind` is 'process'. */
  dependent: string;
  /** 'system' when left out. */
  dependentKind?: 'system' | 'process';
  kind: DependencyKind;
  /** Systems, by their names in the same template: one for hard and degraded, two or more for alternatives. */
  targets: readonly string[];
  /** Required for degraded: how work goes on without the target. */
  workaround?: string;
}

/** Durations in templates are minutes; these keep the figures readable. */
export const MIN = 1;
export const HOUR = 60;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
