// `_headers` at the root of the output: security headers for static hosts that read the file.
export default {
  permalink: "/_headers",
  eleventyExcludeFromCollections: true,
};
