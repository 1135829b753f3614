package org.zhengwen;

import java.util.ArrayList;
import java.util.List;

/** Helpers that keep an article's typed body and its paragraphs in step. */
final class Bodies {
  private Bodies() {}

  /** One {@link BodyBlock.Paragraph} per paragraph: the body of an article made from paragraphs. */
  static List<BodyBlock> ofParagraphs(List<String> paragraphs) {
    List<BodyBlock> blocks = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      blocks.add(new BodyBlock.Paragraph(p));
    }
    return blocks;
  }

  /** The paragraphs the blocks hold, in order. */
  static List<String> paragraphsOf(List<BodyBlock> blocks) {
    List<String> paragraphs = new ArrayList<>();
    for (BodyBlock b : blocks) {
      paragraphs.addAll(b.paragraphs());
    }
    return paragraphs;
  }

  /**
   * Preformatted text as a paragraph reads it, which is how a browser's white-space rules outside
   * {@code <pre>} would show it line by line: each line stripped, runs of white space one space,
   * leading and trailing blank lines gone; line breaks stay.
   */
  static String collapseLines(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (out.length() > 0) {
          out.append('\n');
        }
        space = false;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
      } else {
        if (space && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    out.setLength(end);
    return out.toString();
  }
}
