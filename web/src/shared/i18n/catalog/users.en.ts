import type { usersNl } from './users.nl';

export const usersEn: typeof usersNl = {
  title: 'Users',
};
