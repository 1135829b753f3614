package org.zhengwen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.zhengwen.decode.DecodedPage;
import org.zhengwen.decode.PageDecoder;
import org.zhengwen.internal.Pipeline;
import org.zhengwen.internal.ReadOptions;

/**
 * A configured extractor: raw page bytes or text in, an {@link ExtractionResult} out.
 *
 * <p>Instances are immutable and thread-safe: build one and share it across threads. They hold no
 * mutable state, do no I/O other than reading a {@link Path} the caller passes, never touch the
 * network and never print.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.builder().maxInputBytes(16 << 20).build();
 * ExtractionResult result = extractor.extract(bytes, PageHints.none().withContentType("text/html; charset=gbk"));
 * if (result instanceof Extracted e) {
 *   System.out.println(e.article().title().orElse("(untitled)"));
 * }
 * }</pre>
 */
public final class Extractor {
  /** The default input size limit: 64 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 64L << 20;

  private final long maxInputBytes;
  private final Duration timeBudget;
  private final PageDecoder decoder;
  private final ReadOptions options;

  private Extractor(Builder b) {
    this.maxInputBytes = b.maxInputBytes;
    this.timeBudget = b.timeBudget;
    this.options = new ReadOptions(b.comments, b.links, b.figures);
    this.decoder = PageDecoder.standard();
  }

  /**
   * A builder with the defaults: 64 MiB input limit, no time budget, no comments, no links, no
   * figure captions.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** An extractor with the defaults. */
  public static Extractor standard() {
    return Holder.STANDARD;
  }

  /**
   * Extracts the article from raw page bytes (HTML in any encoding, or a page-text dump).
   *
   * @param page the bytes as served
   * @param hints what the caller knows about the page; {@link PageHints#none()} if nothing
   * @return the article, or a rejection with its reason; never null, never throws for bad input
   */
  public ExtractionResult extract(byte[] page, PageHints hints) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(hints, "hints");
    if (page.length > maxInputBytes) {
      return new Rejected(
          RejectionReason.TOO_LARGE,
          "input is " + page.length + " bytes, over the limit of " + maxInputBytes,
          Optional.empty());
    }
    try {
      Optional<Rejected> early = Pipeline.screenBytes(page);
      if (early.isPresent()) {
        return early.get();
      }
      DecodedPage decoded = decoder.decode(page, hints.contentType().orElse(null));
      return Pipeline.run(decoded, hints, deadline(), options);
    } catch (RuntimeException | StackOverflowError e) {
      return internalError(e);
    }
  }

  /**
   * Extracts the article from text the caller already decoded (HTML source or a page-text dump).
   *
   * @param text the page's text
   * @param hints what the caller knows about the page; its content type is ignored
   * @return the article, or a rejection with its reason
   */
  public ExtractionResult extractText(String text, PageHints hints) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(hints, "hints");
    if ((long) text.length() * 2 > maxInputBytes) {
      return new Rejected(
          RejectionReason.TOO_LARGE,
          "input is "
              + text.length()
              + " characters, over the limit of "
              + maxInputBytes
              + " bytes",
          Optional.empty());
    }
    try {
      return Pipeline.run(text, Optional.empty(), hints, deadline(), options);
    } catch (RuntimeException | StackOverflowError e) {
      return internalError(e);
    }
  }

  /**
   * Reads a file and extracts its article. The only file this library ever reads is the one passed.
   *
   * <p>Whatever the file holds, the outcome is a result, as for {@link #extract(byte[],
   * PageHints)}; only a file that cannot be read at all (missing, a folder, no permission) throws,
   * since that is the caller's file system failing, not a bad page. A file over the size limit is
   * {@link RejectionReason#TOO_LARGE} unread.
   *
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if the file cannot be read for any other reason
   */
  public ExtractionResult extract(Path file, PageHints hints) throws IOException {
    Objects.requireNonNull(file, "file");
    long size = Files.size(file);
    if (size > maxInputBytes) {
      return new Rejected(
          RejectionReason.TOO_LARGE,
          "file is " + size + " bytes, over the limit of " + maxInputBytes,
          Optional.empty());
    }
    return extract(Files.readAllBytes(file), hints);
  }

  private long deadline() {
    return timeBudget.isZero() ? Long.MAX_VALUE : System.nanoTime() + timeBudget.toNanos();
  }

  private static Rejected internalError(Throwable e) {
    if (e instanceof Pipeline.TimeBudgetExceeded t) {
      return new Rejected(
          RejectionReason.TIMEOUT, String.valueOf(t.getMessage()), Optional.empty());
    }
    return new Rejected(
        RejectionReason.INTERNAL_ERROR, "internal error (please report): " + e, Optional.empty());
  }

  /** Builds {@link Extractor}s. Not thread-safe; the extractors it builds are. */
  public static final class Builder {
    private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
    private Duration timeBudget = Duration.ZERO;
    private boolean comments;
    private boolean links;
    private boolean figures;

    private Builder() {}

    /**
     * Whether to return the readers' comments of an article page as {@link Article#comments()}
     * (author, date and text where the page gives them). They are removed from the body either way;
     * on a {@linkplain PageType#THREAD thread} every post is body text and there are no comments.
     * Off by default: reading them costs a little time on pages that have them.
     */
    public Builder comments(boolean read) {
      this.comments = read;
      return this;
    }

    /**
     * Whether the {@link BodyBlock.Paragraph}s of {@link Article#blocks()} carry their links as
     * {@link BodyBlock.Link} spans (absolute http(s) URLs only). Off by default: it costs a look at
     * each kept paragraph's anchors. Text and paragraphs are the same either way.
     */
    public Builder links(boolean read) {
      this.links = read;
      return this;
    }

    /**
     * Whether the captions and credits of the article's figures are kept as {@link
     * BodyBlock.Figure}s (the image's absolute http(s) URL, its alt text, the caption, and the
     * credit when the figure sets it apart). This takes a {@code <figcaption>}, and an element
     * named like a caption or credit, inside a {@code <figure>} that shows an {@code <img>} in the
     * article; figures outside the article stay out. Off by default, when they are removed as
     * {@link ChromeKind#CAPTION}: most readers' idea of an article's text leaves captions out. On,
     * the caption and credit are also among {@link Article#paragraphs()}, as every block's text is,
     * so the paragraphs, the text and the renderings change on pages with such figures.
     */
    public Builder figures(boolean read) {
      this.figures = read;
      return this;
    }

    /**
     * Inputs larger than this are rejected with {@link RejectionReason#TOO_LARGE} instead of
     * risking an {@link OutOfMemoryError}.
     *
     * @param bytes the limit, positive
     */
    public Builder maxInputBytes(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxInputBytes must be positive: " + bytes);
      }
      this.maxInputBytes = bytes;
      return this;
    }

    /**
     * A per-page time budget; a page that takes longer is rejected with {@link
     * RejectionReason#TIMEOUT}. {@link Duration#ZERO} (the default) means no budget.
     */
    public Builder timeBudget(Duration budget) {
      if (budget.isNegative()) {
        throw new IllegalArgumentException("timeBudget must not be negative: " + budget);
      }
      this.timeBudget = budget;
      return this;
    }

    /** A new immutable, thread-safe extractor with these settings. */
    public Extractor build() {
      return new Extractor(this);
    }
  }

  private static final class Holder {
    static final Extractor STANDARD = builder().build();
  }
}
