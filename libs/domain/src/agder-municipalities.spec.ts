import {
  AGDER_BOUNDING_BOX,
  AGDER_MUNICIPALITIES,
  findMunicipality,
  KRISTIANSAND_MUNICIPALITY_CODE,
} from './agder-municipalities';
import { isInsideBoundingBox } from './geo-point';

describe('AGDER_MUNICIPALITIES', () => {
  it('lists all 25 municipalities with unique 42xx numbers', () => {
    expect(AGDER_MUNICIPALITIES).toHaveLength(25);
    expect(new Set(AGDER_MUNICIPALITIES.map((item) => item.code)).size).toBe(25);
    for (const item of AGDER_MUNICIPALITIES) {
      expect(item.code).toMatch(/^42\d\d$/);
    }
  });

  it('places every municipality centre inside the Agder box', () => {
    for (const item of AGDER_MUNICIPALITIES) {
      expect(isInsideBoundingBox(item, AGDER_BOUNDING_BOX)).toBe(true);
    }
  });
});

describe(findMunicipality.name, () => {
  it('finds Kristiansand, Vennesla, Lillesand and Birkenes', () => {
    expect(findMunicipality(KRISTIANSAND_MUNICIPALITY_CODE)?.name).toBe('Kristiansand');
    expect(findMunicipality('4223')?.name).toBe('Vennesla');
    expect(findMunicipality('4215')?.name).toBe('Lillesand');
    expect(findMunicipality('4216')?.name).toBe('Birkenes');
  });

  it('does not know municipalities outside Agder or retired numbers', () => {
    expect(findMunicipality('0301')).toBeUndefined();
    expect(findMunicipality('1001')).toBeUndefined();
    expect(findMunicipality('4204 ')).toBeUndefined();
  });
});
