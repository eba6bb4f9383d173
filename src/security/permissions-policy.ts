// The powerful browser features a news page never uses, denied to the page and anything it
// embeds, so a script that got in anyway cannot ask for them.
// Every name is one Chromium knows: it logs an unknown or retired one as a console error on
// every page (`interest-cohort`, the withdrawn FLoC, is one; `browsing-topics` replaced it).
const DENIED = [
  "accelerometer",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
] as const;

/** The Permissions-Policy header: `feature=()` is the structured-header way to allow no origin. */
export const PERMISSIONS_POLICY = DENIED.map((feature) => `${feature}=()`).join(", ");
