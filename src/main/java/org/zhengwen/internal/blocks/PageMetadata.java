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
    Optional<String> generator) {

  /** Copies the collections. */
  public PageMetadata {
    titles = List.copyOf(titles);
    published = List.copyOf(published);
    authors = List.copyOf(authors);
    schemaTypes = Set.copyOf(schemaTypes);
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
