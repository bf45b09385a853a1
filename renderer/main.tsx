import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { APP_INFO } from './app/app-info';
import { BeforeClose, connectBeforeClose, flushEditsTask } from './app/before-close';
import { ErrorBoundary } from './app/ErrorBoundary';
import { installErrorReporting, reportCaught } from './app/error-reporting';
import { ServicesProvider, type Services } from './app/services';
import { SaveTracker } from './autosave/save-tracker';
import { createToastQueue } from './components/toasts';
import { backUpBeforeMigration } from './db/backup-before-migration';
import { newId, nowIso, todayIso } from './db/clock';
import { DrpDatabase } from './db/database';
import { DatabaseStatus } from './db/database-status';
import { openDatabase } from './db/open-database';
import { settleWrites } from './autosave/settle-writes';
import { BackupService } from './features/backups/backup-service';
import { startBackups } from './features/backups/start-backups';
import { createBrowserPlatform } from './platform/browser-platform';
import './styles.css';

const db = new DrpDatabase();
// The only place that knows which platform it is on.
const platform = window.drp ?? createBrowserPlatform(db);
installErrorReporting(platform);

const saveTracker = new SaveTracker();
const beforeClose = new BeforeClose();
beforeClose.register(flushEditsTask(saveTracker));
connectBeforeClose(platform, beforeClose);

const backups = new BackupService({
  db,
  store: platform,
  crypto: globalThis.crypto,
  app: APP_INFO,
  now: nowIso,
  newId,
  dayKey: (timestamp) => todayIso(new Date(timestamp)),
});
const databaseStatus = new DatabaseStatus();
const services: Services = {
  db,
  databaseStatus,
  platform,
  saveTracker,
  toasts: createToastQueue(),
  beforeClose,
  backups,
};

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

async function backUpOlderDatabase(): Promise<void> {
  const migration = await backUpBeforeMigration({
    databaseName: db.name,
    currentVersion: db.verno,
    crypto: globalThis.crypto,
    app: APP_INFO,
    now: nowIso,
    newId,
    write: (file) => backups.writeFile(file),
  }).catch((error: unknown) => ({ failures: [error instanceof Error ? error.message : String(error)] }));
  if (migration.failures.length > 0) {
    services.toasts.add({
      title: 'Not every plan could be backed up before DR Planner upgraded its database',
      description: migration.failures.join(' '),
    });
  }
}

async function start(rootElement: HTMLElement): Promise<void> {
  await openDatabase({
    db,
    status: databaseStatus,
    // Before the database opens (and so upgrades): back up the plans an older version left.
    beforeOpening: backUpOlderDatabase,
    // Another window upgrading the database first gets what this one still has to write.
    beforeLettingGo: () => settleWrites(saveTracker, 2000),
  });
  startBackups(services);
  createRoot(rootElement).render(
    <StrictMode>
      <ServicesProvider services={services}>
        {/* Last resort, for an error outside every screen (the top bar): the page never goes blank. */}
        <ErrorBoundary
          resetKey="app"
          onCaught={(error) => {
            reportCaught(platform, 'render', error);
          }}
        >
          <App />
        </ErrorBoundary>
      </ServicesProvider>
    </StrictMode>,
  );
}

void start(root);
