import { addMessages } from '@/shared/i18n';
import { en } from '@/shared/i18n/en';
import { nl } from '@/shared/i18n/nl';

// Every text of the office app, in both languages; imported first by main.tsx.
addMessages({ nl, en });
