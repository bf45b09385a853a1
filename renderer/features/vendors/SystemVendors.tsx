import { Link } from 'wouter';
import { analysePlan } from '../../../shared/analysis/plan-analysis';
import { formatDuration } from '../../../shared/model/duration';
import type { Plan } from '../../../shared/model/plan';
import type { System } from '../../../shared/model/system';
import { todayIso } from '../../db/clock';
import { FindingsList } from '../findings/FindingsList';
import { usePlanContent } from '../plans/usePlanContent';
import { slaFindingsAbout } from './vendor-findings';
import './vendors.css';

/** On a system's page: who provides it, how to reach them, and whether their restore time fits its RTO. */
export function SystemVendors({ plan, system }: { plan: Plan; system: System }) {
  const content = usePlanContent(plan.id);
  if (!content) return null;
  const providers = content.vendors.filter((vendor) => vendor.systemIds.includes(system.id));
  const findings = slaFindingsAbout(
    analysePlan({ ...content, mtdThreshold: plan.mtdThreshold, today: todayIso() }).findings,
    [system.id],
  );
  return (
    <section className="form-section" aria-labelledby="system-vendors-heading">
      <h2 id="system-vendors-heading">Vendors</h2>
      <div aria-live="polite">
        <FindingsList findings={findings} label={`Vendor findings for ${system.name || 'this system'}`} />
      </div>
      <div className="panel">
        {providers.length === 0 ? (
          <p className="field-help">
            No vendor provides it. If a company hosts, runs or supports it, add them under{' '}
            <Link href="/vendors">Vendors</Link> and tick this system.
          </p>
        ) : (
          <ul className="system-vendor-list" aria-label={`Vendors of ${system.name || 'this system'}`}>
            {providers.map((vendor) => (
              <li key={vendor.id}>
                <Link href={`/vendors/${vendor.id}`} className="subject-link">
                  {vendor.name || 'Unnamed vendor'}
                </Link>
                {vendor.service && <span className="muted"> · {vendor.service}</span>}
                <span className="system-vendor-facts">
                  Support {vendor.supportPhone || 'phone not recorded'} · restore SLA{' '}
                  {vendor.slaRestoreMinutes === null ? 'not set' : formatDuration(vendor.slaRestoreMinutes)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
