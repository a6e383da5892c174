/**
 * Stand-in for `@digdir/designsystemet-web` in the browser bundle (see `turbopack.resolveAlias`
 * in next.config.ts). Designsystemet's React `Field` imports the whole package for its side
 * effects: every web component, observer and polyfill (≈30 kB gzip, mostly the popover and
 * tooltip machinery this app never uses). The forms need only these behaviours:
 * - `ds-field`: ties label, description and validation message to the input
 *   (`for`, `aria-describedby`, `aria-invalid`);
 * - `ds-error-summary`: names the summary by its heading and focuses it when it appears;
 * - `fieldset`: names a fieldset by its legend and description;
 * - `clickdelegatefor`: makes a whole radio/checkbox field clickable.
 */
import '@digdir/designsystemet-web/ds-field';
import '@digdir/designsystemet-web/ds-error-summary';
import '@digdir/designsystemet-web/fieldset';
import '@digdir/designsystemet-web/clickdelegatefor';

// Designsystemet's `usePagination` hook imports this named export; re-exported so the barrel
// resolves. The app has no pagination component, so nothing calls it.
export { pagination } from '@digdir/designsystemet-web/ds-pagination';
