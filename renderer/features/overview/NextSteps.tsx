import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { SEVERITY_LABELS } from '../../../shared/analysis/findings';
import type { NextStep } from '../../../shared/readiness/readiness';
import { pathOf } from './paths';

const FIRST = 8;

/** What to do next, most severe first, each linking to the screen where it is fixed. */
export function NextSteps({ steps }: { steps: readonly NextStep[] }) {
  const [all, setAll] = useState(false);
  if (steps.length === 0) return <p className="muted">The analysis finds nothing to fix.</p>;
  const shown = all ? steps : steps.slice(0, FIRST);
  return (
    <>
      <ol className="next-steps" aria-label="What to do next">
        {shown.map((step, index) => (
          <li key={index} className={`next-step finding-${step.severity}`} data-code={step.code}>
            <span className="finding-severity">{SEVERITY_LABELS[step.severity]}</span>
            <div>
              <p className="next-step-text">{step.text}</p>
              <Link href={pathOf(step.target)} className="next-step-link">
                {step.fix} →
              </Link>
            </div>
          </li>
        ))}
      </ol>
      {steps.length > FIRST && (
        <Button
          className="button button-small"
          onPress={() => {
            setAll(!all);
          }}
        >
          {all ? `Show the first ${FIRST}` : `Show all ${steps.length}`}
        </Button>
      )}
    </>
  );
}
