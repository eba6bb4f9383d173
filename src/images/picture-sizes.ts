// `sizes` for each place a picture is shown: how wide it is drawn at each viewport width, so
// the browser picks the smallest file that is sharp enough. Derived from templates/assets/site.css
// (keep them in step): `main` is at most 64rem with 1rem padding each side.
export const PICTURE_SIZES = {
  /** Lead and inline figures fill the article column, `--measure: 38rem`. */
  article: "(min-width: 40rem) 38rem, calc(100vw - 2rem)",
  /** The front page's lead story, `.lead-story`: at most 48rem. */
  front: "(min-width: 50rem) 48rem, calc(100vw - 2rem)",
  /**
   * Thumbnails in `.story-list`, a grid of columns at least 17rem wide with 1.5rem gaps: three
   * columns (about 20rem) from a 56rem viewport, two from 37.5rem, else one.
   */
  story: "(min-width: 56rem) 20rem, (min-width: 37.5rem) calc(50vw - 1.75rem), calc(100vw - 2rem)",
  /** Thumbnails on the credits pages, `.credit-photo__picture`: 8rem. */
  credit: "8rem",
} as const;
