package org.zhengwen;

import java.util.Objects;

/**
 * A block of the page that is not part of the article body, with the reason it was removed.
 *
 * @param reason the kind of chrome (or metadata) this block was recognised as
 * @param detail what the rule saw, in words a person can read (for example {@code "marker 相关推荐"})
 * @param text the block's text
 */
public record RemovedBlock(ChromeKind reason, String detail, String text) {
  /** Checks that no component is null. */
  public RemovedBlock {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(text, "text");
  }
}
