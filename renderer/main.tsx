import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ServicesProvider, type Services } from './app/services';
import { SaveTracker } from './autosave/save-tracker';
import { createToastQueue } from './components/toasts';
import { DrpDatabase } from './db/database';
import { createBrowserPlatform } from './platform/browser-platform';
import './styles.css';

const services: Services = {
  db: new DrpDatabase(),
  // The only place that knows which platform it is on.
  platform: window.drp ?? createBrowserPlatform(),
  saveTracker: new SaveTracker(),
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
