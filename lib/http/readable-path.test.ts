import { expect, test } from "vitest";
import { isReadablePath } from "./readable-path";

test("a path whose %-escapes are text is readable; one cut short or not UTF-8 is not", () => {
  for (const path of ["/claims/1b2c", "/articles/%F0%9F%98%80", "/archive", "/api/articles/a%20b/export/csv", "/claims/%3Cscript%3E"]) expect(isReadablePath(path), path).toBe(true);
  for (const path of ["/claims/%E0%A4%A", "/articles/%", "/api/claims/%FF/verdict", "/articles/%C0%AF"]) expect(isReadablePath(path), path).toBe(false);
});
