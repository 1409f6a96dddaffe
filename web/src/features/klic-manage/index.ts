export { KlicManagePage } from './components/klic-manage-page';
export { klicManagePaths } from './paths';
