export { KlicMapPage } from './components/klic-map-page';
export { klicMapPath, klicMapPaths } from './paths';
