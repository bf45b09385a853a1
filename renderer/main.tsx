import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { BeforeClose, connectBeforeClose, flushEditsTask } from './app/before-close';
import { ErrorBoundary } from './app/ErrorBoundary';
import { installErrorReporting, reportCaught } from './app/error-reporting';
import { ServicesProvider, type Services } from './app/services';
import { SaveTracker } from './autosave/save-tracker';
import { createToastQueue } from './components/toasts';
import { DrpDatabase } from './db/database';
import { createBrowserPlatform } from './platform/browser-platform';
import './styles.css';

// The only place that knows which platform it is on.
const platform = window.drp ?? createBrowserPlatform();
installErrorReporting(platform);

const saveTracker = new SaveTracker();
const beforeClose = new BeforeClose();
beforeClose.register(flushEditsTask(saveTracker));
connectBeforeClose(platform, beforeClose);

const services: Services = {
  db: new DrpDatabase(),
  platform,
  saveTracker,
  toasts: createToastQueue(),
  beforeClose,
};

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
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
