export { operatorLabel } from './klic-facts';
export { KlicPage } from './klic-page';
export { useFieldKlic } from './use-field-klic';
