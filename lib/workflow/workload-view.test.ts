import { describe, expect, test } from "vitest";
import { busiestFirst } from "./workload-view";

const person = (name: string, openCount: number) => ({ name, openCount });

describe("busiestFirst", () => {
  test("a small desk sees everyone, busiest first, ties by name", () => {
    expect(busiestFirst([person("Rita", 2), person("Ann", 0), person("Raj", 5), person("Bea", 2)]).shown.map((r) => r.name)).toEqual(["Raj", "Bea", "Rita", "Ann"]);
  });

  test("a large desk sees those with open claims and how many more have none", () => {
    const idle = Array.from({ length: 180 }, (_, i) => person(`Idle ${String(i).padStart(3, "0")}`, 0));
    const view = busiestFirst([...idle, person("Rex", 166), person("Cleo", 3)]);
    expect(view.shown.map((r) => r.name)).toEqual(["Rex", "Cleo"]);
    expect(view).toMatchObject({ more: 180, moreAllIdle: true });
  });

  test("past the limit the rest are counted, not all of them idle", () => {
    const busy = Array.from({ length: 25 }, (_, i) => person(`P${String(i).padStart(2, "0")}`, 30 - i));
    const view = busiestFirst(busy, 20);
    expect(view.shown).toHaveLength(20);
    expect(view).toMatchObject({ more: 5, moreAllIdle: false });
  });
});
