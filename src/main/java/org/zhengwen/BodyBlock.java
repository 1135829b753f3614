package org.zhengwen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One block of an article's body, typed by what it was in the page: {@link Heading}, {@link
 * Paragraph}, {@link ItemList}, {@link Table}, {@link Quote}, {@link Preformatted} or {@link
 * Figure}. {@link Article#blocks()} lists them in page order.
 *
 * <p>The blocks hold exactly the text of {@link Article#paragraphs()}, in the same order: every
 * paragraph belongs to one block, and {@link #paragraphs()} says which. Only a {@link Preformatted}
 * block's {@code text} differs from its paragraphs, in that it keeps the page's white space.
 * Page-text dumps, which have no markup, give only {@link Paragraph}s.
 */
public sealed interface BodyBlock {

  /**
   * The entries of {@link Article#paragraphs()} this block holds, in order: one for a heading or a
   * paragraph, one per list item paragraph, one per table row (cells joined by tabs), one per quote
   * paragraph, a figure's caption and credit, and a preformatted block's text with its white space
   * collapsed (one per line where the page broke them with {@code <br>}).
   */
  List<String> paragraphs();

  /**
   * A heading inside the body.
   *
   * @param level 1–6, as the page's {@code <h1>}–{@code <h6>}
   * @param text the heading's text
   */
  record Heading(int level, String text) implements BodyBlock {
    /** Checks the level and the text. */
    public Heading {
      if (level < 1 || level > 6) {
        throw new IllegalArgumentException("heading level must be 1 to 6, not " + level);
      }
      Objects.requireNonNull(text, "text");
    }

    @Override
    public List<String> paragraphs() {
      return List.of(text);
    }
  }

  /**
   * A paragraph of running text.
   *
   * @param text its text
   * @param links the links inside it, in order, not overlapping; empty unless the extractor was
   *     asked for them ({@link Extractor.Builder#links(boolean)})
   */
  record Paragraph(String text, List<Link> links) implements BodyBlock {
    /** Checks that every link lies inside the text, in order. */
    public Paragraph {
      Objects.requireNonNull(text, "text");
      links = List.copyOf(links);
      int end = 0;
      for (Link l : links) {
        if (l.start() < end || l.end() > text.length()) {
          throw new IllegalArgumentException("link " + l + " is not inside the text, in order");
        }
        end = l.end();
      }
    }

    /** A paragraph without links. */
    public Paragraph(String text) {
      this(text, List.of());
    }

    @Override
    public List<String> paragraphs() {
      return List.of(text);
    }
  }

  /**
   * A link inside a paragraph: {@code text.substring(start, end)} links to {@code url}.
   *
   * @param start where the linked text starts in the paragraph's text
   * @param end where it ends (exclusive), after {@code start}
   * @param url the link's absolute {@code http} or {@code https} URL, resolved against the page
   */
  record Link(int start, int end, String url) {
    /** Checks the span and the URL. */
    public Link {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException(
            "a link spans at least one character: " + start + ", " + end);
      }
      Objects.requireNonNull(url, "url");
    }
  }

  /**
   * A list ({@code <ul>} or {@code <ol>}).
   *
   * @param ordered whether its items are numbered
   * @param items the items in order, each its paragraphs (usually one)
   */
  record ItemList(boolean ordered, List<List<String>> items) implements BodyBlock {
    /** Copies the items. */
    public ItemList {
      items = items.stream().map(List::copyOf).toList();
    }

    @Override
    public List<String> paragraphs() {
      return items.stream().flatMap(List::stream).toList();
    }
  }

  /**
   * A data table.
   *
   * @param rows the rows in order, each its cells' text (cells without text are left out)
   * @param header whether the first row is a header row ({@code <th>} cells or {@code <thead>})
   */
  record Table(List<List<String>> rows, boolean header) implements BodyBlock {
    /** Copies the rows. */
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public List<String> paragraphs() {
      return rows.stream().map(cells -> String.join("\t", cells)).toList();
    }
  }

  /**
   * A block quote.
   *
   * @param paragraphs its paragraphs
   */
  record Quote(List<String> paragraphs) implements BodyBlock {
    /** Copies the paragraphs. */
    public Quote {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /**
   * Preformatted text or code ({@code <pre>}), its white space kept: indentation, runs of spaces,
   * line breaks.
   *
   * @param text the text, without blank lines before or after it
   * @param paragraphs the text as {@link Article#paragraphs()} holds it: usually one entry, the
   *     text with runs of white space collapsed in each line; one entry per line where the page
   *     broke its lines with {@code <br>}
   */
  record Preformatted(String text, List<String> paragraphs) implements BodyBlock {
    /** Checks the text and copies the paragraphs. */
    public Preformatted {
      Objects.requireNonNull(text, "text");
      paragraphs = List.copyOf(paragraphs);
    }

    /**
     * Preformatted text whose paragraph is the text with runs of white space collapsed per line.
     */
    public Preformatted(String text) {
      this(text, List.of(Bodies.collapseLines(text)));
    }
  }

  /**
   * An image with its caption ({@code <figure>} with {@code <img>} and {@code <figcaption>}).
   *
   * @param imageUrl the image's absolute {@code http} or {@code https} URL, when the page gave one
   * @param alt the image's alternative text, when the page gave one
   * @param caption the caption
   * @param credit who made the image, when the figure says so apart from the caption
   */
  record Figure(
      Optional<String> imageUrl, Optional<String> alt, String caption, Optional<String> credit)
      implements BodyBlock {
    /** Checks that no component is null. */
    public Figure {
      Objects.requireNonNull(imageUrl, "imageUrl");
      Objects.requireNonNull(alt, "alt");
      Objects.requireNonNull(caption, "caption");
      Objects.requireNonNull(credit, "credit");
    }

    @Override
    public List<String> paragraphs() {
      return credit.isPresent() ? List.of(caption, credit.get()) : List.of(caption);
    }
  }
}
