package org.zhengwen.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The fast paths must give the JDK's answer for every code point, not just the common ones. */
class ScriptsTest {
  @Test
  void agreesWithTheJdkOnEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      Character.UnicodeScript jdk = Character.UnicodeScript.of(cp);
      if (cp < 0x80 && jdk != Character.UnicodeScript.LATIN) {
        // ASCII: only letters matter to the callers; everything else is reported as COMMON.
        final int a = cp;
        assertEquals(
            Character.UnicodeScript.COMMON, Scripts.of(cp), () -> "U+" + Integer.toHexString(a));
        continue;
      }
      final int c = cp;
      assertEquals(jdk, Scripts.of(cp), () -> "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void cjkAgreesWithTheJdkOnEveryCodePointAboveTheBmp() {
    // Twice: the first pass fills the per-block memo, the second reads it.
    for (int pass = 0; pass < 2; pass++) {
      for (int cp = Character.MIN_SUPPLEMENTARY_CODE_POINT; cp <= Character.MAX_CODE_POINT; cp++) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        boolean jdk =
            s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL;
        if (jdk != Scripts.isCjk(cp)) {
          assertEquals(jdk, Scripts.isCjk(cp), "U+" + Integer.toHexString(cp));
        }
      }
    }
  }

  @Test
  void cjkCoversHanKanaAndHangulOnly() {
    assertEquals(true, Scripts.isCjk('中'));
    assertEquals(true, Scripts.isCjk('か'));
    assertEquals(true, Scripts.isCjk('カ'));
    assertEquals(true, Scripts.isCjk('한'));
    assertEquals(false, Scripts.isCjk('。'));
    assertEquals(false, Scripts.isCjk('，'));
    assertEquals(false, Scripts.isCjk('a'));
  }
}
