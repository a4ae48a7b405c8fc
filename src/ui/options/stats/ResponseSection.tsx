// Response rate and time to first response, overall and per board.
import type { ResponseGroup, ResponseStats } from "../../../core/stats";
import { BarChart } from "../../charts/BarChart";
import { days, percent, plural } from "./format";

function Row({ group, header }: { group: ResponseGroup; header?: boolean }) {
  const Cell = header ? "th" : "td";
  return (
    <tr>
      <Cell scope={header ? "row" : undefined}>{group.label}</Cell>
      <td>{group.companies}</td>
      <td>{group.responded}</td>
      <td>{percent(group.rate)}</td>
      <td>{days(group.medianDaysToFirstResponse)}</td>
    </tr>
  );
}

export function ResponseSection({ responses }: { responses: ResponseStats }) {
  const { overall, byBoard } = responses;
  return (
    <section class="stats-card" aria-labelledby="stats-responses">
      <h2 id="stats-responses">Hearing back</h2>
      {overall.companies === 0 ? (
        <p class="muted">Once you mark applications as applied, you will see how often companies answer.</p>
      ) : (
        <>
          <p>
            <strong>{percent(overall.rate)}</strong> of the{" "}
            {plural(overall.companies, "company", "companies")} you applied to replied
            {overall.medianDaysToFirstResponse !== null && (
              <>
                , usually within <strong>{days(overall.medianDaysToFirstResponse)}</strong>
              </>
            )}
            .
          </p>
          <p class="muted">
            Each company counts once, however many roles you applied for there. A receipt or job alert is not
            a reply.
          </p>
          <BarChart
            title="Response rate by job board"
            max={1}
            bars={byBoard.map((g) => ({
              label: g.label,
              value: g.rate ?? 0,
              display: `${percent(g.rate)} of ${g.companies}`,
            }))}
          />
          <table class="stats-table">
            <caption>Responses by job board</caption>
            <thead>
              <tr>
                <th scope="col">Board</th>
                <th scope="col">Companies</th>
                <th scope="col">Replied</th>
                <th scope="col">Response rate</th>
                <th scope="col">Median time to first reply</th>
              </tr>
            </thead>
            <tbody>
              {byBoard.map((g) => (
                <Row key={g.key} group={g} />
              ))}
            </tbody>
            <tfoot>
              <Row group={{ ...overall, label: "Overall" }} header />
            </tfoot>
          </table>
        </>
      )}
    </section>
  );
}
