import { ApplicationDeclineReason, applicationDeclineText } from './application-decline-reason';
import { Locale } from './locale';

describe(applicationDeclineText.name, () => {
  it('gives every reason a label for the employer and a kind message for the youth, in both languages', () => {
    for (const locale of Object.values(Locale)) {
      for (const reason of Object.values(ApplicationDeclineReason)) {
        const text = applicationDeclineText(reason, locale);
        expect(text.employerLabel.length).toBeGreaterThan(5);
        expect(text.youthMessage.length).toBeGreaterThan(60);
      }
    }
  });

  it('gives each reason its own message', () => {
    const messages = Object.values(ApplicationDeclineReason).map(
      (reason) => applicationDeclineText(reason, Locale.NB).youthMessage,
    );
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('tells the young person what to do next', () => {
    expect(
      applicationDeclineText(ApplicationDeclineReason.REQUIREMENTS_NOT_MET, Locale.NB).youthMessage,
    ).toMatch(/snakk med veilederen din/);
  });
});
