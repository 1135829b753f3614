package org.zhengwen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A clean news article: metadata and body paragraphs, with all portal chrome removed.
 *
 * <p>Immutable. Absent values are {@link Optional#empty()} or empty lists, never null. Metadata
 * lines (date, source, reporter, editor) are never among the {@link #paragraphs()}. To make one by
 * hand, use {@link #builder()} rather than the canonical constructor.
 *
 * <p>The body comes in two views of the same text: {@link #paragraphs()}, plain strings, and {@link
 * #blocks()}, typed blocks (headings, lists, tables, quotes, preformatted text, figures) whose
 * {@link BodyBlock#paragraphs()} are the paragraphs, in order. {@link #toMarkdown()}, {@link
 * #toHtml()} and {@link #toPlainText()} render the article from its blocks.
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
 * @param comments readers' comments below the article, in page order, when the extractor was asked
 *     for them ({@link Extractor.Builder#comments(boolean)}); otherwise empty
 * @param blocks the body as typed blocks in page order; their {@link BodyBlock#paragraphs()} are
 *     the {@code paragraphs}
 * @param description the page's own summary of the article (meta description, {@code
 *     og:description}, JSON-LD {@code description})
 * @param siteName the name of the site the page is on ({@code og:site_name}), which may differ from
 *     the {@code source} the story is credited to (a wire service, a partner paper)
 * @param image the lead image ({@code og:image}, Twitter card, JSON-LD {@code image}): an absolute
 *     {@code http} or {@code https} URL
 * @param tags keywords and tags the page declares ({@code article:tag}, {@code keywords}, JSON-LD
 *     {@code keywords}), in page order, without repeats
 * @param section the section or category the page files the article under ({@code article:section},
 *     JSON-LD {@code articleSection})
 * @param canonicalUrl the URL the page declares as its own ({@code <link rel=canonical>}, else
 *     {@code og:url}); unlike {@code url}, never the caller's
 * @param hostname the host of the canonical URL, else of the caller's URL, lower-case and without a
 *     leading {@code www.}
 * @param modified when the article was last changed, as the page states it, at the precision and
 *     with the offset the page gave
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
    List<Comment> comments,
    List<BodyBlock> blocks,
    Optional<String> description,
    Optional<String> siteName,
    Optional<String> image,
    List<String> tags,
    Optional<String> section,
    Optional<String> canonicalUrl,
    Optional<String> hostname,
    Optional<PublishedDate> modified) {

  /**
   * Checks that no component is null and copies the lists. The extractor keeps {@code blocks} and
   * {@code paragraphs} in step; this constructor does not compare them.
   */
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
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(image, "image");
    tags = List.copyOf(tags);
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(hostname, "hostname");
    Objects.requireNonNull(modified, "modified");
  }

  /**
   * A builder for an article made by hand (a test, an adapter, an article read back from JSON):
   * every field starts absent or empty, the page type {@link PageType#ARTICLE}. The extractor makes
   * its articles itself.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** This article's fields in a new builder, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title.orElse(null);
    b.subtitle = subtitle.orElse(null);
    b.published = published.orElse(null);
    b.source = source.orElse(null);
    b.authors = authors;
    b.editor = editor.orElse(null);
    b.url = url.orElse(null);
    b.language = language.orElse(null);
    b.encoding = encoding.orElse(null);
    b.paragraphs = paragraphs;
    b.pageType = pageType;
    b.comments = comments;
    b.blocks = blocks;
    b.description = description.orElse(null);
    b.siteName = siteName.orElse(null);
    b.image = image.orElse(null);
    b.tags = tags;
    b.section = section.orElse(null);
    b.canonicalUrl = canonicalUrl.orElse(null);
    b.hostname = hostname.orElse(null);
    b.modified = modified.orElse(null);
    return b;
  }

  /**
   * Builds {@link Article}s by field name. A {@code null} argument means the field is absent. Not
   * thread-safe.
   */
  public static final class Builder {
    private @Nullable String title;
    private @Nullable String subtitle;
    private @Nullable PublishedDate published;
    private @Nullable String source;
    private List<String> authors = List.of();
    private @Nullable String editor;
    private @Nullable String url;
    private @Nullable String language;
    private @Nullable Encoding encoding;
    private List<String> paragraphs = List.of();
    private PageType pageType = PageType.ARTICLE;
    private List<Comment> comments = List.of();
    private List<BodyBlock> blocks = List.of();
    private @Nullable String description;
    private @Nullable String siteName;
    private @Nullable String image;
    private List<String> tags = List.of();
    private @Nullable String section;
    private @Nullable String canonicalUrl;
    private @Nullable String hostname;
    private @Nullable PublishedDate modified;

    private Builder() {}

    /** The headline. */
    public Builder title(@Nullable String value) {
      title = value;
      return this;
    }

    /** The deck under the headline. */
    public Builder subtitle(@Nullable String value) {
      subtitle = value;
      return this;
    }

    /** When it was published. */
    public Builder published(@Nullable PublishedDate value) {
      published = value;
      return this;
    }

    /** The outlet it is credited to. */
    public Builder source(@Nullable String value) {
      source = value;
      return this;
    }

    /** Reporters and other bylines, in page order. */
    public Builder authors(List<String> value) {
      authors = List.copyOf(value);
      return this;
    }

    /** The responsible editor. */
    public Builder editor(@Nullable String value) {
      editor = value;
      return this;
    }

    /** The article's own URL. */
    public Builder url(@Nullable String value) {
      url = value;
      return this;
    }

    /** A BCP-47 language tag. */
    public Builder language(@Nullable String value) {
      language = value;
      return this;
    }

    /** How the bytes were decoded. */
    public Builder encoding(@Nullable Encoding value) {
      encoding = value;
      return this;
    }

    /** The body, in order, as paragraphs; the blocks become one paragraph block each. */
    public Builder paragraphs(List<String> value) {
      paragraphs = List.copyOf(value);
      blocks = List.copyOf(Bodies.ofParagraphs(paragraphs));
      return this;
    }

    /** The body, in order, as typed blocks; the paragraphs become the ones the blocks hold. */
    public Builder blocks(List<BodyBlock> value) {
      blocks = List.copyOf(value);
      paragraphs = List.copyOf(Bodies.paragraphsOf(blocks));
      return this;
    }

    /** What kind of page it was read from. */
    public Builder pageType(PageType value) {
      pageType = Objects.requireNonNull(value, "pageType");
      return this;
    }

    /** Readers' comments, in page order. */
    public Builder comments(List<Comment> value) {
      comments = List.copyOf(value);
      return this;
    }

    /** The page's own summary of the article. */
    public Builder description(@Nullable String value) {
      description = value;
      return this;
    }

    /** The name of the site the page is on. */
    public Builder siteName(@Nullable String value) {
      siteName = value;
      return this;
    }

    /** The lead image's absolute http(s) URL. */
    public Builder image(@Nullable String value) {
      image = value;
      return this;
    }

    /** Keywords and tags, in page order. */
    public Builder tags(List<String> value) {
      tags = List.copyOf(value);
      return this;
    }

    /** The section or category. */
    public Builder section(@Nullable String value) {
      section = value;
      return this;
    }

    /** The URL the page declares as its own. */
    public Builder canonicalUrl(@Nullable String value) {
      canonicalUrl = value;
      return this;
    }

    /** The host of the article's URL, lower-case, without a leading {@code www.}. */
    public Builder hostname(@Nullable String value) {
      hostname = value;
      return this;
    }

    /** When the article was last changed. */
    public Builder modified(@Nullable PublishedDate value) {
      modified = value;
      return this;
    }

    /** A new immutable article with these fields. */
    public Article build() {
      return new Article(
          Optional.ofNullable(title),
          Optional.ofNullable(subtitle),
          Optional.ofNullable(published),
          Optional.ofNullable(source),
          authors,
          Optional.ofNullable(editor),
          Optional.ofNullable(url),
          Optional.ofNullable(language),
          Optional.ofNullable(encoding),
          paragraphs,
          pageType,
          comments,
          blocks,
          Optional.ofNullable(description),
          Optional.ofNullable(siteName),
          Optional.ofNullable(image),
          tags,
          Optional.ofNullable(section),
          Optional.ofNullable(canonicalUrl),
          Optional.ofNullable(hostname),
          Optional.ofNullable(modified));
    }
  }

  /** The body as one string, paragraphs separated by {@code '\n'}. */
  public String text() {
    return String.join("\n", paragraphs);
  }

  /**
   * The article as Markdown (CommonMark; tables as GitHub-flavoured pipe tables): the title as a
   * level-1 heading, the subtitle as a paragraph, then the body blocks. Text is escaped so that a
   * CommonMark parser reads back exactly the article's text; images keep only http(s) URLs. {@link
   * #comments()}, when there are any, follow under a {@code ## Comments} heading, each its author
   * and date, then its text as a block quote.
   */
  public String toMarkdown() {
    return org.zhengwen.internal.render.MarkdownWriter.write(this);
  }

  /**
   * The article as an HTML fragment ({@code <article>…</article>}) that is safe to embed: every
   * text is escaped, the only URLs are absolute {@code http}/{@code https} image sources, and no
   * attribute of the page is carried over. {@link #comments()}, when there are any, close it in a
   * {@code <section class="comments">} under an {@code <h2>Comments</h2>}, each comment an {@code
   * <article>} with its author and {@code <time>} in a {@code <footer>}.
   */
  public String toHtml() {
    return org.zhengwen.internal.render.HtmlWriter.write(this);
  }

  /**
   * The article as plain text: the title, the subtitle, then the body blocks separated by blank
   * lines, list items marked {@code -} or numbered, table cells separated by tabs. {@link
   * #comments()}, when there are any, follow under the line {@code Comments}, each its author and
   * date on one line, then its text.
   */
  public String toPlainText() {
    return org.zhengwen.internal.render.TextWriter.write(this);
  }
}
