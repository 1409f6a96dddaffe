export { KlicRegistrations } from './klic-registrations';
export { RegistrationRoute } from './registration-route';
