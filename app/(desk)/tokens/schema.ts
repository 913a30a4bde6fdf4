import { z } from "zod";

/** Why a token cannot be made without a name: the name is all its owner sees of it later, in the list. */
export const TOKEN_NAME_MISSING = "Name the token after what will use it.";

/** Why a token cannot be made without the password (for people who have one). */
export const TOKEN_PASSWORD_MISSING = "Type your password: a token reads the desk without signing in.";

/**
 * "Create token": the form checks the name first, for an answer at once; the
 * action parses with this. `password` is the maker's current password: a token
 * outlives every session, so someone who only holds a session (a computer left
 * signed in, a copied cookie) must not be able to make one. People who sign in
 * through single sign-on have no password here and send none.
 */
export const createTokenSchema = z.object({
  name: z.string().trim().min(1, TOKEN_NAME_MISSING).max(80, "Keep the name under 80 characters."),
  password: z.string().max(1000).optional(),
});
