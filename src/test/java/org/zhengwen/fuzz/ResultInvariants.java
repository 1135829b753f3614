package org.zhengwen.fuzz;

import java.util.List;
import org.zhengwen.Article;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Rejected;
import org.zhengwen.RejectionReason;
import org.zhengwen.RemovedBlock;
import org.zhengwen.decode.DecodedPage;
import org.zhengwen.internal.ArticleField;

/**
 * What every result must satisfy, whatever the input: shared by the fuzz targets and the bad-input
 * tests. Each check throws {@link AssertionError} naming the broken rule, which Jazzer reports as a
 * finding.
 */
public final class ResultInvariants {
  private ResultInvariants() {}

  /**
   * Checks an extraction result: never null; an {@link Extracted} has non-empty paragraphs, none
   * blank, none with padding at either end, and no unpaired surrogate or NUL anywhere in the
   * article; a {@link Rejected} has a non-blank message and is never {@link
   * RejectionReason#INTERNAL_ERROR} (that is an exception the library caught: a bug) nor {@link
   * RejectionReason#TIMEOUT} (no budget was set).
   *
   * @param result what the extractor returned
   * @return the same result, for chaining
   */
  public static ExtractionResult check(ExtractionResult result) {
    return check(result, false);
  }

  /**
   * As {@link #check(ExtractionResult)}, allowing {@link RejectionReason#TIMEOUT} when the caller
   * set a time budget.
   *
   * @param result what the extractor returned
   * @param timeoutAllowed whether a time budget was set
   * @return the same result, for chaining
   */
  public static ExtractionResult check(ExtractionResult result, boolean timeoutAllowed) {
    if (result == null) {
      throw new AssertionError("the extractor returned null");
    }
    if (result instanceof Extracted e) {
      checkArticle(e.article());
      for (RemovedBlock r : e.removed()) {
        checkText("removed block", r.text());
      }
    } else if (result instanceof Rejected r) {
      if (r.message().isBlank()) {
        throw new AssertionError("rejection " + r.reason() + " has a blank message");
      }
      if (r.reason() == RejectionReason.INTERNAL_ERROR) {
        throw new AssertionError("the library caught an exception of its own: " + r.message());
      }
      if (r.reason() == RejectionReason.TIMEOUT && !timeoutAllowed) {
        throw new AssertionError("TIMEOUT without a time budget: " + r.message());
      }
    } else {
      throw new AssertionError("unknown result type " + result.getClass());
    }
    return result;
  }

  /**
   * Checks a decoded page: no byte-order mark at the start of the text, a non-null encoding.
   *
   * @param page what the decoder returned
   */
  public static void check(DecodedPage page) {
    if (page == null || page.text() == null || page.encoding() == null) {
      throw new AssertionError("the decoder returned null or a page with a null part: " + page);
    }
    if (!page.text().isEmpty() && page.text().charAt(0) == '\uFEFF') {
      throw new AssertionError(
          "decoded text starts with U+FEFF (encoding " + page.encoding() + ")");
    }
  }

  private static void checkArticle(Article a) {
    List<String> paragraphs = a.paragraphs();
    if (paragraphs.isEmpty()) {
      throw new AssertionError("an Extracted article with no paragraphs");
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      if (p.isBlank() || isPad(p.charAt(0)) || isPad(p.charAt(p.length() - 1))) {
        throw new AssertionError("paragraph " + i + " is blank or padded: " + visible(p));
      }
      checkText("paragraph " + i, p);
    }
    for (ArticleField f : ArticleField.values()) {
      if (f.isPageText()) {
        f.values(a).forEach(t -> checkText(f.jsonName(), t));
      }
    }
  }

  /** No unpaired surrogate and no NUL. */
  private static void checkText(String what, String s) {
    int bad = firstUnpairedSurrogate(s);
    if (bad >= 0) {
      throw new AssertionError(what + " has an unpaired surrogate at " + bad + ": " + visible(s));
    }
    if (s.indexOf('\0') >= 0) {
      throw new AssertionError(what + " contains NUL: " + visible(s));
    }
  }

  /**
   * The index of the first unpaired surrogate in {@code s}, or -1.
   *
   * @param s any text
   * @return the index, or -1 when every surrogate is paired
   */
  public static int firstUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Whitespace and the padding Chinese pages use (NBSP, U+3000, zero-width space, BOM). */
  private static boolean isPad(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }

  private static String visible(String s) {
    String cut = s.length() > 200 ? s.substring(0, 200) + "…" : s;
    StringBuilder b = new StringBuilder("\"");
    cut.codePoints()
        .forEach(
            cp -> {
              if (cp < 0x20
                  || cp == 0x7f
                  || (cp >= 0xd800 && cp <= 0xdfff)
                  || Character.isSpaceChar(cp) && cp != ' ') {
                b.append(String.format("\\u%04X", cp));
              } else {
                b.appendCodePoint(cp);
              }
            });
    return b.append('"').toString();
  }
}
