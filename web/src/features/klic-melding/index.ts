export { KlicMeldingPage } from './components/klic-melding-page';
export { klicMeldingPaths } from './paths';
