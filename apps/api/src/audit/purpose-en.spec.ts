import { purposeInEnglish } from './purpose-en';

describe('the access log purpose in English', () => {
  it('translates the known wordings and keeps the organisation and titles', () => {
    expect(purposeInEnglish('Rådgiver ved Karuss skole, oppfølging av hospitering')).toBe(
      'School counsellor at Karuss skole, following up work experience',
    );
    expect(purposeInEnglish('Søknad på «Lærling i bakeriet»')).toBe(
      'Application for «Lærling i bakeriet»',
    );
    expect(purposeInEnglish('Ingen tilgang')).toBe('No access');
  });

  it('shows anything else as written', () => {
    expect(purposeInEnglish('Samtale med eleven om praksisplass')).toBe(
      'Samtale med eleven om praksisplass',
    );
  });
});
