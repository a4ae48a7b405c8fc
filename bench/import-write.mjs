// Writing a large import on the options page (db/import.ts), in headless Chromium with the built
// extension (honours DEBRIEF_DIST; build first). A written Simplify-shaped export of `rows` rows is
// read, then Import is clicked on an empty profile, each run in a fresh browser:
//   import.writeMs           the click → "Added N applications" (one transaction, in batches);
//   import.planMs            the click → the bar past its first 10 % (what Debrief holds read, the
//                            changes worked out in slices: db/import.ts), the rest being the writes;
//   import.longestFrameGapMs the longest time between two animation frames during the write: how long
//                            the page went without painting or taking a click (Cancel);
//   import.progressSteps     how many distinct percentages the bar showed.
//   node bench/import-write.mjs [rows] [runs]      (or `npm run bench -- --only import`)
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "./browser.mjs";

const header =
  "Job Title,Company Name,Location,Job URL,Applied Date,Status,Status Date,Archived,Date Archived,Notes,job_type\n";
/** Samples (ms, and the bar's distinct percentages) of `runs` imports of `rows` rows, each in a fresh browser. */
export async function importWriteRuns(dist, rows, runs) {
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `Engineer ${i},Company ${i},Remote,https://example.com/jobs/${i},2024-09-03,Applied,2024-09-03,false,N/A,${"note ".repeat(20)},Full-time\n`,
    );
  }
  const path = join(mkdtempSync(join(tmpdir(), "debrief-bench-import-")), "big.csv");
  writeFileSync(path, lines.join(""));

  const samples = { writeMs: [], planMs: [], longestFrameGapMs: [], progressSteps: [] };
  for (let r = 0; r < runs; r++) {
    const ext = await launch(dist);
    try {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.id}/options/options.html#/data`);
      await page.getByLabel("CSV file").setInputFiles(path);
      const button = page.getByRole("button", { name: `Import ${rows} applications` });
      await button.waitFor({ timeout: 120_000 });
      // In the page: frame gaps and the bar's percentages, from the click until the outcome shows.
      await page.evaluate((name) => {
        const w = /** @type {any} */ (window);
        w.__bench = { gaps: 0, percents: new Set(), plannedAt: 0, start: 0, end: 0 };
        const importButton = [...document.querySelectorAll("button")].find((x) => x.textContent === name);
        importButton.addEventListener(
          "click",
          () => {
            const b = w.__bench;
            b.start = performance.now();
            let last = b.start;
            const frame = (now) => {
              b.gaps = Math.max(b.gaps, now - last);
              last = now;
              const text = document.querySelector(".import-percent")?.textContent;
              if (text) {
                b.percents.add(text);
                if (!b.plannedAt && Number(text.replace("%", "")) > 10) b.plannedAt = now;
              }
              if (
                [...document.querySelectorAll("[role=status]")].some((s) =>
                  s.textContent?.startsWith("Added"),
                )
              ) {
                b.end = now;
                return;
              }
              requestAnimationFrame(frame);
            };
            requestAnimationFrame(frame);
          },
          { capture: true, once: true },
        );
      }, `Import ${rows} applications`);
      await button.click();
      await page
        .getByRole("status")
        .filter({ hasText: `Added ${rows} applications` })
        .waitFor({ timeout: 300_000 });
      await page.waitForFunction(() => window.__bench.end > 0);
      const b = await page.evaluate(() => {
        const x = window.__bench;
        return { total: x.end - x.start, plan: x.plannedAt - x.start, gaps: x.gaps, steps: x.percents.size };
      });
      samples.writeMs.push(b.total);
      samples.planMs.push(b.plan);
      samples.longestFrameGapMs.push(b.gaps);
      samples.progressSteps.push(b.steps);
    } finally {
      await ext.close();
    }
  }
  return samples;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? 60_000);
  const runs = Number(process.argv[3] ?? 3);
  const samples = await importWriteRuns(resolve(process.env.DEBRIEF_DIST ?? "dist"), rows, runs);
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log(
    JSON.stringify({
      rows,
      runs,
      median: Object.fromEntries(
        Object.entries(samples).map(([k, v]) => [`import.${k}`, Math.round(median(v))]),
      ),
      samples,
    }),
  );
}
