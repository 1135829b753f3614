package org.zhengwen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.zhengwen.Article;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;

/**
 * Counts, over the HTML pages of the given corpus folders, (a) pages whose meta tags or JSON-LD
 * state the publication time with an offset, and of those how many keep an offset in {@code
 * published}; (b) {@code source} and author values that are a time, a zone word, a URL or a bare
 * "By". The page's stated values are read here with jsoup and regular expressions, apart from the
 * library's reading, so the count checks it.
 *
 * <p>{@code java -cp "$(bench/evaluate.sh classpath)" org.zhengwen.bench.MetadataCount
 * ../shared/bench/fundus ...}
 */
public final class MetadataCount {
  private static final List<String> PUBLISHED_KEYS =
      List.of(
          "article:published_time",
          "article:published",
          "og:published_time",
          "og:article:published_time",
          "datepublished",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "publication_date",
          "sailthru.date",
          "dc.date.issued",
          "dc.date",
          "date",
          "parsely-pub-date");

  /** An ISO date-time ending in an offset. */
  private static final Pattern ISO_WITH_OFFSET =
      Pattern.compile(
          "(?:19|20)\\d{2}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
              + "(Z|[+-]\\d{2}:?\\d{2})$");

  /** A time followed by an unambiguous zone name: "07:47 PM EST", "10:00:00 GMT". */
  private static final Pattern TIME_WITH_ZONE_NAME =
      Pattern.compile(
          "\\d{1,2}:\\d{2}(?::\\d{2})?\\s?(?:[AaPp]\\.?[Mm]\\.?)?\\s?"
              + "(GMT|UTC|EST|EDT|PST|PDT|CET|CEST)\\b");

  private static final Pattern LD_PUBLISHED =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");

  private static final Pattern TIME =
      Pattern.compile("\\d{1,2}:\\d{2}|\\b\\d{1,2}\\s?[ap]\\.?m\\b");
  private static final Pattern URL =
      Pattern.compile("(?i).*://.*|www\\..*");
  private static final Set<String> ZONE_WORDS =
      Set.of(
          "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "ct", "mt",
          "pt", "bst", "cet", "cest", "ist", "jst", "kst", "hkt", "sgt", "aest", "aedt");

  private MetadataCount() {}

  /** Runs the count over the folders named on the command line. */
  public static void main(String[] args) throws IOException {
    Extractor extractor = Extractor.builder().build();
    int pages = 0;
    int stated = 0;
    int kept = 0;
    int sameOffset = 0;
    int lineOffsets = 0;
    int values = 0;
    List<String> bad = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    List<String> other = new ArrayList<>();
    List<String> fromLines = new ArrayList<>();
    for (String dir : args) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(Path.of(dir))) {
        files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
      }
      for (Path f : files) {
        byte[] bytes = Files.readAllBytes(f);
        pages++;
        ExtractionResult r = extractor.extract(bytes, PageHints.none());
        Article a = r instanceof Extracted e ? e.article() : null;
        // Meta tags and JSON-LD dates are ASCII: any ASCII-compatible reading finds them.
        String offset = statedOffset(Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)));
        String published = a == null ? null : a.published().map(Object::toString).orElse(null);
        boolean hasOffset = a != null && a.published().flatMap(p -> p.offset()).isPresent();
        if (offset != null) {
          stated++;
          if (hasOffset) {
            kept++;
            String o = a.published().get().offset().get().getId();
            if (normalized(offset).equals(o)) {
              sameOffset++;
            } else {
              other.add(f + "  stated " + offset + "  published " + published);
            }
          } else {
            lost.add(f + "  stated " + offset + "  published " + published);
          }
        } else if (hasOffset) {
          lineOffsets++;
          fromLines.add(f + "  published " + published);
        }
        if (a != null) {
          List<String> names = new ArrayList<>(a.authors());
          a.source().ifPresent(names::add);
          for (String n : names) {
            values++;
            String why = notAName(n);
            if (why != null) {
              bad.add(f + "  " + why + ": " + n);
            }
          }
        }
      }
    }
    System.out.printf(
        "pages %d%n(a) pages whose meta/JSON-LD published value states an offset: %d; published"
            + " keeps an offset: %d (the same offset: %d); other pages with an offset in published"
            + " (from a byline or dateline): %d%n",
        pages, stated, kept, sameOffset, lineOffsets);
    lost.forEach(l -> System.out.println("  offset lost: " + l));
    other.forEach(l -> System.out.println("  another offset: " + l));
    fromLines.forEach(l -> System.out.println("  offset from the page's lines: " + l));
    System.out.printf(
        "(b) source/author values: %d; a time, zone word, URL or bare 'By': %d%n",
        values, bad.size());
    bad.forEach(b -> System.out.println("  " + b));
  }

  /** The offset of the first published value in meta tags or JSON-LD that states one. */
  private static String statedOffset(Document doc) {
    for (Element m : doc.select("meta[content]")) {
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        for (String key : m.attr(attr).strip().toLowerCase(Locale.ROOT).split("\\s+")) {
          if (PUBLISHED_KEYS.contains(key)) {
            String content = m.attr("content").strip();
            Matcher o = ISO_WITH_OFFSET.matcher(content);
            if (o.find()) {
              return o.group(1);
            }
            Matcher z = TIME_WITH_ZONE_NAME.matcher(content);
            if (z.find()) {
              return z.group(1);
            }
          }
        }
      }
    }
    for (Element s : doc.select("script[type=application/ld+json]")) {
      Matcher d = LD_PUBLISHED.matcher(s.data());
      while (d.find()) {
        Matcher o = ISO_WITH_OFFSET.matcher(d.group(1).strip());
        if (o.find()) {
          return o.group(1);
        }
      }
    }
    return null;
  }

  private static String normalized(String offset) {
    String named =
        switch (offset) {
          case "EST" -> "-05:00";
          case "EDT" -> "-04:00";
          case "PST" -> "-08:00";
          case "PDT" -> "-07:00";
          case "CET" -> "+01:00";
          case "CEST" -> "+02:00";
          case "GMT", "UTC" -> "Z";
          default -> offset;
        };
    if (!named.equals(offset)) {
      return named;
    }
    if (offset.equals("Z") || offset.matches("[+-]00:?00")) {
      return "Z";
    }
    return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
  }

  private static String notAName(String v) {
    String s = v.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.equals("by")) {
      return "bare By";
    }
    if (URL.matcher(s).matches()) {
      return "URL";
    }
    if (TIME.matcher(lower).find()) {
      return "time";
    }
    if (ZONE_WORDS.contains(lower)) {
      return "zone word";
    }
    return null;
  }
}
