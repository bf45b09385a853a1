import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

interface ModalDialogProps {
  title: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** "alertdialog" for confirmations of destructive actions. */
  role?: 'dialog' | 'alertdialog';
  /** Extra class on the modal box, e.g. to make a dialog with more content wider. */
  className?: string;
  children: ReactNode;
}

/** A modal with focus trapping, Escape to close and a labelled heading, from React Aria. */
export function ModalDialog({
  title,
  isOpen,
  onOpenChange,
  role = 'dialog',
  className,
  children,
}: ModalDialogProps) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable>
      <Modal className={className ? `modal ${className}` : 'modal'}>
        <Dialog className="dialog" role={role}>
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
