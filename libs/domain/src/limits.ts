/** Length and size limits shared by the API (validation, column sizes) and the web forms. */
export const LIMITS = {
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 128,
  displayNameMax: 80,
  employerNameMax: 120,
  titleMin: 3,
  titleMax: 120,
  descriptionMax: 4000,
  tasksMax: 2000,
  practicalInfoMax: 2000,
  streetMax: 120,
  postalPlaceMax: 60,
  slotsMax: 60,
  slotCapacityMin: 1,
  slotCapacityMax: 500,
  searchQueryMax: 200,
  pageSizeMax: 50,
} as const;

export type Limits = typeof LIMITS;
