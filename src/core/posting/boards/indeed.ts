// Indeed: /viewjob?jk=<id> pages and search pages whose right pane shows ?vjk=<id>.
import type { BoardAdapter } from "../model";
import { canonicalWith, param } from "../urls";
import { readSelectors, type Selectors, splitRemote } from "./common";

export const SELECTORS: Selectors = {
  root: ["#jobsearch-ViewjobPaneWrapper", ".jobsearch-RightPane", ".jobsearch-ViewJobLayout-jobDisplay"],
  title: [
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    "h1.jobsearch-JobInfoHeader-title", // pages served before data-testid was added
    ".jobsearch-JobInfoHeader-title-container h1",
  ],
  company: [
    '[data-testid="inlineHeader-companyName"] a',
    '[data-testid="inlineHeader-companyName"]',
    '[data-company-name="true"]',
    ".jobsearch-CompanyInfoContainer a", // older header without test ids
  ],
  locations: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    '[data-testid="job-location"]',
    ".jobsearch-JobInfoHeader-subtitle > div:last-child", // older header without test ids
  ],
  salary: [
    '[aria-label="Pay"] li',
    '[role="group"][aria-label="Pay"]',
    "#salaryInfoAndJobType span:first-child",
    '[data-testid="jobsearch-OtherJobDetailsContainer"]',
  ],
  employmentType: [
    '[aria-label="Job type"] li',
    '[role="group"][aria-label="Job type"]',
    "#salaryInfoAndJobType",
  ],
  workplace: [
    // "Hybrid work" / "Remote" sits in the block right after the location.
    '[data-testid="inlineHeader-companyLocation"] + div',
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
  ],
  description: ["#jobDescriptionText", ".jobsearch-jobDescriptionText"],
};

export const indeed: BoardAdapter = {
  id: "indeed",
  name: "Indeed",
  matches: ["https://*.indeed.com/*"],
  parseUrl(url) {
    const host = url.hostname === "indeed.com" ? "www.indeed.com" : url.hostname;
    const jk = param(url, "jk");
    const vjk = param(url, "vjk");
    const id = /viewjob|\/rc\/clk|\/pagead\/clk/i.test(url.pathname) ? jk || vjk : vjk || jk;
    if (!/^[0-9a-f]{8,32}$/i.test(id)) return undefined;
    const canonicalUrl = canonicalWith(new URL(`https://${host}`), "/viewjob", { jk: id });
    return { postingId: id, canonicalUrl, pane: !/viewjob/i.test(url.pathname) };
  },
  extract(doc, url) {
    const d = readSelectors(doc, SELECTORS, url);
    // The title element ends with a visually-hidden " - job post".
    if (d.title) d.title = d.title.replace(/\s*-\s*job post\s*$/i, "");
    return splitRemote(d);
  },
};
