/**
 * The shared domain rules for client components, loaded on demand in a chunk of their own.
 * `@akselerator/domain` is CommonJS, so a static import would put all of it (taxonomy, both
 * languages' messages, every validator: ≈8 kB gzip) into a form page's first-load JavaScript.
 * Forms start loading it once they have hydrated and await it when they validate.
 */
export type Domain = typeof import('./domain-bundle').default;

let pending: Promise<Domain> | undefined;

export function loadDomain(): Promise<Domain> {
  pending ??= import('./domain-bundle').then((module) => module.default);
  return pending;
}

/** The rules, or undefined when the chunk could not be fetched: the API still validates. */
export async function tryLoadDomain(): Promise<Domain | undefined> {
  try {
    return await loadDomain();
  } catch (error) {
    pending = undefined;
    console.warn(
      '[web] could not load the validation rules:',
      error instanceof Error ? error.message : error,
    );
    return undefined;
  }
}
