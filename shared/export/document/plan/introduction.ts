import { SYSTEM_TYPE_LABELS, SYSTEM_TYPES } from '../../../model/system';
import type { DocumentSection } from '../model';
import type { PlanContext } from './context';
import { count, nameList } from './format';
import { paragraph, section } from './sections';

/** 2. Introduction: purpose, scope, assumptions, related plans. */
export function introductionSection(context: PlanContext): DocumentSection {
  const { plan, systems, processes } = context.snapshot;
  const organisation = plan.organisation || 'the organisation';
  const byType = SYSTEM_TYPES.map((type) => ({
    type,
    names: systems.filter((system) => system.type === type).map((system) => system.name),
  })).filter((group) => group.names.length > 0);
  const facilities = systems.filter((system) => system.type === 'facility').map((system) => system.name);

  return section(
    'introduction',
    'Introduction',
    [],
    [
      section('purpose', 'Purpose', [
        paragraph(
          `This plan sets out how ${organisation} recovers the systems and business processes it depends on after a disruption: what matters most, how long each can be down, what depends on what, who decides and acts, and in which order systems are brought back.`,
        ),
      ]),
      section('scope', 'Scope', [
        paragraph(
          `The plan covers ${count(processes.length, 'business process', 'business processes')} and ${count(systems.length, 'system')}.`,
        ),
        {
          kind: 'fields',
          rows: [
            [
              'Business processes',
              processes.length === 0
                ? 'None recorded yet'
                : nameList(processes.map((process) => process.name)),
            ],
            ...byType.map((group): [string, string] => [
              SYSTEM_TYPE_LABELS[group.type],
              nameList(group.names),
            ]),
            [
              'Sites and facilities',
              facilities.length === 0 ? 'None recorded as systems' : nameList(facilities),
            ],
          ],
        },
      ]),
      section('assumptions', 'Assumptions', [
        paragraph(
          'No assumptions specific to this plan are recorded yet. The figures in this document rest on these:',
          'muted',
        ),
        {
          kind: 'list',
          ordered: false,
          items: [
            'A system is down when anything it needs is down; with “needs one of”, only when all of them are down; “works worse without” never takes it down.',
            'A system can be recovered only after what it needs is back, so recovery runs in waves (section 7).',
            'A runbook takes as long as its longest chain of steps that wait for each other; steps without an estimate make the time a lower bound.',
            'MTD is the first point at which an impact rating reaches the plan’s threshold, unless it was set by hand.',
          ],
        },
      ]),
      section('related-plans', 'Related plans', [
        paragraph(
          'No related plans are recorded yet (for example an incident response plan, a crisis communication plan or the information security policy).',
          'muted',
        ),
      ]),
    ],
  );
}
