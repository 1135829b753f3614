package org.zhengwen;

/**
 * Why a block of a page is not among the article's paragraphs ({@link RemovedBlock#reason()}): the
 * kinds of portal chrome zhengwen recognises, plus two kinds whose text was moved, not thrown away:
 * {@link #METADATA} (its values went to the article's date, source, authors and editor) and {@link
 * #TITLE} (it became the title or subtitle). {@link #isChrome()} tells the two groups apart.
 */
public enum ChromeKind {
  /** Navigation: menus and lines of short link-like items ({@code 今日阿坝 今日马尔康 …}). */
  NAVIGATION("navigation menu or list of short links"),
  /** Breadcrumb trail ({@code 首页 > 新闻 > 正文}, {@code 您所在的位置:…}). */
  BREADCRUMB("breadcrumb trail"),
  /** An error page glued onto the content ({@code 404 Not Found … nginx}). */
  ERROR_STUB("HTTP error page stub"),
  /** Site masthead, slogan or other header text before the article. */
  HEADER("site header or slogan before the article"),
  /** Recommendation and related-content blocks with their items (相关推荐, 猜你喜欢, 热点排行 …). */
  RELATED("related or recommended content"),
  /** Previous / next article links (上一篇 / 下一篇). */
  PAGER("previous/next article links"),
  /** Comment boxes and comment prompts. */
  COMMENT("comments or comment prompt"),
  /** Share bars and social buttons. */
  SHARE("share bar"),
  /** Disclaimers (免责声明) and reprint notices. */
  DISCLAIMER("disclaimer or reprint notice"),
  /** Copyright, ICP registration and site footer lines. */
  COPYRIGHT("copyright, ICP or footer line"),
  /** Advertising. */
  ADVERTISEMENT("advertisement"),
  /**
   * Photo and video captions and credits ({@code <figcaption>}, {@code class="caption"}): they
   * describe a picture, not the story.
   */
  CAPTION("photo or video caption or credit"),
  /** Date, source, author and editor lines: their values moved into the article's metadata. */
  METADATA("metadata line (date, source, author, editor)"),
  /** The title repeated in the page. */
  DUPLICATE_TITLE("repeated title"),
  /** The article's headline and deck, moved into title and subtitle. */
  TITLE("title or subtitle, moved into the article's metadata"),
  /** Text outside the chosen article region that matches no more specific kind. */
  BOILERPLATE("text outside the article region");

  private final String description;

  ChromeKind(String description) {
    this.description = description;
  }

  /**
   * False for {@link #METADATA} and {@link #TITLE}, whose text moved into the article's fields;
   * true for the kinds whose text is not part of the article at all.
   */
  public boolean isChrome() {
    return this != METADATA && this != TITLE;
  }

  /** A short English description of this kind, for people reading {@code --explain} output. */
  public String description() {
    return description;
  }
}
