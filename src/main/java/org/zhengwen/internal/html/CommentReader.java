package org.zhengwen.internal.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.zhengwen.ChromeKind;
import org.zhengwen.Comment;
import org.zhengwen.PublishedDate;
import org.zhengwen.RemovedBlock;
import org.zhengwen.internal.text.DateTimes;
import org.zhengwen.internal.text.Texts;

/**
 * Reads the comments of an article page from the blocks removed as {@link ChromeKind#COMMENT}: one
 * comment per repeated item of the comment section (the outermost element around a comment block
 * whose tag and class repeat there), its author from a short linked line, its date from a short
 * dated line, and its text from the rest.
 */
final class CommentReader {
  /** Lines longer than this (letters) are a comment's text, not its author or date line. */
  static final int MAX_LABEL_LETTERS = 40;

  /**
   * Fewer letters than this, with no author and no date, is a heading or a button, not a comment.
   */
  static final int MIN_BARE_LETTERS = 20;

  /** An author line is a link at least this much. */
  static final double AUTHOR_LINK_DENSITY = 0.5;

  private CommentReader() {}

  /** The comments, in page order; empty when no block was removed as a comment. */
  static List<Comment> read(List<RawBlock> blocks, @Nullable RemovedBlock[] removed) {
    List<Integer> commentBlocks = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (removed[i] != null && removed[i].reason() == ChromeKind.COMMENT) {
        commentBlocks.add(i);
      }
    }
    if (commentBlocks.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> nameCounts = new HashMap<>();
    Map<ElementInfo, Boolean> counted = new HashMap<>();
    for (int i : commentBlocks) {
      for (ElementInfo e = blocks.get(i).owner;
          e != null && e.negativeAncestor != null;
          e = e.parent) {
        if (counted.putIfAbsent(e, true) == null) {
          nameCounts.merge(e.tag + "." + e.element.className(), 1, Integer::sum);
        }
      }
    }
    Map<Object, List<RawBlock>> units = new LinkedHashMap<>();
    for (int i : commentBlocks) {
      RawBlock b = blocks.get(i);
      units.computeIfAbsent(unitOf(b, nameCounts), k -> new ArrayList<>()).add(b);
    }
    List<Comment> comments = new ArrayList<>();
    for (List<RawBlock> unit : units.values()) {
      toComment(unit).ifPresent(comments::add);
    }
    return List.copyOf(comments);
  }

  /**
   * The outermost repeated element around the block inside the comment section, or the block
   * itself.
   */
  private static Object unitOf(RawBlock b, Map<String, Integer> nameCounts) {
    Object unit = b;
    for (ElementInfo e = b.owner; e != null && e.negativeAncestor != null; e = e.parent) {
      if (nameCounts.getOrDefault(e.tag + "." + e.element.className(), 0) >= 2
          && !e.element.className().isEmpty()) {
        unit = e;
      }
    }
    return unit;
  }

  private static Optional<Comment> toComment(List<RawBlock> unit) {
    String author = null;
    PublishedDate date = null;
    StringBuilder text = new StringBuilder();
    for (RawBlock b : unit) {
      boolean label = Texts.letterCount(b.text) <= MAX_LABEL_LETTERS;
      Optional<DateTimes.Found> found = label ? DateTimes.find(b.text) : Optional.empty();
      if (label && date == null && found.isPresent()) {
        date = found.get().date();
        String rest = b.text.substring(0, found.get().start()).strip();
        author =
            author == null && !rest.isEmpty() && Texts.letterCount(rest) <= MAX_LABEL_LETTERS
                ? rest
                : author;
      } else if (label
          && author == null
          && text.length() == 0
          && b.linkDensity() >= AUTHOR_LINK_DENSITY) {
        author = b.text;
      } else {
        text.append(text.length() == 0 ? "" : "\n").append(b.text);
      }
    }
    if (text.length() == 0
        || author == null
            && date == null
            && Texts.letterCount(text.toString()) < MIN_BARE_LETTERS) {
      return Optional.empty(); // a section heading ("Comments", "3 条评论"), not a comment
    }
    return Optional.of(
        new Comment(Optional.ofNullable(author), Optional.ofNullable(date), text.toString()));
  }
}
