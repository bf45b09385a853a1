import { createContext, useContext, type ReactNode } from 'react';
import type { SaveTracker } from '../autosave/save-tracker';
import type { BackupService } from '../features/backups/backup-service';
import type { BeforeClose } from './before-close';
import type { DrpDatabase } from '../db/database';
import type { DatabaseStatus } from '../db/database-status';
import type { Platform } from '../platform/platform';
import type { AppToastQueue } from '../components/toasts';

/** The app's few long-lived objects, created once in main.tsx. */
export interface Services {
  db: DrpDatabase;
  /** Whether the database is open, read-only, or why not (DatabaseGate shows it). */
  databaseStatus: DatabaseStatus;
  platform: Platform;
  saveTracker: SaveTracker;
  toasts: AppToastQueue;
  /** Work to finish before the window closes or the app quits; features register tasks here. */
  beforeClose: BeforeClose;
  backups: BackupService;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext value={services}>{children}</ServicesContext>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>.');
  return services;
}
