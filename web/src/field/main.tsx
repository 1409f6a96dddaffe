import './app/messages';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FieldApp } from './app/field-app';

const root = document.getElementById('root');
if (!root) throw new Error('veld/index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <FieldApp />
  </StrictMode>,
);
