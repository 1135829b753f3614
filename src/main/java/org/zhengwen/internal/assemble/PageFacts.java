package org.zhengwen.internal.assemble;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.zhengwen.Article;
import org.zhengwen.PageHints;
import org.zhengwen.PublishedDate;
import org.zhengwen.internal.blocks.PageMetadata;
import org.zhengwen.internal.classify.NotNames;
import org.zhengwen.internal.text.DateTimes;
import org.zhengwen.internal.text.ZoneNames;

/**
 * What a page says of itself beyond its text — description, site name, lead image, tags, section,
 * canonical URL, hostname, modified date — made into article fields. Stateless.
 */
final class PageFacts {
  /** More tags than this is a keyword-stuffed page: the rest are dropped. */
  private static final int MAX_TAGS = 30;

  /** A tag longer than this is a sentence, not a tag. */
  private static final int MAX_TAG_LENGTH = 60;

  private PageFacts() {}

  /** Sets the page's descriptive fields on {@code b}; {@code clean} normalises page text. */
  static Article.Builder addTo(
      Article.Builder b, PageMetadata meta, PageHints hints, UnaryOperator<String> clean) {
    PageMetadata.Details d = meta.details();
    return b.description(text(d.description(), clean).orElse(null))
        .siteName(text(d.siteName(), clean).filter(n -> !NotNames.isNotAName(n)).orElse(null))
        .image(d.image().orElse(null))
        .tags(tags(d.tags(), clean))
        .section(text(d.section(), clean).orElse(null))
        .canonicalUrl(meta.url().orElse(null))
        .hostname(meta.url().or(hints::url).map(PageFacts::hostname).orElse(null))
        .modified(firstDate(d.modified()).orElse(null));
  }

  /**
   * What the page says about where it is from, to read an ambiguous zone name: its declared
   * language and its host.
   */
  static ZoneNames.Hint zoneHint(PageMetadata meta, PageHints hints) {
    String host = meta.url().or(hints::url).map(PageFacts::hostname).orElse("");
    return new ZoneNames.Hint(meta.language().orElse(""), host == null ? "" : host);
  }

  /**
   * The first date of raw metadata values that parses, unless a later one says more of the same
   * time: the time where the first gave only its day ({@code dc.date} {@code 2024-11-22} before
   * JSON-LD {@code 2024-11-22T06:57:50Z}), or the offset the first left out, the time written in
   * that zone or in another ({@code 2019-11-18 20:58:46} and {@code 2019-11-19T04:58:46Z}).
   */
  static Optional<PublishedDate> firstDate(List<String> raw) {
    List<PublishedDate> dates =
        raw.stream().map(DateTimes::parse).flatMap(Optional::stream).toList();
    if (dates.isEmpty()) {
      return Optional.empty();
    }
    PublishedDate best = dates.get(0);
    for (PublishedDate d : dates) {
      if (d.date().equals(best.date()) && saysMore(d, best) || isSameTimeWithOffset(d, best)) {
        best = d;
      }
    }
    return Optional.of(best);
  }

  /**
   * Whether {@code d}, of the same day, is finer than {@code than} without losing its offset, or
   * states the offset {@code than} does not.
   */
  private static boolean saysMore(PublishedDate d, PublishedDate than) {
    boolean addsOffset = d.offset().isPresent() && than.offset().isEmpty();
    boolean keepsOffset = d.offset().isPresent() || than.offset().isEmpty();
    return d.precision().compareTo(than.precision()) > 0 && keepsOffset
        || addsOffset && than.time().isPresent();
  }

  /**
   * Whether {@code d} states an offset and {@code local}, which does not, is plausibly the same
   * instant written in another zone: less than a day apart, by whole quarter hours, to the second.
   */
  private static boolean isSameTimeWithOffset(PublishedDate d, PublishedDate local) {
    if (d.offset().isEmpty()
        || local.offset().isPresent()
        || d.time().isEmpty()
        || local.time().isEmpty()
        || d.precision() != local.precision()) {
      return false;
    }
    long seconds =
        Math.abs(
            Duration.between(
                    local.date().atTime(local.time().get()), d.date().atTime(d.time().get()))
                .getSeconds());
    return seconds < 24 * 3600 && seconds % (15 * 60) == 0;
  }

  /** The host of a URL, lower-case, without a leading {@code www.}; null when it has none. */
  static @Nullable String hostname(String url) {
    try {
      String host = new URI(url.strip()).getHost();
      if (host == null || host.isEmpty()) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring("www.".length()) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static Optional<String> text(Optional<String> value, UnaryOperator<String> clean) {
    return value.map(clean).filter(v -> !v.isEmpty());
  }

  private static List<String> tags(List<String> raw, UnaryOperator<String> clean) {
    List<String> out = new ArrayList<>();
    for (String t : raw) {
      String tag = clean.apply(t);
      if (!tag.isEmpty()
          && tag.length() <= MAX_TAG_LENGTH
          && out.stream().noneMatch(tag::equalsIgnoreCase)) {
        out.add(tag);
      }
      if (out.size() == MAX_TAGS) {
        break;
      }
    }
    return out;
  }
}
