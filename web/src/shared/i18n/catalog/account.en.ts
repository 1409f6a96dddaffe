import type { accountNl } from './account.nl';

export const accountEn: typeof accountNl = {
  title: 'My account',
};
