package org.zhengwen.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.zhengwen.internal.text.Scripts;
import org.zhengwen.internal.text.Texts;

/** The flag table only caches the predicates of internal/text: it must agree with them. */
class TextCharsTest {
  @Test
  void tableAgreesWithThePredicatesOnEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean bmp = cp < Character.MIN_SUPPLEMENTARY_CODE_POINT;
      int want =
          (bmp && Texts.isPad((char) cp) ? TextChars.SPACE : 0)
              | (Scripts.isCjk(cp) ? TextChars.CJK : 0)
              | (bmp && Texts.isSentencePunct((char) cp) ? TextChars.PUNCT : 0)
              | (bmp && Texts.isNumeralDigit(cp) ? TextChars.DIGIT : 0);
      final int c = cp;
      assertEquals(want, TextChars.flags(cp), () -> "U+" + Integer.toHexString(c));
    }
  }
}
