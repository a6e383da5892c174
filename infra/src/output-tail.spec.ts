import { OutputTail } from './output-tail';

describe(OutputTail.name, () => {
  it('assembles lines across chunks and keeps only the last ones', () => {
    const sut = new OutputTail(3);

    expect(sut.push('one\ntw')).toEqual(['one']);
    expect(sut.push('o\r\n\nthree\nfour\nfi')).toEqual(['two', 'three', 'four']);

    expect(sut.last(10)).toEqual(['two', 'three', 'four', 'fi']);
    expect(sut.format(2)).toBe('; last output:\n  four\n  fi');
  });

  it('says when there was no output', () => {
    expect(new OutputTail().format()).toBe(' (no output)');
  });
});
