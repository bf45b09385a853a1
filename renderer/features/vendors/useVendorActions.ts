import type { Vendor } from '../../../shared/model/vendor';
import { useServices } from '../../app/services';
import { useUndoableDelete } from '../../autosave/useUndoableDelete';
import { deleteVendor, restoreVendor } from './vendor-repository';

export function useVendorActions() {
  const { db } = useServices();
  const undoableDelete = useUndoableDelete();
  return {
    remove: (vendor: Vendor) =>
      undoableDelete({
        key: `vendor:${vendor.id}`,
        label: vendor.name || 'unnamed vendor',
        remove: () => deleteVendor(db, vendor.id),
        restore: (deleted) => restoreVendor(db, deleted),
        forget: () => [`vendor:${vendor.id}:`],
      }),
  };
}
