package org.zhengwen.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.zhengwen.Article;
import org.zhengwen.BodyBlock;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;

/**
 * Renders every page under the given folders (their {@code .html} and {@code .txt} files) and
 * counts, per folder: articles, articles whose blocks do not hold exactly their paragraphs,
 * Markdown outputs that read back (commonmark-java) to other texts than the blocks', and HTML
 * outputs with anything unsafe; links are read ({@link Extractor.Builder#links(boolean)}), and the
 * paragraphs compared with an extraction without them. Run by {@code bench/render-check.sh} over
 * {@code ../shared/bench}; not a unit test, since the corpora are not part of the repository.
 */
public final class RenderCheck {
  private RenderCheck() {}

  /**
   * Checks the folders named in {@code args}; prints one line per folder and the first cases. A
   * first argument {@code --figures} also keeps figures' captions ({@link
   * Extractor.Builder#figures(boolean)}) in both extractions, so that their blocks are checked too.
   */
  public static void main(String[] args) throws IOException {
    boolean figures = args.length > 0 && args[0].equals("--figures");
    if (figures) {
      args = java.util.Arrays.copyOfRange(args, 1, args.length);
    }
    Extractor extractor = Extractor.builder().links(true).figures(figures).build();
    Extractor withoutLinks = Extractor.builder().figures(figures).build();
    Map<String, int[]> counts = new TreeMap<>();
    List<String> examples = new ArrayList<>();
    for (String arg : args) {
      List<Path> pages;
      try (Stream<Path> files = Files.walk(Path.of(arg))) {
        pages =
            files
                .filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt"))
                .sorted()
                .toList();
      }
      for (Path page : pages) {
        int[] c = counts.computeIfAbsent(page.getParent().toString(), k -> new int[8]);
        ExtractionResult r = extractor.extract(page, PageHints.none());
        if (!(r instanceof Extracted e)) {
          continue;
        }
        Article a = e.article();
        Article body = a.toBuilder().title(null).subtitle(null).build();
        c[0]++;
        List<String> fromBlocks = new ArrayList<>();
        a.blocks().forEach(b -> fromBlocks.addAll(b.paragraphs()));
        if (!fromBlocks.equals(a.paragraphs())) {
          c[1]++;
          note(examples, "blocks≠paragraphs", page);
        }
        List<String> readBack = MarkdownReadBack.texts(body.toMarkdown());
        if (!readBack.equals(MarkdownReadBack.expected(a))) {
          c[2]++;
          note(examples, "markdown≠blocks " + firstDifference(readBack, a), page);
        }
        if (!squeeze(String.join("\n", readBack)).equals(squeeze(a.text()))) {
          c[3]++;
          note(examples, "markdown≠paragraphs (white space aside)", page);
        }
        List<String> unsafe = HtmlSafety.problems(a.toHtml());
        if (!unsafe.isEmpty()) {
          c[4]++;
          note(examples, "unsafe html " + unsafe.subList(0, 1), page);
        }
        c[5] += (int) a.blocks().stream().filter(b -> !(b instanceof BodyBlock.Paragraph)).count();
        ExtractionResult plain = withoutLinks.extract(page, PageHints.none());
        if (!(plain instanceof Extracted p) || !p.article().paragraphs().equals(a.paragraphs())) {
          c[6]++;
          note(examples, "paragraphs differ with links read", page);
        }
        c[7] +=
            a.blocks().stream()
                .mapToInt(b -> b instanceof BodyBlock.Paragraph p ? p.links().size() : 0)
                .sum();
      }
    }
    System.out.println(
        "folder\tarticles\tblocks≠paragraphs\tmarkdown≠blocks\tmarkdown≠paragraphs\tunsafe_html"
            + "\tnon_paragraph_blocks\tparagraphs≠without_links\tlinks");
    int[] total = new int[8];
    counts.forEach(
        (folder, c) -> {
          StringBuilder line = new StringBuilder(folder);
          for (int i = 0; i < c.length; i++) {
            line.append('\t').append(c[i]);
            total[i] += c[i];
          }
          System.out.println(line);
        });
    StringBuilder line = new StringBuilder("TOTAL");
    for (int t : total) {
      line.append('\t').append(t);
    }
    System.out.println(line);
    examples.forEach(System.out::println);
  }

  private static String firstDifference(List<String> readBack, Article a) {
    List<String> want = MarkdownReadBack.expected(a);
    for (int i = 0; i < Math.max(readBack.size(), want.size()); i++) {
      String got = i < readBack.size() ? readBack.get(i) : "<none>";
      String exp = i < want.size() ? want.get(i) : "<none>";
      if (!got.equals(exp)) {
        return "#" + i + " got [" + clip(got) + "] want [" + clip(exp) + "]";
      }
    }
    return "";
  }

  private static String clip(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  private static String squeeze(String s) {
    return s.replaceAll("(?U)\\s+", " ").strip();
  }

  private static void note(List<String> examples, String what, Path page) {
    if (examples.size() < 20) {
      examples.add(what + "\t" + page);
    }
  }
}
