package org.zhengwen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clean news article: metadata and body paragraphs, with all portal chrome removed.
 *
 * <p>Immutable. Absent values are {@link Optional#empty()} or empty lists, never null. Metadata
 * lines (date, source, reporter, editor) are never among the {@link #paragraphs()}.
 *
 * @param title the headline
 * @param subtitle the deck under the headline (for example {@code ——记一位乡村教师的一天})
 * @param published when it was published, at the precision the page gave
 * @param source the outlet the article is credited to (from {@code 来源:} lines or a masthead)
 * @param authors reporters and other bylines, in page order
 * @param editor the responsible editor ({@code 责任编辑:…}, {@code 【编辑:…】})
 * @param url the article's own URL, when the page or the caller gives one
 * @param language a BCP-47 tag: {@code zh-Hans}, {@code zh-Hant}, {@code en}, …
 * @param encoding how the bytes were decoded, if the input was bytes
 * @param paragraphs the body, in order, trimmed; in-article headings are paragraphs too; on a
 *     {@linkplain PageType#THREAD thread}, the text of every post in order
 * @param pageType what kind of page it was read from
 * @param comments readers' comments below the article, in page order, when the extractor was asked for them
 *     ({@link Extractor.Builder#comments(boolean)}); otherwise empty
 */
public record Article(
    Optional<String> title,
    Optional<String> subtitle,
    Optional<PublishedDate> published,
    Optional<String> source,
    List<String> authors,
    Optional<String> editor,
    Optional<String> url,
    Optional<String> language,
    Optional<Encoding> encoding,
    List<String> paragraphs,
    PageType pageType,
    List<Comment> comments) {

  /** Checks that no component is null and copies the lists. */
  public Article {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(source, "source");
    authors = List.copyOf(authors);
    Objects.requireNonNull(editor, "editor");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(encoding, "encoding");
    paragraphs = List.copyOf(paragraphs);
    Objects.requireNonNull(pageType, "pageType");
    comments = List.copyOf(comments);
  }

  /** An article read from an {@linkplain PageType#ARTICLE article page}, without comments. */
  public Article(Optional<String> title, Optional<String> subtitle, Optional<PublishedDate> published,
      Optional<String> source, List<String> authors, Optional<String> editor, Optional<String> url,
      Optional<String> language, Optional<Encoding> encoding, List<String> paragraphs) {
    this(title, subtitle, published, source, authors, editor, url, language, encoding, paragraphs,
        PageType.ARTICLE, List.of());
  }

  /** The body as one string, paragraphs separated by {@code '\n'}. */
  public String text() {
    return String.join("\n", paragraphs);
  }
}
