import { HIGHLIGHT_END, HIGHLIGHT_START, toSafeHighlight } from './highlight';

describe(toSafeHighlight.name, () => {
  it('marks the matched words', () => {
    expect(toSafeHighlight(`En dag som ${HIGHLIGHT_START}frisør${HIGHLIGHT_END}`)).toBe(
      'En dag som <mark>frisør</mark>',
    );
  });

  it('never lets the text itself become markup', () => {
    expect(
      toSafeHighlight(`<img src=x onerror=alert(1)> ${HIGHLIGHT_START}kokk${HIGHLIGHT_END}`),
    ).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>kokk</mark>');
  });
});
