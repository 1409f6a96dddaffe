export { KlicMailPage } from './components/klic-mail-page';
export { KlicUploadPage } from './components/klic-upload-page';
export { UnlinkedKlicsPage } from './components/unlinked-klics-page';
export { klicPaths } from './paths';
