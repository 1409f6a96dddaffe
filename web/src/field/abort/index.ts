export { AbortRoute } from './abort-route';
