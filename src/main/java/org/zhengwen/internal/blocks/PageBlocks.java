package org.zhengwen.internal.blocks;

import java.util.List;
import org.zhengwen.Comment;
import org.zhengwen.PageType;
import org.zhengwen.RemovedBlock;

/**
 * A page cut into blocks: the candidate article blocks in page order, what was removed before
 * classification (HTML chrome outside the article region), and the page's own metadata.
 *
 * @param blocks candidate blocks of the article region (for text dumps: every non-blank line)
 * @param removed blocks already removed, with reasons
 * @param metadata metadata from outside the visible text
 * @param pageType what kind of page the blocks were read as
 * @param regionShare how much of the page's prose (text outside chrome, read as sentences) the kept
 *     blocks hold, in [0, 1]; 1 when the road does not measure it
 * @param trail the decisions that chose the blocks, in order, for people reading {@code --explain}
 * @param comments readers' comments found among the removed blocks, when they were asked for
 * @param listPage whether the page lists other stories (teasers) instead of telling one
 */
public record PageBlocks(
    List<Block> blocks,
    List<RemovedBlock> removed,
    PageMetadata metadata,
    PageType pageType,
    double regionShare,
    List<String> trail,
    List<Comment> comments,
    boolean listPage) {

  /** Copies the lists. */
  public PageBlocks {
    blocks = List.copyOf(blocks);
    removed = List.copyOf(removed);
    trail = List.copyOf(trail);
    comments = List.copyOf(comments);
  }

  /** Blocks of an article page whose reading made no choice worth reporting (text dumps). */
  public PageBlocks(List<Block> blocks, List<RemovedBlock> removed, PageMetadata metadata) {
    this(blocks, removed, metadata, PageType.ARTICLE, 1, List.of(), List.of(), false);
  }
}
