import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nunjucks from "nunjucks";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { nunjucksEnvironment } from "../../src/eleventy/nunjucks-environment.ts";

const environment = suite("nunjucksEnvironment");

async function templates(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "dateline-njk-"));
  await mkdir(join(dir, "macros"));
  // The macro file's top level calls a global, so each run of it is counted.
  await writeFile(join(dir, "macros", "shout.njk"), `{% set runs = countRun() %}{% macro shout(text) %}{{ text | upper }}!{% endmacro %}`);
  await writeFile(join(dir, "page.njk"), `{% from "macros/shout.njk" import shout %}{{ shout(headline) }} {{ headline }}`);
  await writeFile(join(dir, "with-context.njk"), `{% from "macros/shout.njk" import shout with context %}{{ shout(headline) }}`);
  return dir;
}

environment("a macro file runs once however many pages import it, and each page gets its own text", async () => {
  const env = nunjucksEnvironment(await templates());
  let runs = 0;
  env.addGlobal("countRun", () => ++runs);
  assert.is(env.render("page.njk", { headline: "port <reopens>" }), "PORT &lt;REOPENS&gt;! port &lt;reopens&gt;");
  assert.is(env.render("page.njk", { headline: "grain ship" }), "GRAIN SHIP! grain ship");
  assert.is(env.render("page.njk", { headline: "third" }), "THIRD! third");
  assert.is(runs, 1);
});

environment("an import `with context` still runs with each page's variables", async () => {
  const env = nunjucksEnvironment(await templates());
  let runs = 0;
  env.addGlobal("countRun", () => ++runs);
  assert.is(env.render("with-context.njk", { headline: "one" }), "ONE!");
  assert.is(env.render("with-context.njk", { headline: "two" }), "TWO!");
  assert.is(runs, 2);
});

environment("environments do not share cached macros", async () => {
  const first = nunjucksEnvironment(await templates());
  const second = nunjucksEnvironment(await templates());
  let runs = 0;
  first.addGlobal("countRun", () => ++runs);
  second.addGlobal("countRun", () => ++runs);
  first.render("page.njk", { headline: "a" });
  second.render("page.njk", { headline: "b" });
  assert.is(runs, 2);
});


environment("one source made into many Templates (Eleventy's paginated pages) is compiled once, and renders each page's data", async () => {
  const env = nunjucksEnvironment(await templates());
  env.addGlobal("countRun", () => 0);
  const compiler = (nunjucks as unknown as { compiler: { compile: (...args: unknown[]) => string } }).compiler;
  const compile = compiler.compile;
  let compiled = 0;
  compiler.compile = (...args: unknown[]) => {
    compiled++;
    return compile.apply(compiler, args);
  };
  try {
    const source = `{% from "macros/shout.njk" import shout %}<h1>{{ shout(headline) }}</h1>`;
    const pages = ["one", "two", "three"].map((headline) => new nunjucks.Template(source, env, "templates/article.njk").render({ headline }));
    assert.equal(pages, ["<h1>ONE!</h1>", "<h1>TWO!</h1>", "<h1>THREE!</h1>"]);
    // The page source once, and the macro file once (loaded through the environment).
    assert.is(compiled, 2);
    assert.is(new nunjucks.Template(`<p>{{ headline }}</p>`, env, "templates/other.njk").render({ headline: "four" }), "<p>four</p>");
    assert.is(compiled, 3);
  } finally {
    compiler.compile = compile;
  }
});

environment("variables are written as Nunjucks writes them: loop variables per loop, a set in a loop reaching the variable outside, a macro's own kept inside", async () => {
  const env = nunjucksEnvironment(await templates());
  const source = [
    `{% macro item(name, count) %}{% set total = -1 %}{{ name }}×{{ count }}{% endmacro %}`,
    `{% set total = 0 %}`,
    `{% for stop in stops %}{% set total = total + stop.count %}`,
    `{{ loop.index }}/{{ loop.length }} {{ item(stop.name, stop.count) }}[{% for letter in stop.name | list %}{% if loop.first %}{{ loop.revindex0 }}{% endif %}{% endfor %}]{% if not loop.last %}, {% endif %}`,
    `{% endfor %}; total {{ total }}{% if total > 3 %}{% set verdict = "busy" %}{% endif %} {{ verdict }}`,
  ].join("");
  const stops = [{ name: "Tyre", count: 2 }, { name: "Sidon", count: 3 }];
  // Twice: the second render meets names the first one wrote.
  for (let round = 0; round < 2; round++) {
    assert.is(new nunjucks.Template(source, env, "templates/stops.njk").render({ stops }), "1/2 Tyre×2[3], 2/2 Sidon×3[4]; total 5 busy");
  }
});

environment.run();
