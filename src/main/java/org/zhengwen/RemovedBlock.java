package org.zhengwen;

import java.util.Objects;

/**
 * A block of the page that is not part of the article body, with the reason it was left out.
 *
 * @param reason why the block is not body text: a kind of chrome, or {@link ChromeKind#METADATA} /
 *     {@link ChromeKind#TITLE} when its text moved into the article's fields ({@link
 *     ChromeKind#isChrome()})
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
