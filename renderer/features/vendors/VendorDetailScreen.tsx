import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import { analysePlan } from '../../../shared/analysis/plan-analysis';
import type { Plan } from '../../../shared/model/plan';
import type { Vendor } from '../../../shared/model/vendor';
import { useServices } from '../../app/services';
import { todayIso } from '../../db/clock';
import { FindingsList } from '../findings/FindingsList';
import { usePlanContent } from '../plans/usePlanContent';
import { EscalationContacts } from './EscalationContacts';
import { useVendorActions } from './useVendorActions';
import { slaFindingsAbout } from './vendor-findings';
import { VendorDurationField, VendorField } from './VendorField';
import { VendorSystems } from './VendorSystems';
import './vendors.css';

/** One vendor: what they provide, how to reach support, what the contract promises, whom to escalate to. */
export function VendorDetailScreen({ plan, vendorId }: { plan: Plan; vendorId: string }) {
  const { db } = useServices();
  const [, navigate] = useLocation();
  const { remove } = useVendorActions();
  const vendor = useLiveQuery(async () => (await db.vendors.get(vendorId)) ?? null, [db, vendorId]);

  if (vendor === undefined) return null;
  if (vendor?.planId !== plan.id) {
    return (
      <main className="page">
        <h1>Vendor not found</h1>
        <p>It may have been deleted.</p>
        <Link href="/vendors">Back to all vendors</Link>
      </main>
    );
  }

  return (
    <main className="page vendor-detail" aria-labelledby="vendor-heading">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/vendors">← All vendors</Link>
      </nav>
      <div className="page-header">
        <h1 id="vendor-heading">{vendor.name || 'Unnamed vendor'}</h1>
        <Button
          className="button button-danger-quiet"
          onPress={() => {
            navigate('/vendors');
            void remove(vendor);
          }}
        >
          Delete vendor
        </Button>
      </div>

      <VendorFindings plan={plan} vendor={vendor} />

      <section className="form-section" aria-labelledby="contract-heading">
        <h2 id="contract-heading">The contract</h2>
        <div className="form-grid">
          <VendorField vendor={vendor} field="name" label="Vendor name" />
          <VendorField
            vendor={vendor}
            field="service"
            label="Service provided"
            placeholder="e.g. Hosting of the web shop"
          />
          <VendorField vendor={vendor} field="contractNumber" label="Contract number" />
          <VendorField
            vendor={vendor}
            field="accountId"
            label="Account id"
            help="Your customer or account number: support asks for it first."
          />
          <VendorDurationField
            vendor={vendor}
            field="slaResponseMinutes"
            label="SLA response time"
            help="How soon the contract says they answer a call, e.g. “30 min”. Empty when not promised."
            placeholder="e.g. 30 min"
          />
          <VendorDurationField
            vendor={vendor}
            field="slaRestoreMinutes"
            label="SLA restore time"
            help="How soon the contract says service is back, e.g. “4 h”. Compared with each system's RTO."
            placeholder="e.g. 4 h"
          />
        </div>
      </section>

      <section className="form-section" aria-labelledby="support-heading">
        <h2 id="support-heading">Support</h2>
        <div className="form-grid">
          <VendorField
            vendor={vendor}
            field="supportPhone"
            label="Support phone"
            placeholder="+44 20 7946 0000"
          />
          <VendorField
            vendor={vendor}
            field="supportEmail"
            label="Support e-mail"
            placeholder="support@example.com"
          />
          <VendorField
            vendor={vendor}
            field="supportPortal"
            label="Support portal"
            help="Its https:// address. The app opens no web pages itself: copy it into your browser."
            placeholder="https://support.example.com"
            className="span-2"
          />
        </div>
      </section>

      <section className="form-section" aria-labelledby="escalation-heading">
        <h2 id="escalation-heading">Escalation contacts</h2>
        <p className="field-help section-help">
          In the order to try them when the support line does not help.
        </p>
        <EscalationContacts vendor={vendor} />
      </section>

      <section className="form-section" aria-labelledby="vendor-systems-heading">
        <h2 id="vendor-systems-heading">Systems they provide</h2>
        <div className="panel">
          <ProvidedSystems plan={plan} vendor={vendor} />
        </div>
      </section>

      <section className="form-section" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <div className="form-grid">
          <VendorField
            vendor={vendor}
            field="notes"
            label="Notes"
            hideLabel
            control={{ kind: 'textarea', rows: 4 }}
            className="span-2"
          />
        </div>
      </section>
    </main>
  );
}

function ProvidedSystems({ plan, vendor }: { plan: Plan; vendor: Vendor }) {
  const content = usePlanContent(plan.id);
  if (!content) return null;
  return <VendorSystems vendor={vendor} systems={content.systems} />;
}

/** The plan's VENDOR_SLA_EXCEEDS_RTO findings about the systems this vendor provides, as they change. */
function VendorFindings({ plan, vendor }: { plan: Plan; vendor: Vendor }) {
  const content = usePlanContent(plan.id);
  if (!content) return null;
  const analysis = analysePlan({ ...content, mtdThreshold: plan.mtdThreshold, today: todayIso() });
  const findings = slaFindingsAbout(analysis.findings, vendor.systemIds);
  return (
    <div aria-live="polite" className="vendor-findings">
      <FindingsList findings={findings} showSubject label={`Findings for ${vendor.name || 'this vendor'}`} />
    </div>
  );
}
