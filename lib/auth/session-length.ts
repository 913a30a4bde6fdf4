/** How long a session lasts from its last renewal: a working day and a late shift. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
