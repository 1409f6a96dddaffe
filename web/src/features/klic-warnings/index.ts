export { KlicWarningsPage } from './components/klic-warnings-page';
export { WarningSettingsPage } from './components/warning-settings-page';
export { KlicWarningsBadge } from './components/warnings-badge';
export { klicWarningPaths } from './paths';
