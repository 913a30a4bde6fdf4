import { expect, test } from "vitest";
import { formFile, formText } from "./form-text";

test("a form's text and file fields; anything that is not a form reads as empty", () => {
  const form = new FormData();
  form.set("name", "Rita Reyes");
  form.set("file", new File(["x"], "a.txt"));
  expect(formText(form, "name")).toBe("Rita Reyes");
  expect(formText(form, "missing")).toBe("");
  expect(formText(form, "file")).toBe("");
  expect(formFile(form, "file")?.name).toBe("a.txt");
  expect(formFile(form, "name")).toBeNull();
  for (const notAForm of [{ name: "x" }, null, undefined, "name=x", [["name", "x"]]]) {
    expect(formText(notAForm, "name")).toBe("");
    expect(formFile(notAForm, "file")).toBeNull();
  }
});
