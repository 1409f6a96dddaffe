export { ReportsRoute } from './components/reports-route';
export { reportPaths } from './paths';
