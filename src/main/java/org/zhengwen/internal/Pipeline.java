package org.zhengwen.internal;

import java.io.Reader;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.zhengwen.Article;
import org.zhengwen.Comment;
import org.zhengwen.Encoding;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.InputKind;
import org.zhengwen.PageHints;
import org.zhengwen.Rejected;
import org.zhengwen.RejectionReason;
import org.zhengwen.RemovedBlock;
import org.zhengwen.decode.ContentSniffer;
import org.zhengwen.decode.DecodedPage;
import org.zhengwen.internal.assemble.ArticleAssembler;
import org.zhengwen.internal.blocks.PageBlocks;
import org.zhengwen.internal.blocks.TextDumpBlocks;
import org.zhengwen.internal.dump.TextDumpRoad;
import org.zhengwen.internal.html.HtmlBlocks;
import org.zhengwen.internal.render.BodyTexts;
import org.zhengwen.internal.text.Texts;

/**
 * The pipeline after decoding: text → blocks (HTML or text dump, one block model) → classify and
 * assemble the article. Stateless; each call is independent.
 */
public final class Pipeline {
  /** Markup that makes a document HTML rather than a text dump, looked for near the start. */
  private static final Pattern HTML_MARKUP =
      Pattern.compile(
          "(?i)<(?:!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>]|meta\\s|title>|div[\\s>]|p>|p\\s|table[\\s>]|script[\\s>]|text\\s+id=)");

  private static final int SNIFF_CHARS = 8192;
  private static final int QUICK_SNIFF_CHARS = 512;

  private Pipeline() {}

  /** Thrown when a page exceeds its time budget; reported as {@link RejectionReason#TIMEOUT}. */
  public static final class TimeBudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A budget failure with its message. */
    public TimeBudgetExceeded(String message) {
      super(message);
    }
  }

  /** Rejects bytes that cannot hold an article (empty, whitespace, binary) before decoding. */
  public static Optional<Rejected> screenBytes(byte[] page) {
    if (isBlankBytes(page)) {
      return Optional.of(
          new Rejected(
              RejectionReason.EMPTY,
              page.length == 0 ? "the input is empty" : "the input is only whitespace",
              Optional.empty()));
    }
    return ContentSniffer.binaryKind(page)
        .map(
            kind ->
                new Rejected(
                    RejectionReason.BINARY, "the input is not text: " + kind, Optional.empty()));
  }

  /**
   * Runs blocks → classify → assemble on a decoded page. HTML is parsed straight from the page's
   * reader, so the page's text is never held whole beside the parsed document; text dumps are split
   * from the whole text.
   */
  public static ExtractionResult run(
      DecodedPage page, PageHints hints, long deadline, ReadOptions options) {
    // A short head settles nearly every page (markup starts at once); the full sniffing window the
    // rest.
    String rawHead = page.head(QUICK_SNIFF_CHARS);
    String head = withoutNul(page, rawHead);
    InputKind kind = hints.kind();
    if (kind == InputKind.AUTO) {
      kind = detectKind(head);
      if (kind != InputKind.HTML && rawHead.length() == QUICK_SNIFF_CHARS) {
        head = withoutNul(page, page.head(SNIFF_CHARS));
        kind = detectKind(head);
      }
    }
    if (kind != InputKind.HTML || Texts.isBlank(head)) {
      // Text dumps, and pages blank at the start, take the whole-text road with its checks.
      return run(page.text(), Optional.of(page.encoding()), hints, deadline, options);
    }
    // Script and style contents are never text, and they are half the bytes of a typical page.
    Reader source = page.readerWithoutScripts();
    Reader reader = page.mayHoldNul() ? new NulDroppingReader(source) : source;
    PageBlocks blocks = HtmlBlocks.parse(reader, hints.url(), options);
    // Without the whole text there is no cheap look for "&#", so the output is always checked.
    return withoutLoneSurrogates(
        assemble(blocks, kind, Optional.of(page.encoding()), hints, deadline, options));
  }

  /** Classifies and assembles the blocks, checking the time budget before and after. */
  private static ExtractionResult assemble(
      PageBlocks blocks,
      InputKind kind,
      Optional<Encoding> encoding,
      PageHints hints,
      long deadline,
      ReadOptions options) {
    checkDeadline(deadline);
    ExtractionResult result =
        kind == InputKind.HTML
            ? ArticleAssembler.assemble(blocks, kind, encoding, hints, options.figures())
            : TextDumpRoad.assemble(blocks, encoding, hints);
    checkDeadline(deadline);
    return result;
  }

  private static String withoutNul(DecodedPage page, String text) {
    return page.mayHoldNul() && text.indexOf('\0') >= 0 ? text.replace("\0", "") : text;
  }

  /** Runs blocks → classify → assemble on decoded text. */
  public static ExtractionResult run(
      String text,
      Optional<Encoding> encoding,
      PageHints hints,
      long deadline,
      ReadOptions options) {
    if (Texts.isBlank(text)) {
      return new Rejected(RejectionReason.EMPTY, "the input has no visible characters", encoding);
    }
    // NUL is never text; dropped before parsing so that trimming and blank checks see what remains.
    String page = text.indexOf('\0') >= 0 ? text.replace("\0", "") : text;
    InputKind kind = hints.kind() == InputKind.AUTO ? detectKind(page) : hints.kind();
    PageBlocks blocks =
        kind == InputKind.HTML
            ? HtmlBlocks.parse(page, hints.url(), options)
            : TextDumpBlocks.split(page);
    ExtractionResult result = assemble(blocks, kind, encoding, hints, deadline, options);
    // Decoders never produce a lone surrogate; only character references (&#xD800;) or the caller's
    // own
    // text can, so decoded pages without "&#" skip the scan of every output string.
    return encoding.isPresent() && !page.contains("&#") ? result : withoutLoneSurrogates(result);
  }

  /**
   * The result with every unpaired surrogate replaced by U+FFFD. They come from the caller's text
   * or from character references such as {@code &#xD800;}, which the HTML parser turns into lone
   * surrogates; a string holding one cannot be encoded (UTF-8 writers fail or write '?').
   */
  static ExtractionResult withoutLoneSurrogates(ExtractionResult result) {
    if (!(result instanceof Extracted e) || !hasLoneSurrogate(e)) {
      return result;
    }
    Article a = e.article();
    Article clean =
        ArticleField.mapPageTexts(a, Pipeline::repair).toBuilder()
            .comments(
                a.comments().stream()
                    .map(
                        c ->
                            new Comment(
                                c.author().map(Pipeline::repair), c.published(), repair(c.text())))
                    .toList())
            .blocks(BodyTexts.map(a.blocks(), Pipeline::repair))
            .build();
    List<RemovedBlock> removed =
        e.removed().stream()
            .map(r -> new RemovedBlock(r.reason(), repair(r.detail()), repair(r.text())))
            .toList();
    return new Extracted(clean, e.inputKind(), removed, e.confidence(), e.decisions());
  }

  private static boolean hasLoneSurrogate(Extracted e) {
    Article a = e.article();
    return Stream.of(
            ArticleField.pageTexts(a),
            a.blocks().stream().flatMap(BodyTexts::beyondParagraphs),
            a.comments().stream()
                .flatMap(c -> Stream.concat(c.author().stream(), Stream.of(c.text()))),
            e.removed().stream().flatMap(r -> Stream.of(r.detail(), r.text())))
        .flatMap(s -> s)
        .anyMatch(s -> repair(s) != s);
  }

  /**
   * The text with unpaired surrogates replaced by U+FFFD; the same instance when there are none.
   */
  static String repair(String s) {
    char[] out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        out = out != null ? out : s.toCharArray();
        out[i] = '\uFFFD';
      }
    }
    return out == null ? s : new String(out);
  }

  /** HTML when recognisable markup appears near the start; otherwise a text dump. */
  static InputKind detectKind(String text) {
    String head = text.length() > SNIFF_CHARS ? text.substring(0, SNIFF_CHARS) : text;
    return HTML_MARKUP.matcher(head).find() ? InputKind.HTML : InputKind.TEXT;
  }

  private static void checkDeadline(long deadline) {
    if (System.nanoTime() - deadline > 0 && deadline != Long.MAX_VALUE) {
      throw new TimeBudgetExceeded("extraction took longer than the time budget");
    }
  }

  private static boolean isBlankBytes(byte[] page) {
    for (byte b : page) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0b) {
        return false;
      }
    }
    return true;
  }
}
