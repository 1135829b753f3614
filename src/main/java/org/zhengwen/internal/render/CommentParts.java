package org.zhengwen.internal.render;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.zhengwen.Comment;

/**
 * What every writer shows of readers' comments: the heading that sets them apart from the article,
 * each comment's byline (author and date, as far as the page gave them) and its paragraphs.
 */
final class CommentParts {
  /** The heading over the comments, the same in every format so readers and tools can find it. */
  static final String HEADING = "Comments";

  private CommentParts() {}

  /** {@code author · date}, either alone, or empty when the page gave neither. */
  static Optional<String> byline(Comment c) {
    String line =
        Stream.concat(c.author().stream(), c.published().map(Object::toString).stream())
            .filter(s -> !s.isBlank())
            .collect(Collectors.joining(" · "));
    return line.isEmpty() ? Optional.empty() : Optional.of(line);
  }

  /** The comment's non-blank paragraphs, trimmed. */
  static List<String> paragraphs(Comment c) {
    return Arrays.stream(c.text().split("\n"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
