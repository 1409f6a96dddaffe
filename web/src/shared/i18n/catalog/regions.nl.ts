/** Dutch texts of the regions screens; `regions.en.ts` has the same keys. */
export const regionsNl = {
  title: "Regio's",
};
