/** Password rules, apart from the hashing so client forms can show them. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/**
 * Whether a password is nothing but blank characters: spaces, tabs, line breaks
 * and the invisible format characters (a zero-width space) that look like nothing.
 * Ten spaces pass the length rule yet are the first thing anyone would guess.
 * Spaces around real characters are kept as typed and allowed: a passphrase may
 * have them, and trimming would quietly set a password other than the one typed.
 */
export function isBlankPassword(password: string): boolean {
  return /^[\s\p{Cf}]*$/u.test(password);
}
