// The baseline: a plain, idiomatic Eleventy 3 site in the shape of eleventy-base-blog, built from
// the same articles as plain Markdown. Articles are Markdown templates with front matter and
// tags; section and tag pages paginate custom collections; the feed is the RSS plugin's own.
import { readFileSync } from "node:fs";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { feedPlugin } from "@11ty/eleventy-plugin-rss";
import pluginFilters from "./_config/filters.js";

/** @param {import("@11ty/eleventy").UserConfig} eleventyConfig */
export default async function (eleventyConfig) {
  const metadata = JSON.parse(readFileSync("_data/metadata.json", "utf8"));

  eleventyConfig.addPassthroughCopy({ "./public/": "/" });
  // Pictures sit beside the articles, in content/media/, where the image plugin looks for them.
  eleventyConfig.addPassthroughCopy({ "content/media": "media" });

  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(feedPlugin, {
    type: "atom",
    outputPath: "/feed/feed.xml",
    collection: { name: "articles", limit: 50 },
    metadata: { language: metadata.language, title: metadata.title, subtitle: metadata.description, base: metadata.url, author: { name: metadata.title } },
  });
  eleventyConfig.addPlugin(pluginFilters);

  // With --images, every <img> becomes a responsive <picture>, as eleventy-base-blog does it, with
  // the widths, formats and encoder settings Dateline uses (src/images/derivatives.ts), so the two
  // encode the same files the same way.
  if (process.env.BENCH_IMAGES === "true") {
    const { eleventyImageTransformPlugin } = await import("@11ty/eleventy-img");
    eleventyConfig.addPlugin(eleventyImageTransformPlugin, {
      formats: ["avif", "webp", "auto"],
      widths: [320, 640, 960, 1280],
      sharpAvifOptions: { effort: 2 },
      sharpWebpOptions: { quality: 78 },
      sharpJpegOptions: { quality: 78, mozjpeg: true },
      htmlOptions: { imgAttributes: unwritableSrc({ loading: "lazy", decoding: "async", sizes: "(min-width: 40rem) 38rem, 100vw" }) },
    });
  }

  eleventyConfig.addShortcode("figure", (src, alt, caption, credit) => {
    return `<figure><img src="${escape(src)}" alt="${escape(alt)}" loading="lazy" decoding="async"><figcaption><span class="figure__caption">${escape(caption)}</span> <span class="figure__credit">${escape(credit)}</span></figcaption></figure>`;
  });

  // Section and tag pages: each group's articles, newest first, cut into pages of `pageSize`.
  eleventyConfig.addCollection("sectionPages", (collectionApi) => {
    const articles = collectionApi.getFilteredByTag("articles");
    return metadata.sections.flatMap((section) =>
      pagesOf(articles.filter((item) => item.data.section === section.slug).reverse(), metadata.pageSize, { slug: section.slug, title: section.name }),
    );
  });
  eleventyConfig.addCollection("tagPages", (collectionApi) => {
    const tags = new Set();
    for (const item of collectionApi.getFilteredByTag("articles")) for (const tag of item.data.tags) tags.add(tag);
    tags.delete("articles");
    return [...tags].sort().flatMap((tag) => pagesOf(collectionApi.getFilteredByTag(tag).reverse(), metadata.pageSize, { slug: eleventyConfig.getFilter("slugify")(tag), title: tag }));
  });
}

/**
 * eleventy-img 6.0.4 writes each picture's path into the shared `htmlOptions.imgAttributes`, which
 * changes the key of its in-memory cache, so page after page encodes the same pictures again
 * (https://github.com/11ty/image/issues/312: 1,233 files written for 180 at N = 100). Attributes
 * that ignore that write keep the cache working, as a fixed release would.
 */
function unwritableSrc(attributes) {
  return Object.defineProperty(attributes, "src", { set() {}, enumerable: false });
}

function escape(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function pagesOf(items, size, group) {
  const count = Math.ceil(items.length / size);
  return Array.from({ length: count }, (_, index) => ({ ...group, items: items.slice(index * size, (index + 1) * size), pageNumber: index + 1, pageCount: count }));
}

export const config = {
  templateFormats: ["md", "njk"],
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
  dir: {
    input: "content",
    includes: "../_includes",
    data: "../_data",
    output: "_site",
  },
};
