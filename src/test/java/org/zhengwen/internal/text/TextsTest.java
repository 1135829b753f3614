package org.zhengwen.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sentence-end tests differ on purpose; these cases pin where. */
class TextsTest {
  @Test
  void endsSentenceLooksThroughClosingMarksToAStopOrColon() {
    assertTrue(Texts.endsSentence("他说：“走吧。”"));
    assertTrue(Texts.endsSentence("He said (quietly)."));
    assertTrue(Texts.endsSentence("The list:"));
    assertFalse(Texts.endsSentence("a title (2024)"));
    assertFalse(Texts.endsSentence("”"));
    assertFalse(Texts.endsSentence(""));
  }

  @Test
  void terminalPunctTakesAClosingMarkAloneButNoColon() {
    assertTrue(Texts.isTerminalPunct(')'));
    assertTrue(Texts.isTerminalPunct('…'));
    assertFalse(Texts.isTerminalPunct(':'));
  }

  @Test
  void cjkSentenceStopsAreTheThreeFullWidthStops() {
    assertTrue(Texts.isCjkSentenceStop('。'));
    assertTrue(Texts.isCjkSentenceStop('？'));
    assertFalse(Texts.isCjkSentenceStop('，'));
    assertFalse(Texts.isCjkSentenceStop('.'));
  }

  @Test
  void clauseEndsAreStopsColonsSemicolonsAndCommas() {
    assertTrue(Texts.endsLikeClause("他说："));
    assertTrue(Texts.endsLikeClause("一句话。"));
    assertFalse(Texts.endsLikeClause("Big News?"));
    assertFalse(Texts.endsLikeClause(""));
  }

  @Test
  void numeralDigitsAreAsciiFullWidthAndOtherScriptsBelowTheCjkBlocks() {
    assertTrue(Texts.isNumeralDigit('7'));
    assertTrue(Texts.isNumeralDigit('７'));
    assertTrue(Texts.isNumeralDigit('٣')); // Arabic-Indic three
    assertFalse(Texts.isNumeralDigit('三'));
    assertFalse(Texts.isNumeralDigit('a'));
  }

  @Test
  void digitsAreCountedInAnyScript() {
    assertEquals(4, Texts.digitCount("第2页 共13页 ٣"));
    assertTrue(Texts.hasDigit("３月"));
    assertFalse(Texts.hasDigit("三月"));
  }

  @Test
  void listItemsFollowOneAnother() {
    assertTrue(Texts.nextItemOf("一、任何单位", "二、对侵犯"));
    assertTrue(Texts.nextItemOf("九、其它", "十、附则"));
    assertTrue(Texts.nextItemOf("十一、其它", "十二、附则"));
    assertTrue(Texts.nextItemOf("2. First", "3. Then"));
    assertTrue(Texts.nextItemOf("（3）甲", "（4）乙"));
    assertFalse(Texts.nextItemOf("一、任何单位", "三、对侵犯"));
    assertFalse(Texts.nextItemOf("二、对侵犯", "一、任何单位"));
    assertFalse(Texts.nextItemOf("Plain text", "2. Then"));
    assertFalse(Texts.nextItemOf("2024年", "2025年"));
  }
}
