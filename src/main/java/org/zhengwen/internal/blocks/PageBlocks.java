package org.zhengwen.internal.blocks;

import java.util.List;
import org.zhengwen.RemovedBlock;

/**
 * A page cut into blocks: the candidate article blocks in page order, what was removed before
 * classification (HTML chrome outside the article region), and the page's own metadata.
 *
 * @param blocks candidate blocks of the article region (for text dumps: every non-blank line)
 * @param removed blocks already removed, with reasons
 * @param metadata metadata from outside the visible text
 */
public record PageBlocks(List<Block> blocks, List<RemovedBlock> removed, PageMetadata metadata) {}
