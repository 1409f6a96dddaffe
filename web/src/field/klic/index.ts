export { operatorLabel } from './klic-facts';
export { KlicFormPage } from './klic-form-page';
export { KlicPage } from './klic-page';
export { useFieldKlic } from './use-field-klic';
