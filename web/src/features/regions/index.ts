export { RegionsPage } from './components/regions-page';
