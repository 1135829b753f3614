package org.zhengwen.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ScriptFoldTest {
  @Test
  void traditionalCharactersFoldToSimplified() {
    assertEquals("相关阅读", ScriptFold.toHans("相關閱讀"));
    assertEquals("热点排行", ScriptFold.toHans("熱點排行"));
    assertEquals("责任编辑：陈", ScriptFold.toHans("責任編輯：陳"));
  }

  @Test
  void lengthIsKeptSoIndexesStillPointIntoTheOriginal() {
    String line = "來源：中央社 記者 林小明";
    assertEquals(line.length(), ScriptFold.toHans(line).length());
  }

  @Test
  void simplifiedAndOtherTextIsReturnedAsItIs() {
    String simplified = "干部在后台发布了新闻"; // 干, 后, 台 are simplified forms too: not folded
    assertSame(simplified, ScriptFold.toHans(simplified));
    String english = "Related stories";
    assertSame(english, ScriptFold.toHans(english));
    assertSame("", ScriptFold.toHans(""));
  }

  @Test
  void charactersValidInBothScriptsAreLeftAlone() {
    // 乾 and 著 are in simplified text too (乾坤, 著名): folding them would change simplified lines.
    assertEquals("乾坤著名", ScriptFold.toHans("乾坤著名"));
  }
}
