// Job-board content script. It never opens IndexedDB (that would be the page's origin): it reads
// the job and asks the background to save it. Any failure stays inside this script.
import { listenInTab, send } from "../../shared/messaging";
import { mountPanel } from "./panel";
import { readPageJob } from "./read-page";

function start(): void {
  const url = location.href;
  const posting = readPageJob(document, url);
  if (!posting.title) return; // Not a posting we can read: no panel.
  // The popup asks which job this tab shows, to suggest it first.
  listenInTab({ "page/job": () => ({ url, posting }) });
  mountPanel(document, posting, {
    lookup: () => send("job/lookup", { url, posting }),
    save: async () => {
      const { application } = await send("job/save", { url, posting });
      return {
        applicationId: application.id,
        status: application.status,
        company: application.company,
        title: application.title,
      };
    },
  });
}

try {
  start();
} catch (error) {
  console.debug("Debrief: panel not shown", error);
}
