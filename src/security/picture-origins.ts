// The origins of the pictures the published articles show from other servers (a wire's
// renditions, an http(s) picture in Markdown). The Content-Security-Policy's img-src names
// exactly these: taken from the articles themselves, it can neither block a picture the site
// shows nor allow a server the site never uses.
import { articleFigures } from "../model/figures.ts";
import type { Article, Picture } from "../model/types.ts";

export function pictureOrigins(articles: readonly Pick<Article, "lead" | "body">[]): string[] {
  const origins = new Set<string>();
  for (const article of articles) {
    for (const figure of articleFigures(article)) {
      if (!figure.picture) continue;
      for (const url of pictureUrls(figure.picture)) {
        // Site-absolute paths (the site's own derivatives and graphics) are 'self'.
        if (/^https?:\/\//i.test(url) && URL.canParse(url)) origins.add(new URL(url).origin);
      }
    }
  }
  return [...origins].sort();
}

/** Every URL a browser may load for the picture: the `<img>`'s src and each srcset candidate. */
function pictureUrls(picture: Picture): string[] {
  const srcsets = [picture.img.srcset, ...picture.sources.map((source) => source.srcset)];
  const candidates = srcsets.flatMap((srcset) => (srcset ? srcset.split(",").map((candidate) => candidate.trim().split(/\s+/)[0]!) : []));
  return [picture.img.src, ...candidates];
}
