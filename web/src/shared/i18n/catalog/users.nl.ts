/** Dutch texts of the users screens; `users.en.ts` has the same keys. */
export const usersNl = {
  title: 'Gebruikers',
};
