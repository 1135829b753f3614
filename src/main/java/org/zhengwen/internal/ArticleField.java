package org.zhengwen.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.zhengwen.Article;
import org.zhengwen.Encoding;

/**
 * The fields of an {@link Article} as JSON and golden files name them, in the order they are
 * written: the one list that the JSON writer ({@code ArticleJson}, and through its {@code
 * ARTICLE_FIELDS} the golden diff), the repair of the page's text and the tests' invariants go by,
 * so that a field added to {@link Article} is added here once. Comments are not among them: they
 * are written only when asked for and found.
 */
public enum ArticleField {
  TITLE("title", text(Article::title, Article.Builder::title)),
  SUBTITLE("subtitle", text(Article::subtitle, Article.Builder::subtitle)),
  PUBLISHED("published", value(a -> a.published().map(Object::toString))),
  MODIFIED("modified", value(a -> a.modified().map(Object::toString))),
  SOURCE("source", text(Article::source, Article.Builder::source)),
  AUTHORS("authors", texts(Article::authors, Article.Builder::authors)),
  EDITOR("editor", text(Article::editor, Article.Builder::editor)),
  URL("url", text(Article::url, Article.Builder::url)),
  CANONICAL_URL("canonical_url", text(Article::canonicalUrl, Article.Builder::canonicalUrl)),
  HOSTNAME("hostname", value(Article::hostname)),
  SITE_NAME("site_name", text(Article::siteName, Article.Builder::siteName)),
  DESCRIPTION("description", text(Article::description, Article.Builder::description)),
  IMAGE("image", text(Article::image, Article.Builder::image)),
  TAGS("tags", texts(Article::tags, Article.Builder::tags)),
  SECTION("section", text(Article::section, Article.Builder::section)),
  LANGUAGE("language", value(Article::language)),
  ENCODING("encoding", value(a -> a.encoding().map(Encoding::name))),
  PAGE_TYPE("page_type", value(a -> Optional.of(a.pageType().name().toLowerCase(Locale.ROOT)))),
  PARAGRAPHS("paragraphs", texts(Article::paragraphs, Article.Builder::paragraphs));

  private final String jsonName;
  private final Access access;

  ArticleField(String jsonName, Access access) {
    this.jsonName = jsonName;
    this.access = access;
  }

  /** The field's name in JSON and golden files. */
  public String jsonName() {
    return jsonName;
  }

  /** Whether the field is a list (a JSON array, {@code []} when empty). */
  public boolean isList() {
    return access.list();
  }

  /**
   * Whether the field holds text taken from the page or the caller (which may need repair), rather
   * than a value the library made (a date, a language tag, a charset name, a page type).
   */
  public boolean isPageText() {
    return access.set() != null;
  }

  /** The field's values as text: a list field's items; one item or none for the others. */
  public List<String> values(Article a) {
    return access.get().apply(a);
  }

  /** A single field's text, or {@code null} when absent; the first item of a list field. */
  public @Nullable String value(Article a) {
    List<String> values = values(a);
    return values.isEmpty() ? null : values.get(0);
  }

  /** The JSON names of all fields, in order. */
  public static List<String> jsonNames() {
    return Stream.of(values()).map(ArticleField::jsonName).toList();
  }

  /** Every text of the article's page-text fields, field by field. */
  public static Stream<String> pageTexts(Article a) {
    return Stream.of(values()).filter(ArticleField::isPageText).flatMap(f -> f.values(a).stream());
  }

  /** The article with {@code fix} applied to every text of its page-text fields. */
  public static Article mapPageTexts(Article a, UnaryOperator<String> fix) {
    Article.Builder b = a.toBuilder();
    for (ArticleField f : values()) {
      BiConsumer<Article.Builder, List<String>> set = f.access.set();
      if (set != null) {
        set.accept(b, f.values(a).stream().map(fix).toList());
      }
    }
    return b.build();
  }

  /** How a field is read and, for page text, written back. */
  private record Access(
      boolean list,
      Function<Article, List<String>> get,
      @Nullable BiConsumer<Article.Builder, List<String>> set) {}

  private static Access value(Function<Article, Optional<String>> get) {
    return new Access(false, a -> get.apply(a).stream().toList(), null);
  }

  private static Access text(
      Function<Article, Optional<String>> get, BiConsumer<Article.Builder, @Nullable String> set) {
    return new Access(
        false,
        a -> get.apply(a).stream().toList(),
        (b, values) -> set.accept(b, values.isEmpty() ? null : values.get(0)));
  }

  private static Access texts(
      Function<Article, List<String>> get, BiConsumer<Article.Builder, List<String>> set) {
    return new Access(true, get, set);
  }
}
