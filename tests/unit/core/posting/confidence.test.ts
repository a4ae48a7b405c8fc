// Per-field confidence of an extraction (pages written here to show each case).
import { describe, expect, it } from "vitest";
import { extractPosting, UNSURE } from "../../../../src/core/posting/index";
import { parseHtml } from "./parse";

function read(html: string, url: string) {
  return extractPosting(parseHtml(html, url), url);
}

const ld = (o: Record<string, unknown>) =>
  `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "JobPosting", ...o })}</script>`;

describe("extraction confidence", () => {
  it("is high for structured data, zero for an empty field", () => {
    const p = read(
      `<html><head>${ld({ title: "Welder", jobLocation: { address: { addressLocality: "Tulsa", addressRegion: "OK" } } })}</head><body><h1>Welder</h1></body></html>`,
      "https://acme.example/jobs/welder",
    );
    expect(p.title).toBe("Welder");
    expect(p.confidence?.title).toBeGreaterThanOrEqual(UNSURE);
    expect(p.confidence?.company).toBe(0);
    expect(p.confidence?.locations).toBeGreaterThanOrEqual(UNSURE);
    expect(p.confidence).not.toHaveProperty("remote");
  });

  it("is below UNSURE when only the page head names the job", () => {
    const p = read(
      `<html><head><meta property="og:title" content="Welder | Acme"><meta property="og:site_name" content="Acme"></head><body><p>Responsibilities, qualifications and benefits.</p></body></html>`,
      "https://acme.example/jobs/welder",
    );
    expect(p.title).toBe("Welder");
    expect(p.confidence?.title).toBeLessThan(UNSURE);
  });

  it("is below UNSURE when the structured data and the visible page disagree", () => {
    const p = read(
      `<html><head>${ld({ title: "Data Engineer", hiringOrganization: { name: "Northwind" } })}</head><body><div class="job__title"><h1>Senior Data Engineer</h1></div></body></html>`,
      "https://job-boards.greenhouse.io/northwind/jobs/4012345",
    );
    expect(p.confidence?.title).toBeLessThan(UNSURE);
    expect(p.confidence?.company).toBeGreaterThanOrEqual(UNSURE);
  });

  it("marks a payroll entity resolved to the employer as worth a look", () => {
    const p = read(
      `<html><head>${ld({ title: "Nurse", hiringOrganization: { name: "MED Medtronic Inc" } })}</head><body></body></html>`,
      "https://medtronic.wd1.myworkdayjobs.com/MedtronicCareers/job/Minneapolis/Nurse_R12345",
    );
    expect(p.company).toBe("Medtronic");
    expect(p.sources.company).toBe("workday:refined");
    expect(p.confidence?.company).toBeLessThan(UNSURE);
  });
});
