import type { regionsNl } from './regions.nl';

export const regionsEn: typeof regionsNl = {
  title: 'Regions',
};
