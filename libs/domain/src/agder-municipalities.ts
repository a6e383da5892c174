import type { BoundingBox, GeoPoint } from './geo-point';

/** A municipality (kommune) with its 4-digit number and the approximate centre of its main town. */
export interface Municipality extends GeoPoint {
  code: string;
  name: string;
}

/** The 25 municipalities of Agder county (county number 42), numbering in force since 2020. */
export const AGDER_MUNICIPALITIES: readonly Municipality[] = [
  { code: '4201', name: 'Risør', latitude: 58.7206, longitude: 9.2342 },
  { code: '4202', name: 'Grimstad', latitude: 58.3405, longitude: 8.5934 },
  { code: '4203', name: 'Arendal', latitude: 58.4617, longitude: 8.7725 },
  { code: '4204', name: 'Kristiansand', latitude: 58.1467, longitude: 7.9956 },
  { code: '4205', name: 'Lindesnes', latitude: 58.0294, longitude: 7.4608 },
  { code: '4206', name: 'Farsund', latitude: 58.095, longitude: 6.8044 },
  { code: '4207', name: 'Flekkefjord', latitude: 58.297, longitude: 6.663 },
  { code: '4211', name: 'Gjerstad', latitude: 58.8703, longitude: 9.0286 },
  { code: '4212', name: 'Vegårshei', latitude: 58.7617, longitude: 8.8089 },
  { code: '4213', name: 'Tvedestrand', latitude: 58.6219, longitude: 8.9312 },
  { code: '4214', name: 'Froland', latitude: 58.5236, longitude: 8.64 },
  { code: '4215', name: 'Lillesand', latitude: 58.2496, longitude: 8.3776 },
  { code: '4216', name: 'Birkenes', latitude: 58.335, longitude: 8.233 },
  { code: '4217', name: 'Åmli', latitude: 58.77, longitude: 8.495 },
  { code: '4218', name: 'Iveland', latitude: 58.462, longitude: 7.94 },
  { code: '4219', name: 'Evje og Hornnes', latitude: 58.587, longitude: 7.793 },
  { code: '4220', name: 'Bygland', latitude: 58.84, longitude: 7.804 },
  { code: '4221', name: 'Valle', latitude: 59.208, longitude: 7.533 },
  { code: '4222', name: 'Bykle', latitude: 59.355, longitude: 7.356 },
  { code: '4223', name: 'Vennesla', latitude: 58.27, longitude: 7.973 },
  { code: '4224', name: 'Åseral', latitude: 58.615, longitude: 7.415 },
  { code: '4225', name: 'Lyngdal', latitude: 58.138, longitude: 7.072 },
  { code: '4226', name: 'Hægebostad', latitude: 58.347, longitude: 7.185 },
  { code: '4227', name: 'Kvinesdal', latitude: 58.317, longitude: 6.965 },
  { code: '4228', name: 'Sirdal', latitude: 58.663, longitude: 6.717 },
];

/** Kristiansand, the home of the programme. */
export const KRISTIANSAND_MUNICIPALITY_CODE = '4204';

/** A generous box around Agder, from the skerries off Lindesnes to the mountains of Bykle. */
export const AGDER_BOUNDING_BOX: BoundingBox = { south: 57.75, west: 6.0, north: 59.9, east: 9.75 };

const municipalitiesByCode = new Map(AGDER_MUNICIPALITIES.map((item) => [item.code, item]));

export function findMunicipality(code: string): Municipality | undefined {
  return municipalitiesByCode.get(code);
}
