import { LIMITS } from './limits';

/** The characters RFC 5322 allows unquoted in a local part ("dot-atom"). */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
/** A label of a host name; letters beyond ASCII are allowed for domains such as blåbær.no. */
const DOMAIN_LABEL = /^[\p{L}\p{N}]([\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL_DOMAIN = /^(\p{L}{2,63}|xn--[a-z0-9-]{2,59})$/iu;

/**
 * A pragmatic check of an e-mail address as people type it into a form: one '@', a dot-atom local
 * part of at most 64 characters, a host with at least two labels. Quoted local parts and IP
 * literals are refused on purpose. The value is not trimmed: trim before calling.
 */
export function isValidEmail(value: string): boolean {
  if (value.length > LIMITS.emailMax) {
    return false;
  }
  const at = value.lastIndexOf('@');
  if (at <= 0 || value.indexOf('@') !== at) {
    return false;
  }
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  const topLevel = labels.at(-1) ?? '';
  return (
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL_DOMAIN.test(topLevel)
  );
}

/** The form in which addresses are stored and compared: trimmed and lower-cased. */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}
