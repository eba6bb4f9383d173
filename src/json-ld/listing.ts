// schema.org for listing pages: a CollectionPage of the articles shown, and the breadcrumb
// trail from the front page to this listing.
import type { ListingPage } from "../collections/pagination.ts";
import type { Site } from "../site.ts";
import { absoluteUrl } from "../urls.ts";

const PARENTS: Record<ListingPage["kind"], { name: string; path: string } | undefined> = {
  section: undefined,
  tag: { name: "Tags", path: "/tags/" },
  author: undefined,
  month: { name: "Archive", path: "/archive/" },
};

export function listingJsonLd(listing: ListingPage, heading: string, site: Site): unknown[] {
  const url = absoluteUrl(site, listing.url);
  const parent = PARENTS[listing.kind];
  const trail = [{ name: site.name, path: "/" }, ...(parent ? [parent] : []), { name: heading, path: listing.firstUrl }];
  return [
    {
      "@context": "https://schema.org",
      "@type": "CollectionPage",
      name: heading,
      url,
      isPartOf: { "@type": "WebSite", name: site.name, url: absoluteUrl(site, "/") },
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
