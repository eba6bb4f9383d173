import { suite } from "uvu";
import * as assert from "uvu/assert";
import { replaceTemplateTags } from "../../src/sources/template-tags.ts";

const tags = suite("replaceTemplateTags");

tags("Hugo's highlight shortcode becomes a fenced code block", () => {
  const result = replaceTemplateTags('Intro.\n\n{{< highlight html >}}\n<p>x</p>\n{{< /highlight >}}\n');
  assert.is(result.markdown, "Intro.\n\n```html\n<p>x</p>\n```\n");
  assert.equal(result.removed, []);
});

tags("Jekyll's highlight tag too", () => {
  assert.is(replaceTemplateTags("{% highlight ruby %}\nputs 1\n{% endhighlight %}").markdown, "```ruby\nputs 1\n```");
});

tags("Hugo's figure shortcode becomes an image alone in its paragraph, attr as the credit", () => {
  const result = replaceTemplateTags('{{< figure src="boats.jpg" alt="Boats at anchor" caption="The harbour at dawn." attr="Jane Doe/AFP" class="wide" >}}');
  assert.is(result.markdown.trim(), '![Boats at anchor](<boats.jpg> "The harbour at dawn. [Jane Doe/AFP]")');
});

tags("other shortcodes and Liquid tags are left out and named; raw is unwrapped silently", () => {
  const result = replaceTemplateTags("a {{< youtube abc >}} b {{% notice %}}Careful{{% /notice %}}\n{% raw %}{{ kept }}{% endraw %} {% include share.html %}");
  assert.is(result.markdown, "a  b Careful\n{{ kept }} ");
  assert.equal(result.removed, ["{{< youtube >}}", "{{% notice %}}", "{% include %}"]);
});

tags("tags inside code blocks and code spans are examples, left as typed", () => {
  const text = "Write `{{< youtube id >}}` to embed.\n\n```\n{{< figure src=\"x.jpg\" >}}\n{% include a.html %}\n```\n\n~~~\n{{< x >}}\n~~~";
  const result = replaceTemplateTags(text);
  assert.is(result.markdown, text);
  assert.equal(result.removed, []);
});

tags("text with no tags is returned as it is", () => {
  const text = "Prices rose {between} 3% and 5% -- {{ not a tag } and 50% off.";
  assert.is(replaceTemplateTags(text).markdown, text);
});

tags.run();

// Shortcodes and Liquid tags as Hugo's and Jekyll's documentation write them, in the spacing
// and fence styles real posts use.
const more = suite("replaceTemplateTags: Hugo's and Jekyll's documented forms");

more("highlight with a language that has symbols, with options, or with none", () => {
  assert.is(replaceTemplateTags('{{< highlight c++ "linenos=table,hl_lines=2" >}}\nint main() {}\n{{< /highlight >}}').markdown, "```c++\nint main() {}\n```");
  assert.is(replaceTemplateTags("{{< highlight >}}\nplain\n{{< /highlight >}}").markdown, "```\nplain\n```");
  assert.equal(replaceTemplateTags("{{< highlight go >}}\nx\n{{< /highlight >}}").rewritten, ["{{< highlight >}}"]);
});

more("shortcodes written without spaces are tags too", () => {
  const result = replaceTemplateTags("Before {{<youtube abc123>}} after");
  assert.is(result.markdown, "Before  after");
  assert.equal(result.removed, ["{{< youtube >}}"]);
});

more("figure: title as the caption, quotes escaped, brackets out of the alt text, nothing made up", () => {
  const result = replaceTemplateTags(`{{< figure src="quay.jpg" alt="[Boats] at anchor" title='The "Belle" at dawn' >}}`);
  assert.is(result.markdown.trim(), '![Boats at anchor](<quay.jpg> "The &quot;Belle&quot; at dawn")');
  assert.equal(result.rewritten, ["{{< figure >}}"]);
  assert.is(replaceTemplateTags('{{< figure src="quay.jpg" >}}').markdown.trim(), "![](<quay.jpg>)");
  assert.is(replaceTemplateTags('{{< figure src="quay.jpg" caption="Boats." >}}').markdown.trim(), '![](<quay.jpg> "Boats.")');
});

more("Jekyll's figure tag is no Hugo figure: left out and named", () => {
  const result = replaceTemplateTags('{% figure caption:"Boats" %}![x](x.jpg){% endfigure %}');
  assert.is(result.markdown, "![x](x.jpg)");
  assert.equal(result.removed, ["{% figure %}"]);
  assert.equal(result.rewritten, []);
});

more("a fence closes only with its own marker, as long or longer; tags after it are tags again", () => {
  const text = "````\n```\n{{< x >}}\n~~~\n````\n{{< youtube abc >}}\nEnd.";
  const result = replaceTemplateTags(text);
  assert.is(result.markdown, "````\n```\n{{< x >}}\n~~~\n````\n\nEnd.");
  assert.equal(result.removed, ["{{< youtube >}}"]);
});

more("backticks inside a sentence open no fence; double-backtick code spans are left as typed", () => {
  const result = replaceTemplateTags("Wrap code in ``` fences. {{< youtube abc >}}\nWrite ``{{< youtube id >}}`` to embed.");
  assert.is(result.markdown, "Wrap code in ``` fences. \nWrite ``{{< youtube id >}}`` to embed.");
  assert.equal(result.removed, ["{{< youtube >}}"]);
});

more.run();

const paragraphs = suite("replaceTemplateTags: a figure between lines of text");

paragraphs("a figure shortcode typed straight under a line of text still stands in its own paragraph", () => {
  assert.is(replaceTemplateTags('Crowds gathered.\n{{< figure src="lanterns.jpg" alt="Lanterns" >}}\nThen it rained.').markdown, "Crowds gathered.\n\n\n![Lanterns](<lanterns.jpg>)\n\n\nThen it rained.");
});

paragraphs.run();
