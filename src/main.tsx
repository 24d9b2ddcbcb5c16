import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { initI18n } from './i18n/i18n';
import { registerServiceWorker } from './offline/service-worker';
import { purgeDeletedAssessments } from './storage/assessments';
import { prepareDatabase } from './storage/db';
import { onDeviceDataDeletedElsewhere } from './storage/storage-error';
import './styles.css';

async function start() {
  const startedAt = new Date().toISOString();
  await Promise.all([initI18n(), prepareDatabase()]);
  // Deletions are undoable until the next start. Not awaited: opening the database is not on the first screen's
  // path (its list waits for it, the "new assessment" button does not), and a failure must not stop the app.
  void purgeDeletedAssessments(startedAt).catch(() => undefined);
  registerServiceWorker();
  // Everything deleted from another tab (a shared device between two people): this tab's screen still shows the last
  // person's work, and its memory holds it. A fresh start shows neither; what it was typing is not to be kept.
  onDeviceDataDeletedElsewhere(() => window.location.replace('/'));
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
