package org.zhengwen.internal.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.zhengwen.internal.blocks.Block;
import org.zhengwen.internal.blocks.BlockType;
import org.zhengwen.internal.blocks.PageBlocks;
import org.zhengwen.internal.blocks.PageMetadata;

/** STUB: replaced by the real HTML block builder. */
public final class HtmlBlocks {
  private HtmlBlocks() {}

  /** Parses HTML into the article region's blocks. */
  public static PageBlocks parse(String html, Optional<String> baseUrl) {
    String text = Jsoup.parse(html).body().text();
    return new PageBlocks(List.of(new Block(text, BlockType.PARAGRAPH, 0, 0)), List.of(), PageMetadata.empty());
  }
}
