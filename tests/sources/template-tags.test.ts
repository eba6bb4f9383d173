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
