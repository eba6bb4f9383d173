// Topics that reach articles' tags in more than one spelling, often in more than one script. Each
// key is the name the topic's page shows (at /tag/<its slug>/); its list holds the other spellings
// that mean the same topic. Each article keeps the tag as it wrote it (an Arabic story shows
// `لبنان`) and links to the one page. Case and accents are already ignored (`lebanon` is Lebanon),
// so only real variants need listing. (Not `tags.ts`: Eleventy reads every file here as site
// data, and a `tags` value would become every page's collection tags.)

export default {
  Lebanon: ["لبنان"],
  Shipping: ["شحن"],
} as Record<string, string[]>;
