// Where a build writes. A production build writes _site/, the folder a newsroom publishes; a
// preview (`npm start`, Eleventy serving or watching) writes _preview/, so that publishing after a
// preview never ships its banner, its /_problems/ page or the pages of drafts it shows.
// DATELINE_OUTPUT names another folder for either (tests and benchmarks build elsewhere).

export const PUBLISHED_OUTPUT = "_site";
export const PREVIEW_OUTPUT = "_preview";

/** The output folder, relative to the project unless DATELINE_OUTPUT gives an absolute one. */
export function outputFolder(env: NodeJS.ProcessEnv): string {
  if (env.DATELINE_OUTPUT) return env.DATELINE_OUTPUT;
  // Eleventy sets ELEVENTY_RUN_MODE before it reads the config.
  const previewing = env.ELEVENTY_RUN_MODE === "serve" || env.ELEVENTY_RUN_MODE === "watch";
  return previewing ? PREVIEW_OUTPUT : PUBLISHED_OUTPUT;
}
