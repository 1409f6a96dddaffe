import type { fieldRegistrationNl } from './fieldRegistration.nl';

/** English texts of the field app's registration part; the same keys as `fieldRegistration.nl.ts`. */
export const fieldRegistrationEn: typeof fieldRegistrationNl = {
  title: 'Registration',
};
