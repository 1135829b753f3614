package org.zhengwen.internal.classify;

import java.util.List;
import java.util.Optional;
import org.zhengwen.PublishedDate;

/**
 * What a metadata line (date, source, byline, editor) said.
 *
 * @param date a publication date found in the line
 * @param source the outlet after a {@code 来源} label, or a masthead name before a date
 * @param authors reporters and bylines
 * @param editor the editor after a {@code 责任编辑} / {@code 编辑} label
 * @param url a URL written in the line
 * @param labelled whether the line carried a label (来源, 作者, 编辑 …) or a byline sign (◎, ·…·), as
 *     opposed to being a bare date
 */
public record MetadataLine(
    Optional<PublishedDate> date,
    Optional<String> source,
    List<String> authors,
    Optional<String> editor,
    Optional<String> url,
    boolean labelled) {

  /**
   * True when the line is only a date (and perhaps a time): it may belong to the body, like a
   * letter's date.
   */
  public boolean isBareDate() {
    return !labelled && source.isEmpty() && authors.isEmpty() && editor.isEmpty();
  }
}
