import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ServicesProvider, type Services } from './app/services';
import { SaveTracker } from './autosave/save-tracker';
import { createToastQueue } from './components/toasts';
import { DatabaseStatus } from './db/database-status';
import { openDatabase } from './db/open-database';
import { settleWrites } from './autosave/settle-writes';
import { createBrowserPlatform } from './platform/browser-platform';
import './styles.css';

const saveTracker = new SaveTracker();
const databaseStatus = new DatabaseStatus();
const services: Services = {
  // Another window upgrading the database first gets what this one still has to write.
  db: await openDatabase({ status: databaseStatus, beforeLettingGo: () => settleWrites(saveTracker, 2000) }),
  databaseStatus,
  // The only place that knows which platform it is on.
  platform: window.drp ?? createBrowserPlatform(),
  saveTracker,
  toasts: createToastQueue(),
};

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>
  </StrictMode>,
);
