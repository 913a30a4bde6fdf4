/** Password length rules, apart from the hashing so client forms can show them. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
