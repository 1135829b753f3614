package org.zhengwen.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.zhengwen.Article;
import org.zhengwen.Encoding;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.InputKind;
import org.zhengwen.Rejected;
import org.zhengwen.RemovedBlock;
import org.zhengwen.decode.PageDecoder;

/**
 * The explain view: one self-contained HTML file showing why a page came out as it did. The
 * metadata found and the decision trail at the top, then every block in reading order, kept ones
 * plain, removed ones dimmed with their reason and detail, the chosen region (first to last kept
 * paragraph) outlined.
 *
 * <p>Safe to open: the page is never copied as markup. Every piece of page text goes in as a text
 * node (jsoup escapes it), the file has no script and no remote resource, and a
 * Content-Security-Policy forbids both should anything slip through.
 */
final class ExplainView {
  /** No scripts, no fetches of any kind; only the inline style sheet. */
  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'";

  private static final String STYLE =
      """
      body{font:15px/1.6 system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:24px auto;padding:0 16px;max-width:60em;color:#111;background:#fff}
      h1{font-size:20px;margin:0 0 4px} h2{font-size:16px;margin:24px 0 8px;border-bottom:1px solid #ddd}
      .input{color:#555;margin:0;word-break:break-all}
      table{border-collapse:collapse} td,th{padding:2px 12px 2px 0;text-align:left;vertical-align:top}
      th{color:#555;font-weight:normal;white-space:nowrap}
      .block{margin:6px 0;padding:6px 10px;white-space:pre-wrap;word-break:break-word}
      .removed{opacity:.6;background:#f2f2f2;border-left:4px solid #c66;color:#444}
      .why{display:block;font:12px/1.4 ui-monospace,monospace;color:#a33;white-space:normal}
      .region{outline:3px solid #2a8;outline-offset:4px;margin:14px 0;padding:2px 0}
      .region-label{font:12px ui-monospace,monospace;color:#2a8}
      .rejected{background:#fee;border:1px solid #c66;padding:8px}
      .legend{color:#555;font-size:13px}
      """;

  private ExplainView() {}

  /** The view of one page, as HTML text; {@code bytes} are the page as given to the extractor. */
  static String render(String input, byte[] bytes, ExtractionResult result) {
    Document doc = Document.createShell("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
    head(doc, input);
    Element body = doc.body();
    body.appendElement("h1").text("zhengwen explain");
    body.appendElement("p").addClass("input").text(input);
    if (result instanceof Extracted e) {
      metadata(body, e.article());
      trail(body, e);
      blocks(body, pageText(bytes, e.inputKind()), e);
    } else if (result instanceof Rejected r) {
      body.appendElement("h2").text("No article");
      body.appendElement("p")
          .addClass("rejected")
          .attr("data-reason", r.reason().name())
          .text(r.reason().name() + ": " + r.message());
    }
    return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
  }

  private static void head(Document doc, String input) {
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
    head.appendElement("title").text("zhengwen explain: " + input);
    head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
  }

  private static void metadata(Element body, Article a) {
    body.appendElement("h2").text("Metadata found");
    Element table = body.appendElement("table").id("metadata");
    row(table, "title", a.title());
    row(table, "subtitle", a.subtitle());
    row(table, "published", a.published().map(Object::toString));
    row(table, "source", a.source());
    row(
        table,
        "authors",
        a.authors().isEmpty() ? Optional.empty() : Optional.of(String.join(", ", a.authors())));
    row(table, "editor", a.editor());
    row(table, "url", a.url());
    row(table, "language", a.language());
    row(table, "encoding", a.encoding().map(ExplainView::encoding));
  }

  private static void row(Element table, String name, Optional<String> value) {
    Element tr = table.appendElement("tr");
    tr.appendElement("th").text(name);
    tr.appendElement("td").text(value.orElse("—"));
  }

  private static String encoding(Encoding e) {
    return e.name()
        + " (chosen by "
        + e.source()
        + e.declared().map(d -> ", declared " + d).orElse("")
        + ")";
  }

  private static void trail(Element body, Extracted e) {
    body.appendElement("h2").text("Decision trail");
    Element list = body.appendElement("ul").id("trail");
    for (String line : trail(e)) {
      list.appendElement("li").text(line);
    }
  }

  /**
   * The decision trail: how the input was read, the page type and confidence, which view of the
   * page won and why ({@link Extracted#decisions()}), what was kept, and what was removed by
   * reason.
   */
  static List<String> trail(Extracted e) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "read as "
            + e.inputKind()
            + e.article().encoding().map(x -> ", " + encoding(x)).orElse(""));
    lines.add(
        "page type "
            + e.article().pageType().name().toLowerCase(java.util.Locale.ROOT)
            + ", confidence "
            + e.confidence());
    lines.addAll(e.decisions());
    int chars = e.article().paragraphs().stream().mapToInt(String::length).sum();
    lines.add("kept " + e.article().paragraphs().size() + " paragraphs (" + chars + " characters)");
    Map<String, Integer> byReason = new TreeMap<>();
    e.removed().forEach(r -> byReason.merge(r.reason().name(), 1, Integer::sum));
    lines.add(
        "removed " + e.removed().size() + " blocks" + (byReason.isEmpty() ? "" : ": " + byReason));
    return lines;
  }

  private static void blocks(Element body, String pageText, Extracted e) {
    body.appendElement("h2").text("Blocks in reading order");
    body.appendElement("p")
        .addClass("legend")
        .text(
            "Kept blocks are plain; removed blocks are dimmed with "
                + "their reason and the rule's detail; the outlined box is the chosen region, first to last kept block.");
    List<ReadingOrder.Block> blocks =
        ReadingOrder.of(pageText, e.article().paragraphs(), e.removed());
    int first = firstKept(blocks);
    int last = lastKept(blocks);
    Element container = body.appendElement("div").id("blocks");
    Element target = container;
    for (int i = 0; i < blocks.size(); i++) {
      if (i == first) {
        target = container.appendElement("div").addClass("region").id("region");
        target.appendElement("div").addClass("region-label").text("chosen region");
      }
      block(target, blocks.get(i));
      if (i == last) {
        target = container;
      }
    }
  }

  private static void block(Element parent, ReadingOrder.Block b) {
    Element div = parent.appendElement("div").addClass("block");
    RemovedBlock r = b.removed();
    if (r == null) {
      div.addClass("kept").text(b.text());
      return;
    }
    div.addClass("removed").attr("data-reason", r.reason().name());
    div.appendElement("span").addClass("why").text(r.reason().name() + " — " + r.detail());
    div.appendText(b.text());
  }

  private static int firstKept(List<ReadingOrder.Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).kept()) {
        return i;
      }
    }
    return -1;
  }

  private static int lastKept(List<ReadingOrder.Block> blocks) {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (blocks.get(i).kept()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The page's visible text, to find blocks in: the text itself for a dump, the DOM's text for
   * HTML.
   */
  private static String pageText(byte[] bytes, InputKind kind) {
    String text = PageDecoder.standard().decode(bytes).text();
    return kind == InputKind.TEXT
        ? text
        : Jsoup.parse(text).body().text(); // not <title>: it repeats the headline
  }
}
