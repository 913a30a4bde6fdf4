import { describe, expect, test } from "vitest";
import { changePasswordSchema, fieldErrors, firstAdminSchema, newUserSchema, resetPasswordSchema } from "./schemas";

const BLANK = "A password cannot be only spaces. Use letters, numbers or symbols too.";

/** Every form that sets a password, with the rest of its fields filled in well. */
const forms = {
  "first administrator": (password: string) => firstAdminSchema.safeParse({ name: "Ada", email: "ada@desk.test", password }),
  "add a person": (password: string) => newUserSchema.safeParse({ name: "Rosa", email: "rosa@desk.test", role: "reviewer", password }),
  "reset password": (password: string) => resetPasswordSchema.safeParse({ userId: "u1", password }),
  "change password": (password: string) => changePasswordSchema.safeParse({ current: "the-old-password", password, repeat: password }),
};

describe.each(Object.entries(forms))("the %s form", (_name, parse) => {
  test("refuses a password of only spaces, saying why", () => {
    const result = parse(" ".repeat(12));
    expect(result.success).toBe(false);
    expect(!result.success && fieldErrors(result.error).password).toBe(BLANK);
  });

  test("says a short password is short before it says it is blank", () => {
    const result = parse("   ");
    expect(!result.success && fieldErrors(result.error).password).toBe("Use at least 10 characters.");
  });

  test("keeps spaces around a real password as typed", () => {
    const result = parse("  correct horse  ");
    expect(result.success && result.data.password).toBe("  correct horse  ");
  });
});
