// A ninjs story's pictures as a page shows them: which association is the lead, which rendition
// is the `src`, and the caption, alt text and credit each figure carries. Rows imitate AP's picture
// associations (descriptions with role "caption"/"creditline", IPTC `ap_image.json`), TT's
// (`tt_text_image_2.json`: renditions with widths and watermarked previews), Superdesk's
// (`ninjs1.json`…: `featuremedia`, `baseImage`/`viewImage`, `body_text` as alt text) and BBC's
// (`bbc-ninjs-comp-test.json`: associations with `id`) in ../shared/corpus/ninjs/.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { ArticleInput, FigureInput } from "../../src/model/types.ts";
import { article, fields } from "./ninjs-item.ts";

const figures = (input: ArticleInput): FigureInput[] => input.body.flatMap((block) => (block.type === "figure" ? [block.figure] : []));
const story = (extra: Record<string, unknown>) => ({ uri: "urn:newsml:example.com:20240312:ferry", type: "text", headline: "Ferry crews walk out", body_html: "<p>Crews stopped work at dawn.</p>", ...extra });
const jpeg = (href: string, width?: number, extra: Record<string, unknown> = {}) => ({ href, mimetype: "image/jpeg", ...(width ? { width } : {}), ...extra });
/** A credited, captioned picture association as AP sends one. */
const photo = (renditions: unknown, extra: Record<string, unknown> = {}) => ({ type: "picture", byline: "Ana Ferreira", description_text: "Commuters wait at the terminal.", renditions, ...extra });

// ---------------------------------------------------------------------------------------------

const src = suite("the rendition a page uses as src");

src("the widest rendition up to 2048 px; else the narrowest; every rendition kept", () => {
  // [why, widths in the provider's order, the src's width]
  const cases: [string, number[], number][] = [
    ["AP: 4000 master, 1400 web, 200 thumb", [4000, 1400, 200], 1400],
    ["exactly 2048 is still a web size", [1024, 2048, 4096], 2048],
    ["2049 is a print size", [2049, 1024], 1024],
    ["TT: only print masters", [4724, 3000], 3000],
  ];
  for (const [why, widths, width] of cases) {
    const renditions = Object.fromEntries(widths.map((w) => [`w${w}`, jpeg(`https://img.example.com/ferry-${w}.jpg`, w)]));
    const { input } = article(story({ associations: { featureimage: photo(renditions) } }));
    assert.is(input.lead!.src, `https://img.example.com/ferry-${width}.jpg`, why);
    assert.is(input.lead!.width, width, why);
    assert.is(input.lead!.renditions!.length, widths.length, why);
  }
});

src("of two renditions of the same width, the first the provider lists", () => {
  const web = [jpeg("https://img.example.com/ferry-web.jpg", 1024), jpeg("https://img.example.com/ferry-web.webp", 1024, { mimetype: "image/webp" })];
  assert.is(article(story({ associations: [{ name: "a001", ...photo(web) }] })).input.lead!.src, "https://img.example.com/ferry-web.jpg");
  const masters = [jpeg("https://img.example.com/ferry-master.jpg", 4000), jpeg("https://img.example.com/ferry-master.tif", 4000, { mimetype: "image/tiff" })];
  assert.is(article(story({ associations: [{ name: "a001", ...photo(masters) }] })).input.lead!.src, "https://img.example.com/ferry-master.jpg");
});

src("TT's watermarked previews are never the src while a clean one is offered; alone, they are", () => {
  // The watermark is named in the rendition's name, title, format or variant.
  for (const label of [{ name: "WatermarkPreview" }, { title: "Preview with watermark" }, { format: "Watermark" }, { variant: "watermarked" }]) {
    const renditions = [
      { name: "Normal", ...jpeg("https://bild.tt.example.se/a001_Normal.jpg", 800) },
      { name: "Preview", ...jpeg("https://bild.tt.example.se/a001_Watermark.jpg", 1024), ...label },
    ];
    assert.is(article(story({ associations: [{ name: "a001", ...photo(renditions) }] })).input.lead!.src, "https://bild.tt.example.se/a001_Normal.jpg", JSON.stringify(label));
  }
  const only = [{ name: "WatermarkPreview", ...jpeg("https://bild.tt.example.se/a001_Watermark.jpg", 1024) }];
  assert.is(article(story({ associations: [{ name: "a001", ...photo(only) }] })).input.lead!.src, "https://bild.tt.example.se/a001_Watermark.jpg");
});

src("without widths, Superdesk's and AP's rendition names in order of preference, any case; else the first", () => {
  // [names in the provider's order, the one used]
  const cases: [string[], string][] = [
    [["thumbnail", "preview"], "preview"],
    [["thumbnail", "preview", "original"], "original"],
    [["preview", "original", "main"], "main"],
    [["main", "viewImage"], "viewImage"],
    [["viewImage", "thumbnail", "baseImage"], "baseImage"],
    [["thumb", "large"], "thumb"],
  ];
  for (const [names, used] of cases) {
    const renditions = Object.fromEntries(names.map((name) => [name, jpeg(`https://cdn.example.com/p1-${name}.jpg`)]));
    assert.is(article(story({ associations: { featuremedia: photo(renditions) } })).input.lead!.src, `https://cdn.example.com/p1-${used}.jpg`, names.join(", "));
  }
});

src("a rendition keeps only the sizes and media type it really gives, spelt as any branch spells them", () => {
  const renditions = [
    { name: "web", href: " https://img.example.com/a.jpg ", mimetype: "image/jpeg", width: 1024, height: 683 },
    { name: "square", href: "https://img.example.com/b.jpg", contenttype: "image/jpeg", width: 0, height: "600" },
    { name: "thumb", href: "https://img.example.com/c.jpg", mimetype: " ", contentType: "IMAGE/PNG", width: 255.6 },
    { name: "raw", href: "https://img.example.com/d.jpg" },
  ];
  const { input } = article(story({ associations: [{ name: "a001", ...photo(renditions) }] }));
  assert.equal(input.lead!.renditions, [
    { href: "https://img.example.com/a.jpg", width: 1024, height: 683, mimetype: "image/jpeg" },
    { href: "https://img.example.com/b.jpg", mimetype: "image/jpeg" },
    { href: "https://img.example.com/c.jpg", width: 256, mimetype: "IMAGE/PNG" },
    { href: "https://img.example.com/d.jpg" },
  ]);
  assert.is(input.lead!.src, "https://img.example.com/a.jpg");
  assert.is(input.lead!.height, 683);
});

src("AP's caption XML and renditions without a file are no picture files; wrong shapes are reported", () => {
  const { input, problems } = article(
    story({
      associations: [
        {
          name: "a001",
          ...photo([
            { name: "caption", href: "https://api.example/caption.xml", mimetype: "application/xml" },
            "https://img.example.com/loose.jpg",
            { name: "nofile", mimetype: "image/jpeg" },
            { name: "numeric", href: 42, mimetype: "image/jpeg" },
            { name: "blank", href: "  ", mimetype: "image/jpeg" },
            jpeg("https://img.example.com/ferry.jpg", 800),
          ]),
        },
        { name: "a002", ...photo("https://img.example.com/other.jpg") },
        { name: "a003", ...photo(null), byline: "P" },
      ],
    }),
  );
  assert.equal(input.lead!.renditions, [{ href: "https://img.example.com/ferry.jpg", width: 800, mimetype: "image/jpeg" }]);
  assert.equal(fields(problems), ["associations[name=a001].renditions[1]", "associations[name=a002].renditions", "associations[name=a002]", "associations[name=a003]"]);
  assert.match(problems[0]!.message, /^must be an object with an "href", not the text/);
  assert.match(problems[1]!.message, /^must be an object keyed by name \(1\.x\) or an array/);
  assert.match(problems[2]!.message, /^is a picture without a rendition that has an href/);
  assert.match(problems[3]!.message, /^is a picture without a rendition that has an href/);
});

src.run();

// ---------------------------------------------------------------------------------------------

const which = suite("which associations are pictures, and which is the lead");

which("a named main picture is the lead wherever it stands, whatever its case; else the first picture", () => {
  for (const name of ["featuremedia", "featureimage", "featuredimage", "featuredmedia", "mainpic", "mainpicture", "LeadImage"]) {
    const { input } = article(
      story({
        associations: {
          editor_0: photo({ web: jpeg("https://img.example.com/inline.jpg", 800) }),
          [name]: photo({ web: jpeg("https://img.example.com/main.jpg", 800) }),
        },
      }),
    );
    assert.is(input.lead!.field, `associations.${name}`, name);
    assert.equal(figures(input).map((figure) => figure.field), ["associations.editor_0"], name);
    assert.is(input.fieldNames.lead, `associations.${name}`, name);
  }
  const { input } = article(story({ associations: { gallery_1: photo({ web: jpeg("https://img.example.com/1.jpg", 800) }), gallery_2: photo({ web: jpeg("https://img.example.com/2.jpg", 800) }) } }));
  assert.is(input.lead!.field, "associations.gallery_1");
  assert.equal(figures(input).map((figure) => figure.field), ["associations.gallery_2"]);
});

which("2.x associations are named by name, BBC's by id, else by their place", () => {
  const { input, problems } = article(
    story({
      associations: [
        { name: "  ", id: "featureimage", ...photo({ web: jpeg("https://img.example.com/bbc.jpg", 800) }) },
        { name: " a002 ", ...photo({ web: jpeg("https://img.example.com/a002.jpg", 800) }) },
        photo({ web: jpeg("https://img.example.com/unnamed.jpg", 800) }),
        "urn:picture:4",
      ],
    }),
  );
  assert.is(input.lead!.field, "associations[name=featureimage]");
  assert.equal(figures(input).map((figure) => figure.field), ["associations[name=a002]", "associations[2]"]);
  assert.equal(fields(problems), ["associations[3]"]);
  assert.match(problems[0]!.message, /^must be a ninjs object, not the text "urn:picture:4"/);
  const bbc = article(story({ associations: [{ id: "logo-1", ...photo({ web: jpeg("https://img.example.com/bbc.jpg", 800) }) }] })).input;
  assert.is(bbc.lead!.field, "associations[id=logo-1]");
});

which("1.x: Superdesk's removed association (null) says nothing; anything else that is no object is reported", () => {
  const { input, problems } = article(story({ associations: { editor_0: null, editor_1: "urn:picture:1", featuremedia: photo({ web: jpeg("https://img.example.com/main.jpg", 800) }) } }));
  assert.is(input.lead!.field, "associations.featuremedia");
  assert.equal(fields(problems), ["associations.editor_1"]);
  assert.match(problems[0]!.message, /^must be a ninjs object, not the text/);
  const wrong = article(story({ associations: "featuremedia" }));
  assert.equal(fields(wrong.problems), ["associations"]);
});

which("pictures and graphics are shown; other types are named; without a type, image renditions decide", () => {
  // [why, the association, shown?, the warning]
  const cases: [string, Record<string, unknown>, boolean, RegExp | undefined][] = [
    ["Picture in capitals", photo({ web: jpeg("https://img.example.com/p.jpg", 800) }, { type: "Picture" }), true, undefined],
    ["a graphic", photo({ web: jpeg("https://img.example.com/g.png", 800, { mimetype: "image/png" }) }, { type: "graphic" }), true, undefined],
    ["audio", photo({ mp3: { href: "https://media.example.com/a.mp3", mimetype: "audio/mpeg" } }, { type: "audio" }), false, /^a "audio" association is not shown/],
    ["no type, an image rendition beside an unknown one", photo({ raw: { href: "https://img.example.com/p" }, web: jpeg("https://img.example.com/p.jpg", 800) }, { type: undefined }), true, undefined],
    ["no type, only files of unknown type", photo({ raw: { href: "https://img.example.com/p" } }, { type: undefined }), false, /^has no "type" and no image renditions/],
    ["a picture type, a file of unknown type", photo({ raw: { href: "https://img.example.com/p" } }), true, undefined],
  ];
  for (const [why, association, shown, warning] of cases) {
    const { input, problems } = article(story({ associations: { featuremedia: association } }));
    assert.is(input.lead !== undefined, shown, why);
    assert.equal(fields(problems), warning ? ["associations.featuremedia"] : [], why);
    if (warning) assert.match(problems[0]!.message, warning, why);
  }
});

which.run();

// ---------------------------------------------------------------------------------------------

const texts = suite("a picture's caption, alt text and credit");

texts("alt text from an alt description of any usual role, beside AP's caption", () => {
  for (const role of ["alt", "alttext", "alt_text", "alt-text", "alternative", "alternativetext", "ALT"]) {
    const { input } = article(
      story({
        associations: [
          {
            name: "a001",
            type: "picture",
            by: "Ana Ferreira",
            descriptions: [
              { role: "caption", value: "Commuters wait at the Cais do Sodré terminal on Tuesday." },
              { role, value: "A crowd on a pier beside a moored ferry." },
            ],
            renditions: [jpeg("https://img.example.com/p.jpg", 800)],
          },
        ],
      }),
    );
    assert.is(input.lead!.alt, "A crowd on a pier beside a moored ferry.", role);
    assert.is(input.lead!.caption, "Commuters wait at the Cais do Sodré terminal on Tuesday.", role);
  }
});

texts("the credit line first, whatever its role; then by/byline; then the copyright holder", () => {
  // [why, the association's own fields, credit, creator]
  const cases: [string, Record<string, unknown>, string, string | undefined][] = [
    ["AP: creditline", { by: "Armando Franca", descriptions: [{ role: "creditline", value: "AP Photo/Armando Franca" }] }, "AP Photo/Armando Franca", "Armando Franca"],
    ["credit", { by: "Armando Franca", descriptions: [{ role: "credit", value: "AP Photo/Armando Franca" }] }, "AP Photo/Armando Franca", "Armando Franca"],
    ["credit_line", { by: "Armando Franca", descriptions: [{ role: "credit_line", value: "AP Photo/Armando Franca" }] }, "AP Photo/Armando Franca", "Armando Franca"],
    ["an HTML credit line loses its markup", { descriptions: [{ role: "creditline", contenttype: "text/html", value: "<i>AP Photo/Armando Franca</i>" }] }, "AP Photo/Armando Franca", undefined],
    ["1.x byline", { byline: "Ana Ferreira" }, "Ana Ferreira", "Ana Ferreira"],
    ["2.x by", { by: "Per Ek/TT" }, "Per Ek/TT", "Per Ek/TT"],
    ["1.x copyrightholder", { copyrightholder: "The Associated Press" }, "The Associated Press", undefined],
    ["3.x copyrightHolder", { copyrightHolder: "Example Newswire" }, "Example Newswire", undefined],
  ];
  for (const [why, own, credit, creator] of cases) {
    const { input } = article(story({ associations: [{ name: "a001", type: "picture", description_text: "Commuters wait at the terminal.", renditions: [jpeg("https://img.example.com/p.jpg", 800)], ...own }] }));
    assert.is(input.lead?.credit, credit, why);
    assert.is(input.lead?.creator, creator, why);
    // A credit line is no caption.
    assert.is(input.lead?.caption, "Commuters wait at the terminal.", why);
  }
});

texts("a wrong value inside an association is named by its path from the item", () => {
  const { input, problems } = article(
    story({
      associations: [
        { name: "a001", type: "picture", byline: 7, copyrightholder: "TT", descriptions: ["Commuters wait.", { role: "caption", value: "Commuters wait at the terminal." }], renditions: [jpeg("https://img.example.com/1.jpg", 800)] },
        { name: "a002", type: "picture", by: "Per Ek/TT", descriptions: "Commuters wait.", description_text: 42, alt_text: "A pier.", renditions: [jpeg("https://img.example.com/2.jpg", 800)] },
      ],
    }),
  );
  assert.equal(fields(problems), [
    "associations[name=a001].descriptions[0]",
    "associations[name=a001].byline",
    "associations[name=a002].descriptions",
    "associations[name=a002].description_text",
  ]);
  assert.is(input.lead!.credit, "TT");
  assert.is(input.lead!.caption, "Commuters wait at the terminal.");
});

texts("the copyright notice, as 1.x and 3.x spell it, goes with the figure", () => {
  for (const key of ["copyrightnotice", "copyrightNotice"]) {
    const { input } = article(story({ associations: { featureimage: photo({ web: jpeg("https://img.example.com/p.jpg", 800) }, { [key]: "Copyright 2024 The Associated Press. All rights reserved." }) } }));
    assert.is(input.lead!.copyrightNotice, "Copyright 2024 The Associated Press. All rights reserved.", key);
  }
});

texts("captions: AP's caption role, else a plain description, else an HTML one; never the alt text or credit", () => {
  const lead = (descriptions: unknown[], extra: Record<string, unknown> = {}) =>
    article(story({ associations: [{ name: "a001", type: "picture", by: "Ana Ferreira", descriptions, renditions: [jpeg("https://img.example.com/p.jpg", 800)], ...extra }] })).input.lead;
  assert.is(lead([{ value: "A general description." }, { role: "caption", value: "The caption." }])!.caption, "The caption.");
  assert.is(lead([{ contenttype: "text/html", value: "<p>The <b>HTML</b> one.</p>" }, { contenttype: "text/plain", value: "The plain one." }])!.caption, "The plain one.");
  assert.is(lead([{ contenttype: "text/html", value: "<p>The <b>HTML</b> one.</p>" }])!.caption, "The HTML one.");
  // A role-less description is the caption, and is not also the alt text.
  const plain = lead([{ value: "Commuters wait." }])!;
  assert.is(plain.caption, "Commuters wait.");
  assert.is(plain.alt, undefined);
  // Only an alt text and a credit line: no caption, and the alt text makes the picture usable.
  const altOnly = lead([{ role: "alt", value: "A crowd on a pier." }, { role: "creditline", value: "AP Photo/Armando Franca" }])!;
  assert.is(altOnly.caption, undefined);
  assert.is(altOnly.alt, "A crowd on a pier.");
  assert.is(altOnly.credit, "AP Photo/Armando Franca");
});

texts("Superdesk's alt text: alt_text first, then body_text", () => {
  const { input } = article(story({ associations: { featuremedia: photo({ web: jpeg("https://img.example.com/p.jpg", 800) }, { alt_text: "Two people shaking hands.", body_text: "Body text." }) } }));
  assert.is(input.lead!.alt, "Two people shaking hands.");
});

texts("a picture's headline is its alt text only when nothing else describes it, and it is no file name", () => {
  const bare = (extra: Record<string, unknown>) => article(story({ associations: [{ name: "a001", type: "picture", byline: "Ana Ferreira", renditions: [jpeg("https://img.example.com/p.jpg", 800)], ...extra }] }));
  // [why, the picture's own fields, alt text (undefined: left out)]
  const cases: [string, Record<string, unknown>, string | undefined][] = [
    ["1.x headline", { headline: "Costa Concordia cruise ship" }, "Costa Concordia cruise ship"],
    ["2.x headlines[]", { headlines: [{ role: "main", value: "Costa Concordia cruise ship" }] }, "Costa Concordia cruise ship"],
    ["an HTML headline of no words, then a real one", { headlines: [{ contenttype: "text/html", value: "<b></b>" }, { value: "Costa Concordia" }] }, "Costa Concordia"],
    ["a camera's file name", { headline: "IMG_2041.JPG" }, undefined],
    ["a file name with dashes and dots", { headline: "ferry-terminal.lisbon.webp" }, undefined],
    ["a title that ends like one but has spaces", { headline: "Lisbon ferry terminal.jpg" }, "Lisbon ferry terminal.jpg"],
  ];
  for (const [why, own, alt] of cases) {
    const { input, problems } = bare(own);
    assert.is(input.lead?.alt, alt, why);
    if (alt) assert.match(problems[0]!.message, /^is the only text that says what the picture shows/, why);
  }
  // With a caption the headline stays a headline.
  const captioned = bare({ headline: "Costa Concordia cruise ship", description_text: "The wreck off Giglio." });
  assert.is(captioned.input.lead!.alt, undefined);
  assert.equal(captioned.problems, []);
});

texts.run();

// ---------------------------------------------------------------------------------------------

const usable = suite("pictures a page cannot show are left out");

usable("a remote picture needs a credit and a description; a local one keeps its chance; a body picture is the body's", () => {
  // [why, the association, kept?, the warning's start]
  const cases: [string, Record<string, unknown>, boolean, RegExp | undefined][] = [
    ["credited and captioned", photo({ web: jpeg("https://img.example.com/p.jpg", 800) }), true, undefined],
    ["no credit, remote", photo({ web: jpeg("https://img.example.com/p.jpg", 800) }, { byline: undefined }), false, /^has no credit/],
    ["no credit, a local file", photo({ web: jpeg("media/ferry.jpg", 800) }, { byline: undefined }), true, undefined],
    ["credited, nothing describes it", photo({ web: jpeg("https://img.example.com/p.jpg", 800) }, { description_text: undefined }), false, /^has no alt text, caption or headline/],
    ["credited, alt text only", photo({ web: jpeg("https://img.example.com/p.jpg", 800) }, { description_text: undefined, alt_text: "A crowd on a pier." }), true, undefined],
  ];
  for (const [why, association, kept, warning] of cases) {
    const { input, problems } = article(story({ associations: { featureimage: association } }));
    assert.is(input.lead !== undefined, kept, why);
    assert.equal(fields(problems), warning ? ["associations.featureimage"] : [], why);
    if (warning) assert.match(problems[0]!.message, warning, why);
  }
  // An uncredited <img> of the body's own is the model's to judge.
  const { input, problems } = article(story({ body_html: '<p>Crews stopped work.</p><figure><img src="https://img.example.com/inline.jpg" alt="A ferry"></figure>' }));
  assert.equal(figures(input).map((figure) => figure.src), ["https://img.example.com/inline.jpg"]);
  assert.equal(problems, []);
});

usable("with the lead left out, the next usable picture is the lead and the rest keep their places", () => {
  const { input, problems } = article(
    story({
      body_html: '<p>Crews stopped work.</p><figure><img src="https://img.example.com/logo.jpg" alt="Logo"></figure><p>Buses filled.</p>',
      associations: {
        featureimage: photo({ web: jpeg("https://img.example.com/logo.jpg", 400) }, { byline: undefined }),
        gallery_1: photo({ web: jpeg("https://img.example.com/g1.jpg", 800) }),
        gallery_2: photo({ web: jpeg("https://img.example.com/g2.jpg", 800) }),
      },
    }),
  );
  assert.is(input.lead!.field, "associations.gallery_1");
  assert.equal(
    input.body.map((block) => (block.type === "figure" ? block.figure.field : block.type)),
    ["paragraph", "paragraph", "associations.gallery_2"],
  );
  assert.equal(fields(problems), ["associations.featureimage"]);
});

usable.run();

// ---------------------------------------------------------------------------------------------

const placed = suite("pictures the body shows itself");

placed("the association's caption, alt text and credit win; the body's <img alt> and <figcaption> fill the gaps", () => {
  const body = '<p>Before.</p><figure><img src="https://img.example.com/inline.jpg" alt="Alt from the body"><figcaption>Caption from the body</figcaption></figure><p>After.</p>';
  const own = (extra: Record<string, unknown>) =>
    figures(article(story({ body_html: body, associations: { featureimage: photo({ web: jpeg("https://img.example.com/lead.jpg", 800) }), inline: { type: "picture", byline: "Inline Shooter", renditions: { web: jpeg("https://img.example.com/inline.jpg", 640) }, ...extra } } })).input)[0]!;
  const full = own({ alt_text: "Alt from the association", description_text: "Caption from the association" });
  assert.equal([full.alt, full.caption, full.credit], ["Alt from the association", "Caption from the association", "Inline Shooter"]);
  const bare = own({});
  assert.equal([bare.alt, bare.caption, bare.credit], ["Alt from the body", "Caption from the body", "Inline Shooter"]);
});

placed("the same picture twice in the body: the association takes the first place, the second stays as the body has it", () => {
  const img = '<figure><img src="https://img.example.com/inline.jpg" alt="A ferry"></figure>';
  const { input } = article(story({ body_html: `<p>One.</p>${img}<p>Two.</p>${img}`, associations: { featureimage: photo({ web: jpeg("https://img.example.com/lead.jpg", 800) }), inline: photo({ web: jpeg("https://img.example.com/inline.jpg", 640) }) } }));
  assert.equal(
    figures(input).map((figure) => [figure.field, figure.caption]),
    [
      ["associations.inline", "Commuters wait at the terminal."],
      ["body_html", undefined],
    ],
  );
});

placed("the lead's copy in the body is dropped, with its place", () => {
  const { input } = article(story({ body_html: '<figure><img src="https://img.example.com/lead.jpg" alt="A ferry"></figure><p>Crews stopped work.</p>', associations: { featureimage: photo({ web: jpeg("https://img.example.com/lead.jpg", 800) }) } }));
  assert.equal(input.body, [{ type: "paragraph", html: "Crews stopped work." }]);
  assert.is(input.lead!.alt, "A ferry");
});

placed.run();

// ---------------------------------------------------------------------------------------------

const https = suite("pictures given at http://");

https("every http:// address is loaded over https://, one warning per association or body, naming how many", () => {
  const { input, problems } = article(
    story({
      body_html: '<p>Crews stopped work.</p><figure><img src="http://img.example.com/a.jpg" alt="A"></figure><figure><img src="HTTP://img.example.com/b.jpg" alt="B"></figure><figure><img src="https://img.example.com/c.jpg" alt="C"></figure><figure><img src="http://img.example.com/g1.jpg" alt="G1"></figure>',
      associations: {
        featureimage: photo({ web: jpeg("http://img.example.com/lead-1024.jpg", 1024), thumb: jpeg("http://img.example.com/lead-200.jpg", 200) }),
        gallery_1: photo({ web: jpeg("http://img.example.com/g1.jpg", 800) }),
        gallery_2: photo({ web: jpeg("https://img.example.com/g2.jpg", 800) }),
      },
    }),
  );
  assert.equal(figures(input).map((figure) => figure.src), ["https://img.example.com/a.jpg", "https://img.example.com/b.jpg", "https://img.example.com/c.jpg", "https://img.example.com/g1.jpg", "https://img.example.com/g2.jpg"]);
  assert.equal(input.lead!.renditions!.map((rendition) => rendition.href), ["https://img.example.com/lead-1024.jpg", "https://img.example.com/lead-200.jpg"]);
  // The body's copy of gallery_1 is reported with its association, not counted with the body's own.
  assert.equal(fields(problems), ["body_html", "associations.featureimage.renditions", "associations.gallery_1.renditions"]);
  assert.match(problems[0]!.message, "(2 addresses such as http://img.example.com/a.jpg)");
  assert.match(problems[1]!.message, "(2 addresses such as http://img.example.com/lead-1024.jpg)");
  assert.match(problems[2]!.message, "(http://img.example.com/g1.jpg)");
});

https.run();
