import { composeHospiteringTexts, shortEmployerName } from './demo-hospitering-texts';
import { SeededRandom } from '@akselerator/matching';

describe(shortEmployerName.name, () => {
  it.each([
    ['Sørlandet Rør AS', 'Sørlandet Rør'],
    ['Kristiansand kommune – Lundsiden sykehjem', 'Lundsiden sykehjem'],
    ['Lund Barnehage SA', 'Lund Barnehage'],
    ['Frisørhuset Markens', 'Frisørhuset Markens'],
  ])('shortens %s to %s', (name, short) => {
    expect(shortEmployerName(name)).toBe(short);
  });
});

describe(composeHospiteringTexts.name, () => {
  const input = {
    employerName: 'Sørlandet Rør AS',
    business: 'en rørleggerbedrift',
    employees: 12,
    at: 'i Sørlandsparken',
    tradeCode: 'rorlegger',
    programmeCode: 'BA',
    startTime: '07:00',
    endTime: '14:00',
    contactName: 'Kari Omdal',
  };

  it('describes the employer, the trade and the day', () => {
    const sut = composeHospiteringTexts(new SeededRandom(1), input);
    expect(sut.description).toMatch(
      /^Sørlandet Rør AS er en rørleggerbedrift i Sørlandsparken\. Vi er rundt 12 ansatte\. Rørleggere/,
    );
    expect(sut.description).toContain('en av våre rørleggere');
    expect(sut.tasks.split('\n').length).toBeGreaterThanOrEqual(5);
    expect(sut.practicalInfo).toContain('kl. 07:00');
    expect(sut.practicalInfo).toContain('Kari Omdal');
    expect(sut.title).toMatch(/rørlegger/i);
  });

  it('leaves out the headcount when it is unknown', () => {
    const sut = composeHospiteringTexts(new SeededRandom(1), { ...input, employees: 0 });
    expect(sut.description).toMatch(
      /^Sørlandet Rør AS er en rørleggerbedrift i Sørlandsparken\. Rørleggere/,
    );
  });

  it('throws for a trade it has no profile for', () => {
    expect(() =>
      composeHospiteringTexts(new SeededRandom(1), { ...input, tradeCode: 'reindrift' }),
    ).toThrow(RangeError);
  });
});
