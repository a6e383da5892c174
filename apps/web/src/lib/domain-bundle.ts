import * as domain from '@akselerator/domain';

/**
 * The domain package as one value, for `domain-client.ts` to import dynamically. Importing this
 * local module (rather than the package itself) lazily keeps the Nx project graph's edge to
 * `domain` a plain static one, and still puts the package into a chunk of its own.
 */
export default domain;
