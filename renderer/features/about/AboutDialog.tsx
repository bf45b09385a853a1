import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useServices } from '../../app/services';
import { ModalDialog } from '../../components/ModalDialog';

export function AboutDialog({
  isOpen,
  onOpenChange,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { platform } = useServices();
  const [version, setVersion] = useState<string | null>(null);

  useEffect(() => {
    if (!isOpen) return;
    let current = true;
    void platform.appVersion().then((v) => {
      if (current) setVersion(v);
    });
    return () => {
      current = false;
    };
  }, [isOpen, platform]);

  return (
    <ModalDialog title="About DR Planner" isOpen={isOpen} onOpenChange={onOpenChange}>
      <p>
        <strong>DR Planner</strong> {version ? `version ${version}` : ''}
      </p>
      <p>
        Plan for disaster: critical systems, recovery objectives, failure points, runbooks, tests and reviews.
      </p>
      <p>Works offline. Your plans are stored only on this computer, in the app’s local database.</p>
      <div className="dialog-actions">
        <Button className="button button-primary" slot="close" autoFocus>
          Close
        </Button>
      </div>
    </ModalDialog>
  );
}
