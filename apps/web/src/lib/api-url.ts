/** Base URL of the GraphQL API as seen from the web server (not the browser). */
export function apiBaseUrl(): string {
  return (process.env.API_URL ?? 'http://127.0.0.1:4000').replace(/\/+$/, '');
}
