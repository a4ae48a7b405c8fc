// The seed documents the catalogue is drawn from (shared/seeds), by file basename.

export const S0 = "000_e3d6ff1fc7fe906f"; // How to tell if a job interview went well
export const S1 = "001_f0f247544f6112fa"; // How to tell if an interview went well (body language, follow-up)
export const S2 = "002_342996be37813ea1"; // Monster / WorkSource: signs, each with its "not-so-good" twin
export const S3 = "003_80d7723cb6c526a9"; // Signs you will get the job: during, substance, after
export const S4 = "004_dc2e8bec277292ec"; // What happens after a job interview

export const SEED_SOURCES: readonly string[] = [S0, S1, S2, S3, S4];
