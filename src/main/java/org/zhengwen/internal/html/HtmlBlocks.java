package org.zhengwen.internal.html;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.zhengwen.Comment;
import org.zhengwen.PageType;
import org.zhengwen.RemovedBlock;
import org.zhengwen.internal.ReadOptions;
import org.zhengwen.internal.blocks.Block;
import org.zhengwen.internal.blocks.PageBlocks;
import org.zhengwen.internal.blocks.PageMetadata;
import org.zhengwen.internal.classify.PageTypes;

/**
 * HTML page to article-region blocks and page metadata.
 *
 * <p>One jsoup parse, one iterative walk that cuts the visible text into blocks and totals text per
 * element, then a readability-style choice of the article region ({@link RegionChooser}) and a
 * cleanup of chrome nested inside it ({@link RegionCleaner}). Everything outside the region is
 * reported in {@link PageBlocks#removed()} with a reason. Nothing is ever fetched.
 */
public final class HtmlBlocks {
  /**
   * A visible reading keeping this much prose is an article already: hidden parts of such pages are
   * metadata, galleries and other stories, not the rest of it.
   */
  private static final int SHORT_READING = 1000;

  /** Hidden text below this many characters never sends the page to a second reading. */
  private static final int MIN_HIDDEN_TEXT = 1000;

  /** Hidden text this many times the visible reading's prose sends it to a second reading. */
  private static final int HIDDEN_SHARE = 3;

  /** The second reading, with hidden elements shown, must keep this many times the prose. */
  private static final int REVEAL_GAIN = 2;

  private HtmlBlocks() {}

  /**
   * Parses a page.
   *
   * @param html the decoded page
   * @param baseUrl the page's URL, used to resolve the canonical URL
   * @return the article region's blocks in page order, the removed blocks, and the page's metadata
   */
  public static PageBlocks parse(String html, Optional<String> baseUrl) {
    return parse(html, baseUrl, ReadOptions.DEFAULTS);
  }

  /**
   * Parses a page, reading what {@code options} ask for beyond the body's text.
   *
   * @param html the decoded page
   * @param baseUrl the page's URL, used to resolve the canonical URL and as a page-type signal
   * @param options whether to read comments, paragraphs' links and figures' captions
   * @return the article region's blocks in page order, the removed blocks, and the page's metadata
   */
  public static PageBlocks parse(String html, Optional<String> baseUrl, ReadOptions options) {
    return parse(Jsoup.parse(html, baseUrl.orElse("")), options);
  }

  /**
   * Parses a page from a stream of its text, which the parser reads in small pieces.
   *
   * @param html the decoded page
   * @param baseUrl the page's URL, used to resolve the canonical URL and as a page-type signal
   * @param options whether to read comments, paragraphs' links (see {@link
   *     org.zhengwen.internal.blocks.Shape.Plain}) and figures' captions
   * @return the article region's blocks in page order, the removed blocks, and the page's metadata
   */
  public static PageBlocks parse(Reader html, Optional<String> baseUrl, ReadOptions options) {
    return parse(Parser.htmlParser().parseInput(html, baseUrl.orElse("")), options);
  }

  private static PageBlocks parse(Document doc, ReadOptions options) {
    Element root = doc.body() != null ? doc.body() : doc;
    // One walk of the body feeds both the blocks and the metadata index; the small head is indexed
    // apart.
    MetadataReader.Index index = new MetadataReader.Index();
    if (root != doc && doc.head() != null) {
      NodeTraversor.traverse(index, doc.head());
    }
    BlockWalker.Result walk =
        BlockWalker.walk(root, ClassVocabulary.standard(), index::visit, false, options.figures());
    PageMetadata metadata = MetadataReader.read(doc, index);
    List<RawBlock> raw = walk.blocks();
    Set<String> threadSignals =
        PageTypes.threadSignals(metadata, metadata.url().or(() -> baseUrl(doc)));
    RegionReading.Result reading =
        RegionReading.read(raw, walk.infos(), metadata.titles(), threadSignals, options.figures());
    if (walk.skippedStyled() && (reading.failed() || mostTextIsHidden(walk, reading))) {
      // Text a script reveals is hidden by an inline style in the served page: read it as shown.
      BlockWalker.Result shown =
          BlockWalker.walk(root, ClassVocabulary.standard(), e -> {}, true, options.figures());
      RegionReading.Result revealed =
          RegionReading.read(
              shown.blocks(), shown.infos(), metadata.titles(), threadSignals, options.figures());
      if (revealed.keptProse()
          > (reading.failed() ? reading.keptProse() : REVEAL_GAIN * reading.keptProse())) {
        List<String> trail =
            new ArrayList<>(
                List.of(
                    "little text outside elements a script may show (hidden by a style, a class"
                        + " or the hidden attribute): read again with them shown"));
        trail.addAll(revealed.trail());
        return assemble(
            shown.blocks(),
            new RegionReading.Result(
                revealed.removed(),
                revealed.type(),
                revealed.share(),
                trail,
                revealed.keptProse(),
                revealed.listPage()),
            metadata,
            options);
      }
    }
    return assemble(raw, reading, metadata, options);
  }

  /**
   * Whether hidden elements hold several times the prose the visible reading kept: a paywalled
   * article shipped whole but hidden until a script checks the reader.
   */
  private static boolean mostTextIsHidden(BlockWalker.Result walk, RegionReading.Result reading) {
    return reading.keptProse() < SHORT_READING
        && walk.hiddenChars() >= MIN_HIDDEN_TEXT
        && walk.hiddenChars() >= HIDDEN_SHARE * reading.keptProse();
  }

  private static Optional<String> baseUrl(Document doc) {
    return Optional.of(doc.location()).filter(s -> !s.isEmpty());
  }

  private static PageBlocks assemble(
      List<RawBlock> raw,
      RegionReading.Result reading,
      PageMetadata metadata,
      ReadOptions options) {
    RemovedBlock[] removed = reading.removed();
    List<Block> kept = new ArrayList<>();
    List<RemovedBlock> dropped = new ArrayList<>();
    BlockShapes shapes = new BlockShapes(metadata.url(), options.links());
    for (int i = 0; i < raw.size(); i++) {
      RawBlock b = raw.get(i);
      if (removed[i] == null) {
        kept.add(new Block(b.text, b.type, b.linkDensity(), i, shapes.of(b)));
      } else {
        dropped.add(removed[i]);
      }
    }
    List<Comment> found =
        options.comments() && reading.type() == PageType.ARTICLE
            ? CommentReader.read(raw, removed)
            : List.of();
    return new PageBlocks(
        kept,
        dropped,
        metadata,
        reading.type(),
        reading.share(),
        reading.trail(),
        found,
        reading.listPage());
  }
}
