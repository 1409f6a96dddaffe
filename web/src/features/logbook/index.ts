export { LogbookDrawerProvider } from './components/logbook-drawer-provider';
export { LogbookPage } from './components/logbook-page';
