import { describe, expect, it } from "vitest";
import { parseDate, truncate } from "../../../../src/content/webmail/text";
import { trimQuoted } from "../../../../src/core/email/quoted";

describe("trimQuoted", () => {
  it("cuts quoted history and signatures marked in the text", () => {
    expect(trimQuoted("Thanks, see you Monday.\n\nOn Tue, 4 Nov 2025, Jo <j@x.com> wrote:\n> hi")).toBe(
      "Thanks, see you Monday.",
    );
    expect(trimQuoted("Merci.\n\nLe mar. 4 nov. 2025, Jo a écrit :\n> salut")).toBe("Merci.");
    expect(trimQuoted("Yes.\n-----Original Message-----\nFrom: me")).toBe("Yes.");
    expect(trimQuoted("Best,\nAna\n-- \nAna Ruiz | Recruiter")).toBe("Best,\nAna");
    expect(trimQuoted("Yes.\nFrom: Jo <j@x.com>\nSent: Monday\nTo: Ana")).toBe("Yes.");
  });

  it("keeps a body that starts with a marker-like line", () => {
    expect(trimQuoted("> quoted only")).toBe("> quoted only");
  });
});

describe("truncate", () => {
  it("keeps bodies to a few kB", () => {
    expect(truncate("x".repeat(10_000)).length).toBe(4000);
    expect(truncate("short")).toBe("short");
  });
});

describe("parseDate", () => {
  const wall = (ms: number | undefined) => {
    const d = new Date(ms ?? Number.NaN);
    return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];
  };
  it("reads US English all-number dates month first, other languages day first", () => {
    expect(wall(parseDate("Wed 11/5/2025 2:17 PM", "en-US"))).toEqual([2025, 11, 5, 14, 17]);
    expect(wall(parseDate("jeu. 06/11/2025 10:20", "fr"))).toEqual([2025, 11, 6, 10, 20]);
    expect(wall(parseDate("Thu 06/11/2025 10:20", "en-GB"))).toEqual([2025, 11, 6, 10, 20]);
    expect(wall(parseDate("Tue, Nov 4, 2025, 12:05 AM"))).toEqual([2025, 11, 4, 0, 5]);
  });

  it("gives up rather than guess", () => {
    expect(parseDate("mardi 4 novembre 2025", "fr")).toBeUndefined();
    expect(parseDate("yesterday")).toBeUndefined();
    expect(parseDate("")).toBeUndefined();
  });
});
