// The baseline's filters, as eleventy-base-blog writes them (plus the article's own zone).
import { DateTime } from "luxon";

export default function (eleventyConfig) {
  eleventyConfig.addFilter("readableDate", (dateObj, format, zone) => DateTime.fromJSDate(dateObj, { zone: zone || "utc" }).toFormat(format || "d LLLL yyyy"));
  eleventyConfig.addFilter("htmlDateString", (dateObj, zone) => DateTime.fromJSDate(dateObj, { zone: zone || "utc" }).toISO({ suppressMilliseconds: true }));
  eleventyConfig.addFilter("head", (array, n) => (!Array.isArray(array) || array.length === 0 ? [] : n < 0 ? array.slice(n) : array.slice(0, n)));
  eleventyConfig.addFilter("getKeys", (target) => Object.keys(target));
  // Collections that are not tags.
  eleventyConfig.addFilter("filterTagList", (tags) => (tags || []).filter((tag) => !["all", "articles", "sectionPages", "tagPages"].includes(tag)));
  eleventyConfig.addFilter("sectionName", (sections, slug) => sections.find((section) => section.slug === slug)?.name ?? slug);
}
