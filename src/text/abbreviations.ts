/** Titles written with a full stop before a name ("Mr. Gephardt", "Gov. Carlson"): the stop ends no sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mme', 'Mlle', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl',
  'Pvt', 'Adm', 'Cmdr', 'Brig', 'Gov', 'Sen', 'Rep', 'Rev', 'Fr', 'Sr', 'Jr', 'St', 'Ste', 'Hon', 'Pres',
  'Supt', 'Insp', 'Det', 'Messrs', 'Mt', 'Ft', 'Gens', 'Sens', 'Reps',
]);
