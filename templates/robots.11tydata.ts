// /robots.txt (src/sitemaps/robots.ts).
import { generatedFiles } from "../src/eleventy/generated-files.ts";
import { robotsTxt } from "../src/sitemaps/robots.ts";

export default generatedFiles(({ site }) => [{ path: "/robots.txt", text: robotsTxt(site) }]);
