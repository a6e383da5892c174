import fc from 'fast-check';
import { decodeCursor, encodeCursor, InvalidCursorError } from './search-cursor';

describe(decodeCursor.name, () => {
  it('round-trips every offset a client can page to', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        (offset) => decodeCursor(encodeCursor(offset)) === offset,
      ),
    );
  });

  it('starts at the beginning without a cursor', () => {
    expect(decodeCursor(undefined)).toBe(0);
    expect(decodeCursor(null)).toBe(0);
    expect(decodeCursor('')).toBe(0);
  });

  it.each([
    ['not base64', '!!!'],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['wrong shape', Buffer.from('{"o":"x","v":1}').toString('base64url')],
    ['negative', Buffer.from('{"o":-5,"v":1}').toString('base64url')],
    ['unknown version', Buffer.from('{"o":5,"v":2}').toString('base64url')],
    ['too far', Buffer.from('{"o":99999,"v":1}').toString('base64url')],
    ['oversized', 'a'.repeat(500)],
  ])('rejects a %s cursor', (_label, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(InvalidCursorError);
  });

  it('rejects arbitrary strings without crashing', () => {
    fc.assert(
      fc.property(fc.string(), (cursor) => {
        try {
          const offset = decodeCursor(cursor);
          return Number.isInteger(offset) && offset >= 0;
        } catch (error) {
          return error instanceof InvalidCursorError;
        }
      }),
    );
  });
});
