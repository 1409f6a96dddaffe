export { reasonLists } from './api/types';
export { HelpdeskPage } from './components/helpdesk-page';
export { ReasonListRoute } from './components/reason-list-route';
export { companyListPaths } from './paths';
