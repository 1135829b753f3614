package org.zhengwen;

/** What kind of page an article was read from; it decides what counts as the main text. */
public enum PageType {
  /** A news story, blog post or other single text: comments below it are not part of it. */
  ARTICLE,
  /** A discussion thread (a forum topic, a Q&amp;A page): every post, in order, is the text. */
  THREAD
}
