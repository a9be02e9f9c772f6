import { describe, expect, it } from 'vitest';
import { convertHugo, convertLiquid, convertZola, type TemplateContext } from '../../../src/import/template-code';

const context: TemplateContext = {
  resolve: (reference) =>
    ({
      'queue-depth': '/2021/05/queue-depth/',
      'post_url:2017-01-20-backpressure': '/2017/01/20/backpressure.html',
      'about.md': '/about/',
    })[reference],
  origin: 'https://old.example',
};

describe('convertHugo', () => {
  it('turns highlight into a fenced block', () => {
    const { body, converted } = convertHugo(
      '{{< highlight go "linenos=table" >}}\nfunc a() {}\n{{< /highlight >}}',
      context,
    );
    expect(body).toBe('```go\nfunc a() {}\n```');
    expect(converted).toBe(1);
  });

  it('turns figure into an image with a caption', () => {
    expect(convertHugo('{{< figure src="/img/a.png" alt="A chart" caption="Load over a day" >}}', context).body).toBe(
      '![A chart](/img/a.png "Load over a day")',
    );
  });

  it('turns a site’s own image shortcode (img, image) into an image too, its other arguments dropped', () => {
    const { body, converted } = convertHugo(
      '{{% img src="/media/usbkey.jpg" class="half right" alt="A key" %}}',
      context,
    );
    expect(body).toBe('![A key](/media/usbkey.jpg)');
    expect(converted).toBe(1);
  });

  it('turns ref and relref into the old address, which link rewriting then maps', () => {
    expect(
      convertHugo('[next]({{< ref "queue-depth" >}}) and [me]({{% relref "about.md" %}})', {
        ...context,
        resolve: (reference) => context.resolve(reference) ?? (reference === 'about.md' ? '/about/' : undefined),
      }).body,
    ).toBe('[next](/2021/05/queue-depth/) and [me](/about/)');
  });

  it('turns youtube into an embedded player', () => {
    expect(convertHugo('{{< youtube id="abc_123" >}}', context).body).toContain(
      'src="https://www.youtube-nocookie.com/embed/abc_123"',
    );
  });

  it('leaves other shortcodes, and a ref to nothing, visible and reported', () => {
    const { body, left } = convertHugo('{{< gist user 1 >}} [x]({{< ref "missing" >}})', context);
    expect(body).toBe('{{< gist user 1 >}} [x]({{< ref "missing" >}})');
    expect(left).toEqual(['{{< gist user 1 >}}', '{{< ref "missing" >}}']);
  });

  it('unescapes a shortcode written to be shown', () => {
    const { body, left } = convertHugo('`{{</* youtube x */>}}`', context);
    expect(body).toBe('`{{< youtube x >}}`');
    expect(left).toEqual([]);
  });
});

describe('convertLiquid', () => {
  it('turns highlight into a fence and keeps raw blocks as text', () => {
    const { body, left } = convertLiquid(
      '{% highlight rust %}\nlet a = {{ b }};\n{% endhighlight %}\n{% raw %}{{ page.title }}{% endraw %}',
      context,
    );
    expect(body).toBe('```rust\nlet a = {{ b }};\n```\n{{ page.title }}');
    expect(left).toEqual([]);
  });

  it('resolves post_url and link to old addresses, and drops site.baseurl', () => {
    expect(
      convertLiquid('[a]({{ site.baseurl }}{% post_url 2017-01-20-backpressure %}) [b]({% link about.md %})', context)
        .body,
    ).toBe('[a](/2017/01/20/backpressure.html) [b](/about/)');
  });

  it('reads relative_url and absolute_url', () => {
    expect(
      convertLiquid(`![x]({{ "/img/a.png" | relative_url }}) {{ 'files/b.pdf' | absolute_url }}`, context).body,
    ).toBe('![x](/img/a.png) /files/b.pdf');
  });

  it('leaves includes and other tags visible and reported', () => {
    const { body, left } = convertLiquid('{% include note.html %} {{ page.date | date: "%Y" }}', context);
    expect(body).toBe('{% include note.html %} {{ page.date | date: "%Y" }}');
    expect(left).toEqual(['{% include note.html %}', '{{ page.date | date: "%Y" }}']);
  });
});

describe('convertZola', () => {
  it('makes an image shortcode a Markdown image with its caption, its path read from content/', () => {
    const { body, converted, left } = convertZola(
      '{{ figure(image="posts/2021/bandwidth/chart.png", link="posts/2021/bandwidth/chart.png", width=357, alt="Daily bytes", caption="The last 30 days") }}\n' +
        '{{ img(src=\'/images/a b.png\', alt="A \\"quoted\\" word") }}',
    );
    expect(body).toBe(
      '![Daily bytes](/posts/2021/bandwidth/chart.png "The last 30 days")\n![A "quoted" word](</images/a b.png>)',
    );
    expect(converted).toBe(2);
    expect(left).toEqual([]);
  });

  it('embeds a YouTube video, and reports other shortcodes and code samples without changing them', () => {
    const text =
      '{{ youtube(id="dQw4w9WgXcQ") }}\n{{ video(video="a.mp4") }}\n{% aside(title="Why?") %}\nHi\n{% end %}\n\n```\n{{ figure(image="x.png") }}\n```\n';
    const { body, converted, left } = convertZola(text);
    expect(body).toContain('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(body).toContain('{{ video(video="a.mp4") }}\n{% aside(title="Why?") %}');
    expect(body).toContain('```\n{{ figure(image="x.png") }}\n```');
    expect(converted).toBe(1);
    expect(left).toEqual(['{{ video(video="a.mp4") }}', '{% aside(title="Why?") %}']);
  });
});
