// Written cases (not real mail): applications for things other than jobs, job scams and a podcast
// "interview", each beside the job mail it must not be confused with.
import { describe, expect, it } from "vitest";
import { classifyEmail } from "../../../../src/core/email";

const mail = (from: string, subject: string, body: string) => ({ from, subject, body });

describe("hard negatives", () => {
  it("a tenancy, a course and a grant application are not job applications, even when they ask about your employer", () => {
    const tenancy = classifyEmail(
      mail(
        "Lettings <lettings@harbourhomes.co.uk>",
        "Your tenancy application for 14 Mill Lane",
        "Dear Alex,\n\nThank you for your application for 14 Mill Lane. We have received your application and our referencing partner will verify your employment and income. Please send a reference from your employer.\n\nHarbour Homes Lettings",
      ),
    );
    expect(tenancy.category).toBe("other");
    expect(tenancy.evidence[0]).toMatch(/something other than a job/);
    const course = classifyEmail(
      mail(
        "Admissions <admissions@citycollege.ac.uk>",
        "Application received - Diploma in Project Management",
        "Dear Alex,\n\nThank you for applying to the Diploma in Project Management course. If you are successful you will be invited to an interview with the course leader.",
      ),
    );
    expect(course.category).toBe("other");
    const grant = classifyEmail(
      mail(
        "Grants <grants@artscouncil.org>",
        "Grant application outcome",
        "Dear Alex,\n\nThank you for your application to the Project Grants fund. Unfortunately, your application was unsuccessful on this occasion.",
      ),
    );
    expect(grant.category).toBe("other");
  });

  it("an application for a job that names the employer is still one", () => {
    const job = classifyEmail(
      mail(
        "Harbour Homes Careers <careers@harbourhomes.co.uk>",
        "Your application for Lettings Negotiator",
        "Dear Alex,\n\nThank you for your application for the Lettings Negotiator position. We have received your application and will review it shortly.",
      ),
    );
    expect(job.category).toBe("applied");
  });

  it("a 'job offer' that asks for fees or bank details, with no interview, is a scam, not an offer", () => {
    const scam = classifyEmail(
      mail(
        "HR Department <hr.jobs2024@gmail.com>",
        "Job Offer: Remote Data Entry Clerk - $45/hour",
        "Congratulations! You have been selected for the position of Remote Data Entry Clerk. No interview required. Please send a copy of your ID and your bank details so we can send you a cheque for your home office equipment.",
      ),
    );
    expect(scam.category).toBe("other");
    expect(scam.evidence[0]).toMatch(/job scam/);
    const offer = classifyEmail(
      mail(
        "Northwind Talent <talent@northwind.com>",
        "Your offer from Northwind",
        "Dear Alex,\n\nFollowing your interviews, we are delighted to offer you the position of Data Analyst at a salary of £42,000. Your offer letter is attached; please sign and return it by Friday.",
      ),
    );
    expect(offer.category).toBe("offer");
  });

  it("a podcast episode that 'interviews' a CEO is a newsletter", () => {
    const podcast = classifyEmail(
      mail(
        "The Career Podcast <hello@careerpod.fm>",
        "New episode: an interview with the CEO of Stripe",
        "This week on the show we interview the CEO of Stripe about hiring and what makes a great candidate. Listen now on Spotify.\n\nUnsubscribe",
      ),
    );
    expect(podcast.category).toBe("other");
  });
});
