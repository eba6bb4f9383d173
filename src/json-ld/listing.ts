// schema.org for listing pages: a CollectionPage of the articles shown, and the breadcrumb
// trail from the edition's front page to this listing, named in the edition's language.
import type { ListingPage } from "../collections/pagination.ts";
import type { PageLanguage } from "../i18n/page-language.ts";
import type { Site } from "../site.ts";
import { absoluteUrl } from "../urls.ts";

/** The index page a listing of each kind sits under, and the message that names it. */
const PARENTS: Record<ListingPage["kind"], { key: string; path: string } | undefined> = {
  section: undefined,
  tag: { key: "tags.title", path: "/tags/" },
  author: undefined,
  month: { key: "archive.title", path: "/archive/" },
};

export function listingJsonLd(listing: ListingPage, heading: string, site: Site, ui: Pick<PageLanguage, "t" | "edition" | "url">): unknown[] {
  const url = absoluteUrl(site, listing.url);
  const parent = PARENTS[listing.kind];
  const name = ui.edition.name;
  const trail = [{ name, path: ui.url("/") }, ...(parent ? [{ name: ui.t(parent.key), path: ui.url(parent.path) }] : []), { name: heading, path: listing.firstUrl }];
  return [
    {
      "@context": "https://schema.org",
      "@type": "CollectionPage",
      name: heading,
      url,
      inLanguage: listing.lang,
      isPartOf: { "@type": "WebSite", name, url: absoluteUrl(site, ui.url("/")) },
      mainEntity: {
        "@type": "ItemList",
        numberOfItems: listing.articles.length,
        itemListElement: listing.articles.map((article, index) => ({ "@type": "ListItem", position: index + 1, url: absoluteUrl(site, article.url), name: article.headline })),
      },
    },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: trail.map((crumb, index) => ({ "@type": "ListItem", position: index + 1, name: crumb.name, item: absoluteUrl(site, crumb.path) })),
    },
  ];
}
