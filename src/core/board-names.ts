// The job boards' names as a user reads them, for the options page and the statistics.
/**
 * Board ids → names, as in core/posting/boards. Copied rather than imported: the adapters would add
 * ~25 kB of page-reading code to the options page's first load. A unit test keeps the two in step.
 */
export const BOARD_NAMES: Readonly<Record<string, string>> = {
  ashby: "Ashby",
  bamboohr: "BambooHR",
  glassdoor: "Glassdoor",
  greenhouse: "Greenhouse",
  icims: "iCIMS",
  indeed: "Indeed",
  jobvite: "Jobvite",
  lever: "Lever",
  linkedin: "LinkedIn",
  monster: "Monster",
  seek: "SEEK",
  smartrecruiters: "SmartRecruiters",
  usajobs: "USAJOBS",
  workable: "Workable",
  workday: "Workday",
  ziprecruiter: "ZipRecruiter",
};

/**
 * Boards Debrief no longer reads (their sites were retired), whose names jobs saved from them earlier
 * keep: WorkSource Washington's seeker.worksourcewa.com closed in 2026.
 */
export const RETIRED_BOARD_NAMES: Readonly<Record<string, string>> = {
  worksourcewa: "WorkSource Washington",
};

/** A board's name, a retired board's too; undefined for an id Debrief never had. */
export function boardName(board: string): string | undefined {
  return BOARD_NAMES[board] ?? RETIRED_BOARD_NAMES[board];
}
