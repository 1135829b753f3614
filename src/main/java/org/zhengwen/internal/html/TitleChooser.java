package org.zhengwen.internal.html;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhengwen.internal.text.Texts;
import org.zhengwen.internal.text.TitleKeys;

/**
 * Picks the headline among a page's title candidates (og:title, twitter:title, JSON-LD headline,
 * h1, the {@code <title>} without its site suffix). The page's own {@code <title>} is the referee:
 * the first meta or h1 candidate it confirms (or that another source repeats) wins, so a site logo
 * in an {@code <h1>} or a JSON-LD "headline" that is really a description loses to a candidate the
 * title repeats. Three repairs follow, all against the visible {@code <h1>}: a meta title that is
 * the h1 plus a site suffix ({@code Headline - Site}) becomes the h1, as does one that is the h1
 * after a short section prefix ({@code Opinion | Headline}), and a meta title cut short (an
 * unescaped quote ends the attribute early) gives way to the h1 it begins.
 *
 * <p>A candidate that the {@code <title>} holds only in its site-name suffix ({@code Headline —
 * Site} with an og:title or an {@code <h1>} saying {@code Site}) is the site's name, not the
 * headline: it is neither confirmed by the title nor taken as a fallback while another candidate is
 * left.
 */
final class TitleChooser {
  /** Where a candidate came from. */
  enum Source {
    META,
    H1,
    TITLE_TAG
  }

  /**
   * One title candidate.
   *
   * @param text the candidate text, whitespace collapsed
   * @param source where it came from
   */
  record Candidate(String text, Source source) {}

  /** Separators that start a site-name suffix. */
  private static final String SEPARATORS = "-–—|·»:_｜/~";

  /**
   * Separators that end a section prefix ({@code Opinion | Headline}): bars and guillemets, which
   * headlines themselves hardly use; not dashes or colons, which often join two parts of one
   * headline ({@code Minecraft 1.8 - The Bountiful Update}).
   */
  private static final String PREFIX_SEPARATORS = "|｜»";

  /** A section prefix is a few words: longer, it is more likely part of the headline. */
  private static final int MAX_PREFIX = 30;

  private static final int MAX_PREFIX_WORDS = 3;

  private TitleChooser() {}

  /**
   * The candidate texts, best first.
   *
   * @param candidates title candidates in order of preference
   * @param rawTitle the page's {@code <title>} text, possibly empty
   * @param siteName the site's name (og:site_name), if known: a trailing {@code - siteName} is
   *     dropped
   */
  static List<String> rank(List<Candidate> candidates, String rawTitle, @Nullable String siteName) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    String rawKey = TitleKeys.key(rawTitle);
    Suffix suffix = Suffix.of(rawTitle);
    Candidate best = null;
    for (Candidate c : candidates) {
      if (c.source() != Source.TITLE_TAG
          && !suffix.names(c.text())
          && isConfirmed(c, candidates, rawKey)) {
        best = c;
        break;
      }
    }
    if (best == null) {
      best = fallback(candidates, suffix);
    }
    String chosen = repair(best, candidates, rawKey, siteName);
    List<String> out = new ArrayList<>(candidates.size());
    out.add(chosen);
    for (Candidate c : candidates) {
      if (!out.contains(c.text())) {
        out.add(c.text());
      }
    }
    return out;
  }

  private static String repair(
      Candidate best, List<Candidate> candidates, String rawKey, @Nullable String siteName) {
    String t = best.text();
    if (best.source() != Source.META) {
      return t;
    }
    if (siteName != null && !siteName.isBlank() && t.endsWith(siteName.strip())) {
      String head = t.substring(0, t.length() - siteName.strip().length());
      String trimmed = Texts.trimPad(head);
      if (!trimmed.isEmpty() && SEPARATORS.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
        return Texts.trimPad(trimmed.substring(0, trimmed.length() - 1));
      }
    }
    for (Candidate h1 : candidates) {
      if (h1.source() != Source.H1) {
        continue;
      }
      String h = h1.text();
      if (h.length() < t.length()
          && t.startsWith(h)
          && startsWithSeparator(t.substring(h.length()))) {
        return h; // "Headline - Site" over an h1 "Headline"
      }
      if (h.length() < t.length()
          && t.endsWith(h)
          && isSectionPrefix(t.substring(0, t.length() - h.length()))) {
        return h; // "Section | Headline" over an h1 "Headline"
      }
      if (h.length() > t.length()
          && h.startsWith(t)
          && (rawKey.isEmpty() || TitleKeys.confirms(rawKey, h))) {
        return h; // a meta attribute cut short
      }
    }
    return t;
  }

  /** Confirmed by the {@code <title>}, or by a candidate from another source saying the same. */
  private static boolean isConfirmed(Candidate c, List<Candidate> all, String rawKey) {
    if (!rawKey.isEmpty() && TitleKeys.confirms(rawKey, c.text())) {
      return true;
    }
    String key = TitleKeys.key(c.text());
    for (Candidate other : all) {
      if (other.source() != c.source()
          && other.source() != Source.TITLE_TAG
          && TitleKeys.agree(key, other.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nothing confirmed: a declared meta title still beats the {@code <title>}, but an unconfirmed h1
   * (often a site logo or section name) does not. A candidate naming the site comes last.
   */
  private static Candidate fallback(List<Candidate> candidates, Suffix suffix) {
    for (Source preferred : new Source[] {Source.META, Source.TITLE_TAG, Source.H1}) {
      for (Candidate c : candidates) {
        if (c.source() == preferred && !suffix.names(c.text())) {
          return c;
        }
      }
    }
    return candidates.get(0);
  }

  /**
   * A {@code <title>} split into the headline part {@link TitleText#stripSiteSuffix} keeps and the
   * site-name suffix it cuts off, all reduced to their {@link TitleKeys#key}.
   */
  record Suffix(String titleKey, String headKey, String suffixKey) {
    static Suffix of(String rawTitle) {
      String t = rawTitle.strip();
      String head = TitleText.stripSiteSuffix(t);
      String tail = t.startsWith(head) ? t.substring(head.length()) : "";
      return new Suffix(TitleKeys.key(t), TitleKeys.key(head), TitleKeys.key(tail));
    }

    /**
     * Whether {@code text} is found in the suffix and not in the headline part: a site or section
     * name. Text that begins the title is the headline whatever the stripping kept ({@code A - B -
     * A - B - Site}).
     */
    boolean names(String text) {
      if (suffixKey.isEmpty()) {
        return false;
      }
      String key = TitleKeys.key(text);
      return !key.isEmpty()
          && suffixKey.contains(key)
          && !headKey.contains(key)
          && !titleKey.startsWith(key);
    }
  }

  /** Whether {@code head} is a short prefix ending in a separator: {@code Opinion | }. */
  private static boolean isSectionPrefix(String head) {
    String t = Texts.trimPad(head);
    return t.length() >= 2
        && t.length() <= MAX_PREFIX
        && PREFIX_SEPARATORS.indexOf(t.charAt(t.length() - 1)) >= 0
        && Texts.letterCount(t) > 0
        && t.split("\\s+").length <= MAX_PREFIX_WORDS + 1;
  }

  private static boolean startsWithSeparator(String tail) {
    String t = Texts.trimPad(tail);
    return !t.isEmpty() && SEPARATORS.indexOf(t.charAt(0)) >= 0;
  }
}
