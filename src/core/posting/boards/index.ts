// Every board adapter, listed explicitly. Order matters only for hosts two adapters could both claim.
import type { BoardAdapter } from "../model";
import { ashby } from "./ashby";
import { bamboohr } from "./bamboohr";
import { glassdoor } from "./glassdoor";
import { greenhouse } from "./greenhouse";
import { icims } from "./icims";
import { indeed } from "./indeed";
import { jobvite } from "./jobvite";
import { lever } from "./lever";
import { linkedin } from "./linkedin";
import { monster } from "./monster";
import { seek } from "./seek";
import { smartrecruiters } from "./smartrecruiters";
import { usajobs } from "./usajobs";
import { workable } from "./workable";
import { workday } from "./workday";
import { ziprecruiter } from "./ziprecruiter";

export const BOARDS: readonly BoardAdapter[] = [
  linkedin,
  indeed,
  glassdoor,
  ziprecruiter,
  monster,
  greenhouse,
  lever,
  workday,
  ashby,
  smartrecruiters,
  workable,
  icims,
  jobvite,
  bamboohr,
  usajobs,
  seek,
];
