package org.zhengwen;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the caller knows about a page beyond its bytes. Immutable; start from {@link #none()}.
 *
 * @param contentType the HTTP {@code Content-Type} header the page was served with, if known; its
 *     {@code charset} parameter outranks the page's own {@code <meta>} (unless the bytes contradict
 *     it)
 * @param url the page's URL, used for the article's {@code url} when the page names none
 * @param kind what the input is; {@link InputKind#AUTO} lets the extractor decide
 */
public record PageHints(Optional<String> contentType, Optional<String> url, InputKind kind) {
  private static final PageHints NONE =
      new PageHints(Optional.empty(), Optional.empty(), InputKind.AUTO);

  /** Checks that no component is null. */
  public PageHints {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
  }

  /** No hints: detect everything from the content. */
  public static PageHints none() {
    return NONE;
  }

  /**
   * These hints with the given HTTP {@code Content-Type} header value.
   *
   * @param value the header value, or {@code null} for none (so a caller can pass a header that may
   *     be missing)
   */
  public PageHints withContentType(@Nullable String value) {
    return new PageHints(Optional.ofNullable(value), url, kind);
  }

  /**
   * These hints with the given page URL.
   *
   * @param value the URL, or {@code null} for none (so a caller can pass a URL that may be unknown)
   */
  public PageHints withUrl(@Nullable String value) {
    return new PageHints(contentType, Optional.ofNullable(value), kind);
  }

  /**
   * These hints with the given input kind.
   *
   * @param value the kind; not null ({@link InputKind#AUTO} lets the extractor decide)
   * @throws NullPointerException if {@code value} is null
   */
  public PageHints withKind(InputKind value) {
    return new PageHints(
        contentType, url, Objects.requireNonNull(value, "kind must not be null; AUTO detects it"));
  }
}
