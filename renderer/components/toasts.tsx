import {
  Button,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';

export interface AppToast {
  title: string;
  description?: string;
  action?: { label: string; onAction: () => void };
}

export type AppToastQueue = ToastQueue<AppToast>;

/** How long an "Undo" stays offered. Long enough to notice, short enough to stay out of the way. */
export const UNDO_WINDOW_MS = 10_000;

export function createToastQueue(): AppToastQueue {
  return new ToastQueue<AppToast>({ maxVisibleToasts: 3 });
}

/** The toast region is a landmark: keyboard users reach it with F6 (React Aria). */
export function Toasts({ queue }: { queue: AppToastQueue }) {
  return (
    <ToastRegion queue={queue} className="toast-region">
      {({ toast }) => (
        <Toast toast={toast} className="toast">
          <ToastContent className="toast-content">
            <Text slot="title" className="toast-title">
              {toast.content.title}
            </Text>
            {toast.content.description && (
              <Text slot="description" className="toast-description">
                {toast.content.description}
              </Text>
            )}
          </ToastContent>
          {toast.content.action && (
            <Button
              className="button button-small"
              onPress={() => {
                toast.content.action?.onAction();
                queue.close(toast.key);
              }}
            >
              {toast.content.action.label}
            </Button>
          )}
          <Button slot="close" className="icon-button" aria-label="Dismiss">
            ×
          </Button>
        </Toast>
      )}
    </ToastRegion>
  );
}
