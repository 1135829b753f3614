package org.zhengwen.bench;

import com.chimbori.crux.articles.Article;
import com.chimbori.crux.articles.ArticleExtractor;
import java.util.Locale;
import java.util.Optional;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extracted;
import org.zhengwen.Extractor;
import org.zhengwen.InputKind;
import org.zhengwen.PageHints;
import org.zhengwen.Rejected;

/**
 * The extractors compared. Every one gets the same page: the text zhengwen's {@code PageDecoder}
 * decoded from the bytes (only {@link #ZHENGWEN_BYTES} starts from the raw bytes, decoding included).
 * A page-text dump goes to zhengwen as {@link InputKind#TEXT} and to {@link #WHOLE_DUMP}; the HTML
 * extractors skip it (see {@link #accepts}), since they are built for markup, not for its text.
 */
public enum Peer {
  /** zhengwen on the decoded text: {@code Extractor.extractText}. */
  ZHENGWEN("zhengwen") {
    @Override
    Output run(Page page) {
      return fromZhengwen(Extractor.standard().extractText(page.decoded(), hints(page)));
    }
  },
  /** zhengwen on the raw bytes, its own decoding included: {@code Extractor.extract(byte[], …)}. */
  ZHENGWEN_BYTES("zhengwen(bytes)") {
    @Override
    Output run(Page page) {
      return fromZhengwen(Extractor.standard().extract(page.bytes(), hints(page)));
    }
  },
  /** boilerpipe 1.2 {@code ArticleExtractor} (nekohtml parser). */
  BOILERPIPE("boilerpipe") {
    @Override
    Output run(Page page) throws Exception {
      return Output.of(de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(page.decoded()), null);
    }
  },
  /** Readability4J 1.0.8, a port of Mozilla Readability.js. */
  READABILITY4J("readability4j") {
    @Override
    Output run(Page page) {
      net.dankito.readability4j.Article a = new Readability4J(page.urlOrDummy(), page.decoded()).parse();
      return Output.of(a.getTextContent(), a.getTitle());
    }
  },
  /** Crux 2.1.0: metadata and content extraction; the body is the article's document. */
  CRUX("crux") {
    @Override
    Output run(Page page) {
      Article a = ArticleExtractor.with(page.urlOrDummy(), page.decoded())
          .extractMetadata().extractContent().article();
      // Crux's document is a bare container of the kept nodes (no <html>/<body>); body() would
      // create an empty one, so take the text of the whole document.
      Document d = a.document;
      return Output.of(d == null ? null : d.text(), a.title);
    }
  },
  /** Baseline: all the text of the page's {@code <body>} as jsoup sees it; title from {@code <title>}. */
  JSOUP_TEXT("jsoup-text") {
    @Override
    Output run(Page page) {
      Document d = Jsoup.parse(page.decoded());
      return Output.of(d.body().text(), d.title());
    }
  },
  /** Baseline for text dumps: the whole dump kept as the body (no title), i.e. no extraction at all. */
  WHOLE_DUMP("whole-dump") {
    @Override
    Output run(Page page) {
      return Output.of(page.decoded(), null);
    }

    @Override
    boolean accepts(Page page) {
      return page.textDump();
    }
  };

  /** What an extractor returned for a page; {@code text} is empty when it gave nothing. */
  public record Output(String text, Optional<String> title, Optional<String> rejection) {
    static Output of(String text, String title) {
      return new Output(text == null ? "" : text, Optional.ofNullable(title), Optional.empty());
    }
  }

  /**
   * One corpus page as the extractors see it.
   *
   * @param decoded the page's text: decoded HTML, or the dump itself when {@code textDump}
   * @param textDump whether the page is a page-text dump rather than HTML
   */
  public record Page(String id, String dataset, String url, byte[] bytes, String decoded, boolean textDump) {
    /** The page URL, or a placeholder for extractors that insist on one. */
    public String urlOrDummy() {
      return url == null || url.isBlank() ? "http://example.com/" : url;
    }
  }

  private final String label;

  Peer(String label) {
    this.label = label;
  }

  /** The name shown in reports and accepted by {@code --only}. */
  public String label() {
    return label;
  }

  /** Runs this extractor on one page. May throw; callers count that as a failure. */
  abstract Output run(Page page) throws Exception;

  /**
   * Whether this extractor is run on the page at all: zhengwen takes both kinds of input, the
   * whole-dump baseline only text dumps, the others only HTML. A page not accepted is skipped, not
   * scored as empty.
   */
  boolean accepts(Page page) {
    return isZhengwen() || !page.textDump();
  }

  /** Whether this row is zhengwen itself (on decoded text or on bytes). */
  boolean isZhengwen() {
    return this == ZHENGWEN || this == ZHENGWEN_BYTES;
  }

  /** Finds a peer by its label (case-insensitive); {@code zhengwen-bytes} also names {@link #ZHENGWEN_BYTES}. */
  public static Peer byLabel(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (Peer p : values()) {
      if (p.label.equals(n) || p.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(n)) {
        return p;
      }
    }
    if (n.equals("readability")) {
      return READABILITY4J;
    }
    if (n.equals("jsoup")) {
      return JSOUP_TEXT;
    }
    throw new IllegalArgumentException("unknown extractor '" + name + "'; known: " + labels());
  }

  /** All labels, comma-separated. */
  public static String labels() {
    StringBuilder sb = new StringBuilder();
    for (Peer p : values()) {
      sb.append(sb.length() == 0 ? "" : ",").append(p.label);
    }
    return sb.toString();
  }

  private static PageHints hints(Page page) {
    PageHints h = page.textDump() ? PageHints.none().withKind(InputKind.TEXT) : PageHints.none();
    return page.url() == null ? h : h.withUrl(page.url());
  }

  private static Output fromZhengwen(ExtractionResult result) {
    if (result instanceof Extracted e) {
      return new Output(e.article().text(), e.article().title(), Optional.empty());
    }
    Rejected r = (Rejected) result;
    return new Output("", Optional.empty(), Optional.of(r.reason() + ": " + r.message()));
  }
}
