// schema.org NewsArticle for an article page: the markup contract in the README.
// Built from the model, never from rendered HTML, so it cannot drift from the page's data.
// Versions of one story in other languages are linked both ways: the original (translations.ts
// says which) lists each as a `workTranslation`, each names the original as `translationOfWork`.
// Each article is a node with an `@id` (its address and `#article`, apart from the page's own
// address, which `mainEntityOfPage` names), so the other pages refer to the same node.
import { datelineText } from "../filters/dateline-text.ts";
import type { Article, Figure } from "../model/types.ts";
import { originalOf } from "../collections/translations.ts";
import { articleFigures } from "../model/figures.ts";
import { largestFile } from "../images/picture-files.ts";
import type { Site } from "../site.ts";
import { isoTime } from "../iso-time.ts";
import { absoluteUrl } from "../urls.ts";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

/** `translations`: the article's versions in other languages (src/collections/translations.ts), if any. */
export function newsArticleJsonLd(article: Article, site: Site, translations: readonly Article[] = []): Json {
  const sectionName = site.sections.find((section) => section.slug === article.section)?.name ?? article.section;
  const figures = articleFigures(article);
  const original = originalOf(article, translations);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": articleNode(site, article)["@id"],
    headline: article.headline,
    description: article.dek,
    url: absolute(site, article.url),
    inLanguage: article.lang,
    workTranslation: original === article && translations.length > 0 ? translations.map((translation) => articleNode(site, translation)) : undefined,
    translationOfWork: original === article ? undefined : articleNode(site, original),
    datePublished: isoTime(article.published),
    dateModified: article.updated ? isoTime(article.updated) : undefined,
    author: article.bylineCredit
      ? [{ "@type": "Organization", name: article.bylineCredit }]
      : article.byline.map((person) => ({ "@type": "Person", name: person.name, jobTitle: person.role })),
    articleSection: sectionName,
    keywords: article.tags,
    dateline: article.dateline ? datelineText(article.dateline, article.lang) : undefined,
    image: figures.map((figure) => imageObject(figure, site)),
    mainEntityOfPage: { "@type": "WebPage", "@id": absolute(site, article.url) },
    publisher: {
      "@type": "NewsMediaOrganization",
      name: site.name,
      url: absolute(site, "/"),
      logo: { "@type": "ImageObject", url: absolute(site, site.logo.path), width: site.logo.width, height: site.logo.height },
    },
    commentCount: article.comments.length,
    comment: article.comments.map((comment) => ({
      "@type": "Comment",
      text: comment.text,
      author: comment.author ? { "@type": "Person", name: comment.author } : undefined,
      dateCreated: comment.posted ? isoTime(comment.posted) : undefined,
    })),
  };
}

/** Caption and credit stay apart here as on the page; `creator` and `copyrightNotice` when known. */
function imageObject(figure: Figure, site: Site): Json {
  const file = largestFile(figure);
  return {
    "@type": "ImageObject",
    contentUrl: file ? absolute(site, file.url) : undefined,
    caption: figure.caption,
    creditText: figure.credit,
    creator: figure.creator ? { "@type": "Person", name: figure.creator } : undefined,
    copyrightNotice: figure.copyrightNotice,
    width: file?.width ?? figure.width,
    height: file?.height ?? figure.height,
  };
}

/** Another page's article as a reference: enough to name it and its language. */
function articleNode(site: Site, article: Article): { "@type": "NewsArticle"; "@id": string; url: string; inLanguage: string } {
  const url = absolute(site, article.url);
  return { "@type": "NewsArticle", "@id": `${url}#article`, url, inLanguage: article.lang };
}

function absolute(site: Site, url: string): string {
  return absoluteUrl(site, url);
}
