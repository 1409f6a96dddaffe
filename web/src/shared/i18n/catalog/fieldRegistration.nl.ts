/** Dutch texts of the field app's registration part; `fieldRegistration.en.ts` has the same keys. */
export const fieldRegistrationNl = {
  title: 'Registration',
};
