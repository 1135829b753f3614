package org.zhengwen.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What is unsafe in an HTML output, read as a browser would (jsoup's HTML5 parser): an element the
 * writer never makes (script, iframe, style, a, …), any attribute but an image's {@code src} and
 * {@code alt} (and the comment section's own {@code class="comments"} and a {@code <time>}'s ISO
 * {@code datetime}), an {@code on…} attribute anywhere, or a URL that is not absolute http(s).
 */
final class HtmlSafety {
  private static final Set<String> ELEMENTS =
      Set.of(
          "html",
          "head",
          "body",
          "meta",
          "title",
          "article",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "p",
          "ul",
          "ol",
          "li",
          "table",
          "thead",
          "tbody",
          "tr",
          "th",
          "td",
          "blockquote",
          "pre",
          "figure",
          "img",
          "figcaption",
          "small",
          "a",
          "section",
          "footer",
          "time");

  private HtmlSafety() {}

  /** The problems found, empty when the output is safe. */
  static List<String> problems(String html) {
    List<String> problems = new ArrayList<>();
    Document doc = Jsoup.parse(html);
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      if (!tag.startsWith("#") && !ELEMENTS.contains(tag)) {
        problems.add("element " + tag);
      }
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        boolean allowed =
            tag.equals("img") && (key.equals("src") || key.equals("alt"))
                || tag.equals("a") && key.equals("href")
                || tag.equals("meta") && key.equals("charset")
                || tag.equals("section") && key.equals("class") && a.getValue().equals("comments")
                || tag.equals("time")
                    && key.equals("datetime")
                    && a.getValue().matches("\\d{4}-\\d\\d-\\d\\d(T[\\d:]+)?");
        if (!allowed || key.startsWith("on")) {
          problems.add("attribute " + key + " on " + tag);
        }
        if ((key.equals("src") || key.equals("href"))
            && !a.getValue().matches("(?i)https?://[^\\s]+")) {
          problems.add("URL " + a.getValue());
        }
      }
    }
    return problems;
  }
}
