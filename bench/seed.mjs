// Generates a large, realistic database inside an extension page: rows shaped like src/core/types.ts,
// written with raw IndexedDB, one transaction per table. Nothing extra is exposed by the product: the
// page only needs to be one of ours (same origin as the extension's database), opened once so Dexie
// has created the schema.
//
// `seedInPage` is passed to page.evaluate, so it must be self-contained (no closures, no imports).

/** @param {{applications:number, events:number, emails:number, interviews:number, reminders:number, now:number, seed:number}} spec */
export async function seedInPage(spec) {
  let state = spec.seed >>> 0 || 1;
  const rand = () => {
    // mulberry32: deterministic, so every run measures the same data.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const DAY = 86_400_000;
  const { now } = spec;
  const COMPANIES = [
    "Acme",
    "Birch Health",
    "Cobalt Labs",
    "Delta Freight",
    "Echo Media",
    "Fjord Bank",
    "Granite Works",
    "Harbour Hotels",
    "Iris Retail",
    "Juniper Energy",
    "Kestrel Air",
    "Lakeside School",
  ];
  const TITLES = [
    "Data Analyst",
    "Software Engineer",
    "Nurse",
    "Pastry Chef",
    "Product Manager",
    "Teacher",
    "Accountant",
    "Designer",
    "Warehouse Lead",
    "Support Specialist",
    "Editor",
    "Site Reliability Engineer",
  ];
  const STATUSES = [
    "saved",
    "applied",
    "applied",
    "applied",
    "interviewing",
    "rejected",
    "ghosted",
    "offer",
    "withdrawn",
  ];
  const BOARDS = ["linkedin", "greenhouse", "indeed", "lever", "workday", undefined];
  const CATEGORIES = [
    "applied",
    "rejected",
    "interview",
    "assessment",
    "offer",
    "update",
    "job_alert",
    "other",
  ];
  const id = (prefix, i) => `${prefix}${String(i).padStart(7, "0")}`;

  const applications = [];
  for (let i = 0; i < spec.applications; i++) {
    const company = `${pick(COMPANIES)} ${i}`;
    const createdAt = now - Math.floor(rand() * 700 * DAY);
    const board = pick(BOARDS);
    const app = {
      id: id("app", i),
      company,
      title: pick(TITLES),
      companyDomains: [`${company.toLowerCase().replace(/[^a-z0-9]+/g, "")}.example`],
      status: pick(STATUSES),
      source: board ? "jobboard" : "manual",
      createdAt,
      updatedAt: createdAt,
      lastActivityAt: Math.min(now, createdAt + Math.floor(rand() * 60 * DAY)),
      archived: rand() < 0.15 ? 1 : 0,
      location: pick(["Remote", "Berlin", "Leeds", "Toronto", "Austin"]),
    };
    if (board) {
      app.board = board;
      app.postingId = String(3_000_000 + i);
      app.url = `https://jobs.example/${board}/${app.postingId}`;
    }
    if (rand() < 0.3)
      app.notes = `Met ${pick(["Sam", "Alex", "Priya", "Jo"])} at a fair; follow up about ${pick(TITLES)}.`;
    applications.push(app);
  }

  const interviews = [];
  for (let i = 0; i < spec.interviews; i++) {
    const app = applications[Math.floor(rand() * applications.length)];
    const at = Math.min(now - DAY, app.createdAt + Math.floor(rand() * 40 * DAY));
    interviews.push({
      id: id("int", i),
      applicationId: app.id,
      at,
      kind: pick(["phone", "video", "onsite"]),
      interviewers: ["Sam Lee"],
      signals: { "asked-start-date": true },
      createdAt: at,
      updatedAt: at,
    });
  }

  const EVENT_KINDS = ["applied", "note", "status", "email", "interview", "followup-due", "contact"];
  const events = [];
  for (let i = 0; i < spec.events; i++) {
    const app = applications[i % applications.length];
    const at = app.createdAt + Math.floor(rand() * Math.max(1, app.lastActivityAt - app.createdAt + 1));
    const base = { id: id("evt", i), applicationId: app.id, at };
    const kind = i < applications.length ? "saved" : pick(EVENT_KINDS);
    if (kind === "saved" || kind === "applied") events.push({ ...base, kind });
    else if (kind === "note" || kind === "contact")
      events.push({ ...base, kind, text: "Called the recruiter." });
    else if (kind === "status") events.push({ ...base, kind, from: "applied", to: "interviewing" });
    else if (kind === "email")
      events.push({ ...base, kind, emailId: id("eml", i % spec.emails), category: pick(CATEGORIES) });
    else if (kind === "interview")
      events.push({ ...base, kind, interviewId: id("int", i % spec.interviews) });
    else events.push({ ...base, kind, reminderId: id("rem", i % spec.reminders), reminderKind: "follow-up" });
  }

  const emails = [];
  for (let i = 0; i < spec.emails; i++) {
    const app = rand() < 0.8 ? applications[Math.floor(rand() * applications.length)] : null;
    emails.push({
      id: `gmail:${id("msg", i)}`,
      provider: "gmail",
      messageId: id("msg", i),
      threadId: id("thr", Math.floor(i / 2)),
      fromName: "Recruiting",
      fromAddress: `jobs@${app ? app.companyDomains[0] : "unknown.example"}`,
      subject: `Your application ${i}`,
      receivedAt: now - Math.floor(rand() * 400 * DAY),
      category: pick(CATEGORIES),
      confidence: 0.5 + rand() / 2,
      evidence: ["subject says 'Your application'"],
      snippet: "Thank you for applying. We will review your application and get back to you.",
      applicationId: app ? app.id : null,
      userCorrected: false,
    });
  }

  const reminders = [];
  for (let i = 0; i < spec.reminders; i++) {
    const interview = interviews[i % interviews.length];
    const done = rand() < 0.9 ? 1 : 0;
    reminders.push({
      id: id("rem", i),
      applicationId: interview.applicationId,
      interviewId: interview.id,
      kind: pick(["thank-you", "follow-up", "second-follow-up"]),
      title: "Follow up",
      dueAt: now - Math.floor(rand() * 300 * DAY) + 30 * DAY,
      done,
    });
  }

  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open("debrief");
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const write = (store, rows) =>
    new Promise((resolve, reject) => {
      const tx = db.transaction(store, "readwrite");
      const os = tx.objectStore(store);
      for (const row of rows) os.put(row);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  await write("applications", applications);
  await write("events", events);
  await write("interviews", interviews);
  await write("emails", emails);
  await write("reminders", reminders);
  db.close();
  return {
    applications: applications.length,
    events: events.length,
    emails: emails.length,
    interviews: interviews.length,
    reminders: reminders.length,
  };
}

export const LARGE = {
  applications: 10_000,
  events: 100_000,
  emails: 5_000,
  interviews: 3_000,
  reminders: 6_000,
  seed: 8,
};
