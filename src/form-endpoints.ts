// Where the comment and reaction forms post in this build. A newsroom trying Dateline on its own
// machine (preview, or a build of a site whose own address is on this machine) gets the intake
// server on this machine (`npm run comments:serve`) when it names no endpoint, so the round trip
// works out of the box. A site with a public address never gets that default: its readers'
// browsers would post to their own machines, and its policy would allow it. Its forms close
// instead, and closedFormsProblem is the build report's line saying which setting opens them.
import type { BuildMode } from "./eleventy/prepare-newsroom.ts";
import { warning, type Problem } from "./model/problem.ts";

/** Where `npm run comments:serve` listens unless COMMENTS_PORT says otherwise. */
const LOCAL_INTAKE = "http://localhost:8787";

type Form = "comments" | "reactions";

const FORMS: Record<Form, { path: string; variable: string }> = {
  comments: { path: "/comment", variable: "COMMENTS_ENDPOINT" },
  reactions: { path: "/reaction", variable: "REACTIONS_ENDPOINT" },
};

/** `localhost`, `*.localhost`, 127.0.0.0/8 and `[::1]`: addresses every machine has for itself. */
export function isLoopback(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { hostname } = new URL(url);
  return hostname === "localhost" || hostname.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(hostname) || hostname === "[::1]";
}

/** A build whose pages are read only on this machine: preview, or a site at a loopback address. */
export function isLocalBuild(siteUrl: string, mode: BuildMode): boolean {
  return mode === "preview" || isLoopback(siteUrl);
}

/** The endpoint a form posts to: the one given (empty closes the form), else the local intake server in a local build. */
export function formEndpoint(form: Form, given: string | undefined, local: boolean): string | undefined {
  if (given !== undefined) return given;
  return local ? `${LOCAL_INTAKE}${FORMS[form].path}` : undefined;
}

/**
 * Why a public site's readers could not reach `endpoint` from its pages, or undefined when they
 * can: an address on their own machine, or plain http under an https site (browsers block it
 * as mixed content).
 */
export function unreachableEndpoint(endpoint: string, siteUrl: string): string | undefined {
  if (isLoopback(endpoint)) return `"${endpoint}" is this machine's own address: readers of ${siteUrl} would post to their own computers`;
  if (siteUrl.startsWith("https:") && endpoint.startsWith("http:")) return `"${endpoint}" is plain http: browsers refuse to send a form from an https page (${siteUrl}) there`;
  return undefined;
}

/** How to fix an endpoint for the given form, in the words of its environment variable. */
export function endpointFix(form: Form): string {
  return `set ${FORMS[form].variable} to the intake server's public https URL, or to "" to close the form`;
}

/**
 * The report's line when a form is closed because nothing says where it posts (an empty
 * endpoint closes it on purpose and says nothing).
 */
export function closedFormsProblem(site: { comments: { endpoint?: string | undefined }; reactions: { endpoint?: string | undefined } }): Problem | undefined {
  const closed = (["comments", "reactions"] as const).filter((form) => site[form].endpoint === undefined);
  if (closed.length === 0) return undefined;
  const variables = closed.map((form) => FORMS[form].variable).join(" and ");
  return warning("_data/site.ts", `${closed[0]}.endpoint`, `${closed.join(" and ")} are closed: set ${variables} to the intake server's public URL`);
}
