import { describe, expect, test } from "vitest";
import { notificationsHref, parseNotificationsQuery } from "./notifications-query";

describe("the Notifications page's URL", () => {
  test.each([
    [{}, { show: "all" }],
    [{ show: "mentions" }, { show: "mentions" }],
    [{ show: "mentions", before: "1733475600000.42" }, { show: "mentions", before: { at: 1733475600000, seq: 42 } }],
    [{ show: ["mentions", "all"], before: ["5.6"] }, { show: "mentions", before: { at: 5, seq: 6 } }],
    // Anything unreadable is dropped: the newest page of everything.
    [{ show: "secrets", before: "1' OR 1=1" }, { show: "all" }],
  ])("%j reads as %j", (params, query) => {
    expect(parseNotificationsQuery(params)).toEqual(query);
  });

  test.each([
    [{ show: "all" as const }, "/notifications"],
    [{ show: "mentions" as const }, "/notifications?show=mentions"],
    [{ show: "all" as const, before: { at: 1733475600000, seq: 42 } }, "/notifications?before=1733475600000.42"],
    [{ show: "mentions" as const, before: { at: 5, seq: 6 } }, "/notifications?show=mentions&before=5.6"],
  ])("%j links to %s, which reads back the same", (query, href) => {
    expect(notificationsHref(query)).toBe(href);
    expect(parseNotificationsQuery(Object.fromEntries(new URL(href, "http://desk.test").searchParams))).toEqual(query);
  });
});
