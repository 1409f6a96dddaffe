import { addMessages } from '@/shared/i18n';
import { baseEn } from '@/shared/i18n/catalog/base.en';
import { baseNl } from '@/shared/i18n/catalog/base.nl';
import { fieldEn } from '@/shared/i18n/catalog/field.en';
import { fieldNl } from '@/shared/i18n/catalog/field.nl';
import { klicMapEn } from '@/shared/i18n/catalog/klicMap.en';
import { klicMapNl } from '@/shared/i18n/catalog/klicMap.nl';

// Only the texts the field app shows (the office app's are not downloaded); imported first by main.tsx.
addMessages({
  nl: { ...baseNl, klicMap: klicMapNl, field: fieldNl },
  en: { ...baseEn, klicMap: klicMapEn, field: fieldEn },
});
