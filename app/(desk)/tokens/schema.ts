import { z } from "zod";

/** Why a token cannot be made without a name: the name is all its owner sees of it later, in the list. */
export const TOKEN_NAME_MISSING = "Name the token after what will use it.";

/** "Create token": the form checks the name first, for an answer at once; the action parses with this. */
export const createTokenSchema = z.object({
  name: z.string().trim().min(1, TOKEN_NAME_MISSING).max(80, "Keep the name under 80 characters."),
});
