import { Button } from 'react-aria-components';
import { useServices } from '../../app/services';
import { ImportBackstageDialog } from './ImportBackstageDialog';
import { useCatalogFiles } from './useCatalogFiles';

/**
 * "Import from Backstage…" on the plan list: picks the first file, then the
 * dialog takes over (more files, preview, Import). Self-contained so the
 * plan list only places it.
 */
export function ImportBackstageButton({ onImported }: { onImported: (planId: string) => void }) {
  const { toasts } = useServices();
  const catalog = useCatalogFiles();

  const pickFirst = async () => {
    const outcome = await catalog.pick();
    if (outcome.status === 'refused')
      toasts.add({ title: 'The file cannot be imported', description: outcome.message });
  };

  return (
    <>
      <Button className="button" onPress={() => void pickFirst()}>
        Import from Backstage…
      </Button>
      <ImportBackstageDialog
        files={catalog.files}
        onAddFile={async () => {
          const outcome = await catalog.pick();
          return outcome.status === 'refused' ? outcome.message : null;
        }}
        onRemoveFile={catalog.remove}
        onClose={catalog.clear}
        onImported={(plan) => {
          catalog.clear();
          toasts.add({ title: `Imported “${plan.name}” from Backstage` }, { timeout: 5000 });
          onImported(plan.id);
        }}
      />
    </>
  );
}
