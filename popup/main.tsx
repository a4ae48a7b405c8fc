// Popup entry: connects the view to the database and the browser.
import "../src/ui/base.css";
import "./popup.css";
import { render } from "preact";
import { createApplication, getDb, listRecent } from "../src/db";
import { browser } from "../src/shared/browser";
import { type PopupActions, PopupApp } from "../src/ui/popup/PopupApp";
import { useLiveQuery } from "../src/ui/use-live-query";

const db = getDb();

const actions: PopupActions = {
  async addApplication(company, title) {
    await createApplication(db, { company, title });
  },
  applicationHref: (id) =>
    browser.runtime.getURL(`options/options.html#/application/${encodeURIComponent(id)}`),
};

function Popup() {
  const recent = useLiveQuery(() => listRecent(db, 8), []);
  return <PopupApp recent={recent} actions={actions} />;
}

render(<Popup />, document.getElementById("root")!);
