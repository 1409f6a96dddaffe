export { isExpired } from './klic-expiry';
