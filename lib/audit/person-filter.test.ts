import { expect, test } from "vitest";
import { peopleForFilter } from "./person-filter";

test("active people first and the deactivated apart, each by name whatever the case or accents", () => {
  const people = [
    { id: "5", name: "zoë Quinn", active: true },
    { id: "1", name: "Ada Lovelace", active: false },
    { id: "2", name: "Émile Zola", active: true },
    { id: "3", name: "de Vries", active: true },
    { id: "7", name: "Bob", active: false },
    { id: "4", name: "Bob", active: false },
    { id: "6", name: "Eve", active: true },
  ];
  const { active, deactivated } = peopleForFilter(people);
  expect(active.map((p) => p.name)).toEqual(["de Vries", "Émile Zola", "Eve", "zoë Quinn"]);
  expect(deactivated.map((p) => `${p.name} ${p.id}`)).toEqual(["Ada Lovelace 1", "Bob 4", "Bob 7"]);
});

test("no one deactivated, no second group", () => {
  expect(peopleForFilter([{ id: "1", name: "Ada", active: true }])).toEqual({ active: [{ id: "1", name: "Ada", active: true }], deactivated: [] });
});
