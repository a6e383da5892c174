import { allowedOrigins, isSameOriginRequest } from './csrf-origin.plugin';

describe(isSameOriginRequest.name, () => {
  const sut = (headers: Record<string, string>) =>
    isSameOriginRequest(
      headers,
      allowedOrigins(['http://localhost:3000', ' https://akselerator.example/app/', 'not a url']),
    );

  it('accepts our own origins, compared as scheme, host and port', () => {
    expect(sut({ origin: 'http://localhost:3000' })).toBe(true);
    expect(sut({ origin: 'https://akselerator.example', 'sec-fetch-site': 'same-origin' })).toBe(
      true,
    );
  });

  it('refuses other origins, other ports and the opaque "null" origin', () => {
    expect(sut({ origin: 'https://angriper.example' })).toBe(false);
    expect(sut({ origin: 'http://localhost:3001' })).toBe(false);
    expect(sut({ origin: 'http://akselerator.example' })).toBe(false);
    expect(sut({ origin: 'null' })).toBe(false);
  });

  it('refuses a cross-site request without Origin, and lets a request with no browser headers through', () => {
    expect(sut({ 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(sut({ 'sec-fetch-site': 'same-origin' })).toBe(true);
    expect(sut({})).toBe(true);
  });
});
