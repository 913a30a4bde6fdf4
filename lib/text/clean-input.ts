import { stripInvisibleCharacters } from "@/lib/intake/invisible";

/**
 * What no field of the desk should ever hold, whoever typed or sent it: control
 * characters other than tab and line breaks (a NUL cut every page and export
 * short at it, and broke the claim page's hydration), DEL, the noncharacters
 * U+FFFE and U+FFFF, and halves of emoji (lone surrogates, which are not text
 * and which no export can encode). They are removed, and a lone surrogate
 * becomes U+FFFD, so the rest of what was typed is kept. Line breaks are "\n".
 */
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

/**
 * Line breaks become "\n": a browser submits a form's text area with "\r\n"
 * (HTML's rule) but hands the same text to script with "\n", so the same note
 * was stored both ways and exported with Windows line ends from one path only.
 */
const LINE_BREAK = /\r\n?/g;

/**
 * Explicit direction controls: embeddings and overrides (U+202A–U+202E) and
 * isolates (U+2066–U+2069). An override left open in a byline or a person's name
 * ran on into the desk's own words beside it ("By Sam \u202Eevil" showed the
 * line's "no publish deadline" as "enildaed hsilbup on"), the old trick for
 * disguising a file name or a link. Right-to-left text needs none of them (the
 * desk shows text with dir="auto"); the marks U+200E, U+200F and U+061C, which
 * change no other text, stay.
 */
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Invisible characters (soft hyphens, zero-width spaces, word joiners, stray
 * BOMs) go too, as they go from an imported or pasted article (lib/intake/invisible):
 * none is part of the words, and a title, a name or a comment of nothing but a
 * zero-width space passed every "cannot be empty" check and showed as nothing.
 */
export function cleanText(value: string): string {
  return stripInvisibleCharacters(value.replace(LINE_BREAK, "\n").replace(NOT_TEXT, "").replace(DIRECTION_CONTROLS, "")).toWellFormed();
}

/**
 * cleanText over every string in a request's input: plain objects and arrays
 * are walked, anything else (a File, a Date, numbers) is passed through as is.
 */
export function cleanInput(value: unknown): unknown {
  if (typeof value === "string") return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanInput);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanInput(item)]));
  }
  return value;
}
