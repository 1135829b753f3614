package org.zhengwen.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** {@link PinyinGlosses} removes converter glosses and leaves real parenthesised text alone. */
class PinyinGlossesTest {

  @Test
  void singleGloss() {
    assertEquals("中國互聯網發展迅速", PinyinGlosses.repair("中國互聯網(wǎng)發展迅速"));
  }

  @Test
  void glossAfterFa() {
    assertEquals("經濟發展", PinyinGlosses.repair("經濟發(fā)展"));
  }

  @Test
  void consecutiveGlosses() {
    assertEquals("關鍵在於落實", PinyinGlosses.repair("關(guān)鍵(jiàn)在於落實"));
  }

  @Test
  void fullWidthParentheses() {
    assertEquals("互聯網時代", PinyinGlosses.repair("互聯網（wǎng）時代"));
  }

  @Test
  void umlautCounts() {
    assertEquals("綠色出行", PinyinGlosses.repair("綠(lü)色出行"));
  }

  @Test
  void realParenthesesAreKept() {
    String[] keep = {
      "本報訊(记者秦远俊)昨日，",
      "成都(市)人民政府",
      "见附件(a)和附件(b)",
      "国内生产总值(GDP)增长",
      "去年(2020)全年",
      "苹果发布 iPhone (new) 新品",
      "结构的(de)用法",
      "iPhone(wǎng)",
    };
    for (String s : keep) {
      assertSame(s, PinyinGlosses.repair(s), s);
    }
  }

  @Test
  void tooLongRunIsNotAGloss() {
    String s = "網(wǎngwǎngw)";
    assertSame(s, PinyinGlosses.repair(s));
  }

  @Test
  void mixedTextKeepsRealParentheses() {
    assertEquals("新華社(记者王明)報道：網絡發展", PinyinGlosses.repair("新華社(记者王明)報道：網(wǎng)絡發(fā)展"));
  }

  @Test
  void unchangedTextIsTheSameInstance() {
    String s = "没有括号的句子。";
    assertSame(s, PinyinGlosses.repair(s));
  }
}
