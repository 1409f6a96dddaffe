/** Dutch texts of the account screens; `account.en.ts` has the same keys. */
export const accountNl = {
  title: 'Mijn account',
};
