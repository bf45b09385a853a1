import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { formatDuration } from '../../../shared/model/duration';
import type { Plan } from '../../../shared/model/plan';
import type { System } from '../../../shared/model/system';
import type { Vendor } from '../../../shared/model/vendor';
import { plural } from '../../components/format';
import { TrashIcon } from '../../components/icons';
import { usePlanContent } from '../plans/usePlanContent';
import { NewVendorForm } from './NewVendorForm';
import { useVendorActions } from './useVendorActions';
import { systemsBeyondSla } from './vendor-findings';
import './vendors.css';

/** Step 4: the third parties recovery depends on, how to reach them, and what their contracts promise. */
export function VendorsScreen({ plan }: { plan: Plan }) {
  const content = usePlanContent(plan.id);
  const { remove } = useVendorActions();
  if (!content) return null;
  const { vendors, systems } = content;

  return (
    <main className="page vendors" aria-labelledby="vendors-heading">
      <div className="page-header">
        <div>
          <h1 id="vendors-heading">Vendors</h1>
          <p className="page-lede">
            Hosting, software, internet and support companies your systems depend on: how to reach their
            support in an outage, and how fast their contract says they restore service.
          </p>
        </div>
      </div>

      <NewVendorForm planId={plan.id} />

      {vendors.length === 0 ? (
        <div className="empty-state vendors-empty">
          <h2>No vendors yet</h2>
          <p>
            Add each company that provides or runs one of your critical systems. In an outage you will want
            their support number, your contract and account numbers, and whom to escalate to, on one page.
          </p>
          <p>
            Their restore time is compared with each system&apos;s RTO: a contract slower than the RTO means
            the RTO cannot be met.
          </p>
        </div>
      ) : (
        <>
          <p className="table-summary">{plural(vendors.length, 'vendor', 'vendors')}</p>
          <table className="grid vendor-table" aria-label="Vendors">
            <thead>
              <tr>
                <th scope="col" className="col-name">
                  Vendor
                </th>
                <th scope="col">Service</th>
                <th scope="col">Support phone</th>
                <th scope="col">SLA restore</th>
                <th scope="col">Systems provided</th>
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {vendors.map((vendor) => (
                <VendorRow
                  key={vendor.id}
                  vendor={vendor}
                  systems={systems}
                  onDelete={() => void remove(vendor)}
                />
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}

function VendorRow({
  vendor,
  systems,
  onDelete,
}: {
  vendor: Vendor;
  systems: readonly System[];
  onDelete: () => void;
}) {
  const name = vendor.name || 'Unnamed vendor';
  const beyond = new Set(systemsBeyondSla(vendor, systems));
  const provided = systems.filter((system) => vendor.systemIds.includes(system.id));
  return (
    <tr>
      <td>
        <Link href={`/vendors/${vendor.id}`} className="cell-link">
          {name}
        </Link>
      </td>
      <td>{vendor.service || <span className="muted">–</span>}</td>
      <td className="nowrap">{vendor.supportPhone || <span className="muted">–</span>}</td>
      <td className="nowrap">
        {vendor.slaRestoreMinutes === null ? (
          <span className="muted">not set</span>
        ) : (
          formatDuration(vendor.slaRestoreMinutes)
        )}
        {beyond.size > 0 && (
          <span className="sla-mark" title="VENDOR_SLA_EXCEEDS_RTO">
            ⚠ Longer than the RTO of {plural(beyond.size, 'system', 'systems')}
          </span>
        )}
      </td>
      <td>
        {provided.length === 0 ? (
          <span className="muted">none ticked</span>
        ) : (
          <ul className="vendor-system-names">
            {provided.map((system) => (
              <li key={system.id}>
                <Link href={`/systems/${system.id}`}>{system.name || 'Unnamed system'}</Link>
                {beyond.has(system.id) && <span className="visually-hidden"> (RTO shorter than SLA)</span>}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="row-actions">
        <Button className="icon-button" aria-label={`Delete ${name}`} onPress={onDelete}>
          <TrashIcon />
        </Button>
      </td>
    </tr>
  );
}
