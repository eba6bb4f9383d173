// Once per build, before any template renders: every figure of every published article gets the
// picture its pages print. Local photos get derivatives (made or reused) in <output>/img/; SVG
// graphics and remote pictures are used as they are. Afterwards <output>/img/ holds exactly this
// build's files: pictures of killed or changed stories do not live on.
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { articleFigures, mediaNameOf } from "../model/figures.ts";
import type { Article, Block, Figure, Picture } from "../model/types.ts";
import type { ImageSettings } from "../site.ts";
import { makeDerivatives, type Derivatives } from "./derivatives.ts";
import { mapLimited } from "../map-limited.ts";
import { remotePicture } from "./remote-picture.ts";

export interface PictureStats {
  /** Local photos that have derivatives. */
  pictures: number;
  /** Derivative files encoded by this build. */
  encoded: number;
  /** Derivative files an earlier build left that this one uses as they are. */
  reused: number;
  /** Files in <output>/img/ that no article uses any more, removed. */
  removed: number;
}

export interface PictureOptions {
  /** The content folder's media/ folder. */
  mediaDir: string;
  /** The site's output folder; derivatives go to its img/. */
  outputDir: string;
  images: ImageSettings;
  /** Preview: per-article work kept between rebuilds (see PictureMemo). */
  memo?: PictureMemo;
  /**
   * Whether `articles` are all the site has, so <output>/img/ keeps only their files (the
   * default). Preview's first look at an edit passes a few articles and keeps the rest.
   */
  allArticles?: boolean;
}

/**
 * Preview keeps unchanged articles as the same objects between rebuilds (NormalizeMemo); this
 * keeps what was worked out for each of them here, the names of its pictures and the article with
 * its pictures attached, as long as the derivatives are the same as last time. Walking 10,000
 * articles' figures again cost a tenth of a second of every rebuild.
 */
export class PictureMemo {
  private names = new WeakMap<Article, string[]>();
  private attached = new WeakMap<Article, Article>();
  private derivatives = "";

  namesOf(article: Article): string[] {
    let names = this.names.get(article);
    if (!names) this.names.set(article, (names = articleFigures(article).flatMap((figure) => localName(figure) ?? [])));
    return names;
  }

  /** Starts a build's attaching: kept results are used only if the derivatives did not change. */
  begin(derivatives: string): void {
    if (derivatives !== this.derivatives) this.attached = new WeakMap();
    this.derivatives = derivatives;
  }

  attach(article: Article, attach: (article: Article) => Article): Article {
    let result = this.attached.get(article);
    if (!result) this.attached.set(article, (result = attach(article)));
    return result;
  }
}

export async function attachPictures(articles: readonly Article[], { mediaDir, outputDir, images, memo = new PictureMemo(), allArticles = true }: PictureOptions): Promise<{ articles: Article[]; stats: PictureStats }> {
  const imageDir = join(outputDir, "img");
  const names = [...new Set(articles.flatMap((article) => memo.namesOf(article)))].sort();
  // Two at a time: each encodes in sharp's own threads already.
  const made = await mapLimited(names, 2, async (name) => {
    try {
      return await makeDerivatives(join(mediaDir, name), { outputDir: imageDir, images });
    } catch (cause) {
      throw new Error(`Cannot make the responsive pictures of content/media/${name}`, { cause });
    }
  });
  const derivatives = new Map(names.map((name, index) => [name, made[index]]));
  const produced = [...derivatives.values()].filter((entry): entry is Derivatives => entry !== undefined);
  const stats: PictureStats = {
    pictures: produced.length,
    encoded: produced.reduce((sum, entry) => sum + entry.encoded, 0),
    reused: produced.reduce((sum, entry) => sum + entry.reused, 0),
    removed: allArticles ? await removeOthers(imageDir, new Set(produced.flatMap((entry) => entry.files))) : 0,
  };
  const withPicture = (figure: Figure): Figure => {
    if (!figure.src) return figure;
    const name = localName(figure);
    if (name === undefined) return { ...figure, picture: remotePicture({ ...figure, src: figure.src }) };
    const made = derivatives.get(name);
    if (made) return { ...figure, picture: made.picture };
    // SVG: one file at every width, served as it is.
    const picture: Picture = { sources: [], img: { src: figure.src, type: "image/svg+xml" }, files: [] };
    if (figure.width) picture.img.width = figure.width;
    if (figure.height) picture.img.height = figure.height;
    return { ...figure, picture };
  };
  // What pages print of each photo (not this build's encode counts, which differ every build).
  memo.begin(JSON.stringify([...derivatives].map(([name, made]) => [name, made?.picture])));
  return {
    articles: articles.map((article) =>
      memo.attach(article, () => {
        const result: Article = { ...article, body: article.body.map((block): Block => (block.type === "figure" ? { ...block, figure: withPicture(block.figure) } : block)) };
        if (article.lead) result.lead = withPicture(article.lead);
        return result;
      }),
    ),
    stats,
  };
}


function localName(figure: Figure): string | undefined {
  return figure.src === undefined ? undefined : mediaNameOf(figure.src);
}

/** Deletes every file in `dir` that is not in `keep`; returns how many. */
async function removeOthers(dir: string, keep: ReadonlySet<string>): Promise<number> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw cause;
  }
  const stale = entries.map((entry) => join(dir, entry.name)).filter((path) => !keep.has(path));
  await Promise.all(stale.map((path) => rm(path, { recursive: true, force: true })));
  return stale.length;
}
