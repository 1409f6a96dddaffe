export { DocumentTitle } from './document-title';
export { ErrorAlert } from './error-alert';
export { PageLoader } from './page-loader';
