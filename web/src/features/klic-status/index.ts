export { KlicStatusPage } from './components/klic-status-page';
export { ReceiptsPage } from './components/receipts-page';
export { klicStatusPaths } from './paths';
