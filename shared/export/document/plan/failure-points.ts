import { mapGraphCounts } from './map-figure';
import {
  compareByRisk,
  IMPACT_INFO,
  LIKELIHOOD_INFO,
  MITIGATION_KIND_INFO,
  MITIGATION_STATUS_INFO,
  RISK_BAND_INFO,
  riskBandRanges,
  riskRating,
} from '../../../model/scenario';
import type { Block, DocumentSection } from '../model';
import type { PlanContext } from './context';
import { nameList, orNone, tierShort } from './format';
import { paragraph, section } from './sections';

/** 5. Failure points: the dependency map, single points of failure, cycles, scenarios and mitigations. */
export function failurePointsSection(context: PlanContext): DocumentSection {
  const { spofs, cycles } = context.analysis;
  const scenarios = [...context.snapshot.scenarios].sort(compareByRisk);
  const processName = (id: string) => context.process(id)?.name ?? 'a process no longer in the plan';
  const mitigations = scenarios.flatMap((scenario) =>
    scenario.mitigations.map((mitigation) => [
      scenario.name,
      MITIGATION_KIND_INFO[mitigation.kind].label,
      mitigation.description,
      MITIGATION_STATUS_INFO[mitigation.status].label,
    ]),
  );

  const spofBlocks: Block[] = [
    paragraph(
      'A single point of failure is a system without redundancy whose failure alone takes down at least one tier 0–2 system or process. Worst first.',
      'muted',
    ),
    {
      kind: 'table',
      columns: [
        { header: 'System', weight: 2 },
        { header: 'Worst tier hit', weight: 1 },
        { header: 'Systems it takes down', weight: 3 },
        { header: 'Processes it stops', weight: 3 },
      ],
      rows: spofs.map((spof) => [
        context.systemName(spof.id),
        tierShort(spof.worstTier),
        spof.blast.systems.length === 0 ? 'None' : nameList(spof.blast.systems.map(context.systemName)),
        spof.blast.processes.length === 0 ? 'None' : nameList(spof.blast.processes.map(processName)),
      ]),
      empty: 'No single points of failure found.',
    },
  ];
  if (cycles.length > 0) {
    spofBlocks.push(
      paragraph(
        `Dependency cycles: ${cycles.map((cycle) => `(${nameList(cycle.map(context.systemName))})`).join(', ')}. Systems that need each other cannot be recovered in any order; see the recovery sequence.`,
        'warning',
      ),
    );
  }

  return section(
    'failure-points',
    'Failure points',
    [],
    [
      section('map', 'Dependency map', [
        {
          kind: 'map',
          graph: context.map.graph,
          layout: context.map.layout,
          caption: `${mapGraphCounts(context.map.graph)}. Arrows point from what needs to what it needs.`,
        },
      ]),
      section('spofs', 'Single points of failure', spofBlocks),
      section('scenarios', 'Failure scenarios', [
        paragraph(
          `Risk is likelihood × impact on 1–5 scales: ${riskBandRanges()}. Highest risk first.`,
          'muted',
        ),
        {
          kind: 'table',
          columns: [
            { header: 'Scenario', weight: 2 },
            { header: 'Likelihood', weight: 1.1 },
            { header: 'Impact', weight: 1.1 },
            { header: 'Risk', weight: 1 },
            { header: 'Systems it takes down', weight: 2.2 },
            { header: 'How it is detected', weight: 2.2 },
          ],
          rows: scenarios.map((scenario) => {
            const risk = riskRating(scenario.likelihood, scenario.impact);
            return [
              scenario.description ? `${scenario.name}\n${scenario.description}` : scenario.name,
              scenario.likelihood === null
                ? 'Not rated'
                : `${scenario.likelihood} ${LIKELIHOOD_INFO[scenario.likelihood].label}`,
              scenario.impact === null
                ? 'Not rated'
                : `${scenario.impact} ${IMPACT_INFO[scenario.impact].label}`,
              risk === null ? 'Not rated' : `${risk.score} ${RISK_BAND_INFO[risk.band].label}`,
              scenario.affectedSystemIds.length === 0
                ? 'None recorded'
                : nameList(scenario.affectedSystemIds.map(context.systemName)),
              orNone(scenario.detection),
            ];
          }),
          empty: 'No failure scenarios recorded yet.',
        },
      ]),
      section('mitigations', 'Mitigations', [
        {
          kind: 'table',
          columns: [
            { header: 'Scenario', weight: 2 },
            { header: 'Kind', weight: 1.4 },
            { header: 'What is done', weight: 3.5 },
            { header: 'Status', weight: 1 },
          ],
          rows: mitigations,
          empty:
            scenarios.length === 0 ? 'No failure scenarios recorded yet.' : 'No mitigations recorded yet.',
        },
      ]),
    ],
  );
}
