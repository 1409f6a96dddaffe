import './app/messages';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FieldApp } from './app/field-app';
import { registerFieldServiceWorker } from './offline';
import { startOutboxSender } from './outbox';

const root = document.getElementById('root');
if (!root) throw new Error('veld/index.html has no #root element');

registerFieldServiceWorker();
startOutboxSender();

createRoot(root).render(
  <StrictMode>
    <FieldApp />
  </StrictMode>,
);
