package org.zhengwen.internal.blocks;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Metadata a page states outside its visible text (HTML {@code <head>}, JSON-LD, {@code <time>}).
 * Text dumps have none. Values are raw page strings; the assembler normalises them.
 *
 * @param titles title candidates, best first (og:title, JSON-LD headline, h1, {@code <title>} with
 *     the site-name suffix stripped)
 * @param published raw date-time strings, best first (article:published_time, JSON-LD
 *     datePublished, {@code <time>})
 * @param authors author names from meta tags or JSON-LD
 * @param source the outlet / site name, if the page names one
 * @param url the canonical URL (link rel=canonical, og:url)
 * @param language the declared language ({@code <html lang>}, content-language)
 * @param articleBody JSON-LD articleBody, when the page provides one
 * @param schemaTypes schema.org types the page declares (JSON-LD {@code @type}, microdata {@code
 *     itemtype}), lower-case, without the vocabulary URL ({@code newsarticle}, {@code
 *     discussionforumposting})
 * @param generator the software the page says made it ({@code <meta name=generator>}), if any
 * @param details what else the page says of itself: description, site name, image, tags, section,
 *     modified date
 */
public record PageMetadata(
    List<String> titles,
    List<String> published,
    List<String> authors,
    Optional<String> source,
    Optional<String> url,
    Optional<String> language,
    Optional<String> articleBody,
    Set<String> schemaTypes,
    Optional<String> generator,
    Details details) {

  /** Copies the collections. */
  public PageMetadata {
    titles = List.copyOf(titles);
    published = List.copyOf(published);
    authors = List.copyOf(authors);
    schemaTypes = Set.copyOf(schemaTypes);
  }

  /** Metadata without {@link Details}. */
  public PageMetadata(
      List<String> titles,
      List<String> published,
      List<String> authors,
      Optional<String> source,
      Optional<String> url,
      Optional<String> language,
      Optional<String> articleBody,
      Set<String> schemaTypes,
      Optional<String> generator) {
    this(
        titles,
        published,
        authors,
        source,
        url,
        language,
        articleBody,
        schemaTypes,
        generator,
        Details.NONE);
  }

  /**
   * What a page says of itself beyond what the body's reading needs; raw page strings.
   *
   * @param description the page's summary (meta description, og:description, JSON-LD description)
   * @param siteName the site's name (og:site_name, application-name)
   * @param image the lead image's URL as written, resolved against the page's base when relative
   * @param tags keywords and tags (article:tag, keywords, JSON-LD keywords), in page order
   * @param section the section or category (article:section, JSON-LD articleSection)
   * @param modified raw date-time strings of the last change, best first
   */
  public record Details(
      Optional<String> description,
      Optional<String> siteName,
      Optional<String> image,
      List<String> tags,
      Optional<String> section,
      List<String> modified) {
    /** Nothing stated. */
    public static final Details NONE =
        new Details(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            List.of());

    /** Copies the lists. */
    public Details {
      tags = List.copyOf(tags);
      modified = List.copyOf(modified);
    }
  }

  /** No metadata: the case for text dumps. */
  public static PageMetadata empty() {
    return new PageMetadata(
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Set.of(),
        Optional.empty());
  }
}
