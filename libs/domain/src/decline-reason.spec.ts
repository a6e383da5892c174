import { DeclineReason, declineText } from './decline-reason';
import { Locale } from './locale';

describe(declineText.name, () => {
  it('gives every reason a label for the employer and a kind message for the pupil, in both languages', () => {
    for (const locale of Object.values(Locale)) {
      for (const reason of Object.values(DeclineReason)) {
        const text = declineText(reason, locale);
        expect(text.employerLabel.length).toBeGreaterThan(5);
        expect(text.pupilMessage.length).toBeGreaterThan(40);
      }
    }
  });

  it('tells the pupil what to do next', () => {
    expect(declineText(DeclineReason.DAY_CANCELLED, Locale.NB).pupilMessage).toMatch(
      /booke en annen dag/,
    );
  });
});
