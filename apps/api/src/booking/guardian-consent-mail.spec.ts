import { consentMail } from './guardian-consent-mail';

describe(consentMail.name, () => {
  const letter = {
    to: 'mor@example.no',
    pupilName: 'Kari <Nordmann>',
    title: 'Bli med en dag som frisør',
    employerName: 'Klipp & Krøll',
    place: 'Markens gate 20, 4611 Kristiansand S',
    when: 'tirsdag 13. oktober 2026, kl. 09:00–14:00',
    url: 'https://akselerator.example/samtykke?token=abc_DEF-123',
    validUntil: '13. oktober 2026',
  };

  it('says what, where and when, and links once in text and HTML', () => {
    const sut = consentMail(letter);
    expect(sut.to).toBe('mor@example.no');
    expect(sut.subject).toBe('Samtykke til hospitering for Kari <Nordmann>');
    expect(sut.text).toContain('Hva: Hospitering: «Bli med en dag som frisør» hos Klipp & Krøll');
    expect(sut.text).toContain('Hvor: Markens gate 20, 4611 Kristiansand S');
    expect(sut.text).toContain('Når: tirsdag 13. oktober 2026, kl. 09:00–14:00');
    expect(sut.text).toContain('én gang og virker til og med 13. oktober 2026');
    expect(sut.text).toContain(letter.url);
    expect(sut.html).toContain(`href="${letter.url}"`);
  });

  it('escapes what others typed in the HTML', () => {
    const sut = consentMail(letter);
    expect(sut.html).toContain('Kari &lt;Nordmann&gt;');
    expect(sut.html).toContain('Klipp &amp; Krøll');
    expect(sut.html).not.toContain('<Nordmann>');
  });
});
