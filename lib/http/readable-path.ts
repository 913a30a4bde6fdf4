/**
 * Whether every %-escape in an address's path decodes to UTF-8 text. One that
 * does not ("/claims/%E0%A4%A", a link cut short or a probe) made Next answer
 * every page and route with a bare 500 while it read the path's parameters,
 * before any page, route or check of the desk's own ran.
 */
export function isReadablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** What such an address is answered with (400: the address is at fault, not the desk). */
export const UNREADABLE_PATH_MESSAGE = "That address is not a well-formed link: part of it is cut short or garbled. Check the link, or go back and follow it again.";
