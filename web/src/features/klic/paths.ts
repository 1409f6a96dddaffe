/** The KLIC intake pages; all three sit under "Mijn bedrijf". */
export const klicPaths = {
  upload: '/klic/uploaden',
  unlinked: '/klic/ongekoppeld',
  mail: '/klic/email',
} as const;
