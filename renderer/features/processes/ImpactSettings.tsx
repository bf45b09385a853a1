import { IMPACT_RATING_LABELS, MTD_THRESHOLDS, type MtdThreshold } from '../../../shared/model/impact';
import { planSettingsSchema, type Plan } from '../../../shared/model/plan';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { AutosaveControl } from '../../autosave/AutosaveControl';
import { updatePlanSettings } from '../plans/plan-repository';

/** Plan-wide rules of the impact analysis: when an outage becomes intolerable, and the currency of losses. */
export function ImpactSettings({ plan }: { plan: Plan }) {
  const { db } = useServices();
  return (
    <section className="form-section" aria-labelledby="impact-settings-heading">
      <h2 id="impact-settings-heading">Impact settings for this plan</h2>
      <div className="form-grid">
        <AutosaveControl<MtdThreshold>
          saveKey={`plan:${plan.id}:mtdThreshold`}
          what="The intolerable impact level"
          label="Impact level that is intolerable"
          help="A process's MTD is the first moment any kind of harm reaches this level. Most plans use “Severe”."
          control={{
            kind: 'select',
            choices: MTD_THRESHOLDS.map((level) => ({ value: level, label: IMPACT_RATING_LABELS[level] })),
          }}
          value={plan.mtdThreshold}
          format={(level) => level}
          parse={(text) => validate(planSettingsSchema.shape.mtdThreshold, text)}
          save={(mtdThreshold) => updatePlanSettings(db, plan.id, { mtdThreshold })}
          delay={0}
        />
        <AutosaveControl<string>
          saveKey={`plan:${plan.id}:currency`}
          what="The plan's currency"
          label="Currency"
          help="Three-letter code used for losses per hour, e.g. EUR, USD, GBP."
          control={{ kind: 'text' }}
          value={plan.currency}
          format={(code) => code}
          parse={(text) => validate(planSettingsSchema.shape.currency, text)}
          save={(currency) => updatePlanSettings(db, plan.id, { currency })}
        />
      </div>
    </section>
  );
}
