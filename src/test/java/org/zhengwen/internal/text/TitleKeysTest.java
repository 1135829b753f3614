package org.zhengwen.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each named title comparison keeps the rule its caller had before they shared one home. */
class TitleKeysTest {
  @Test
  void keyKeepsLettersAndDigitsOfAnyScriptLowerCased() {
    assertEquals("kickertitle2024", TitleKeys.key("Kicker: Title — 2024!"));
    assertEquals("上海发布新规", TitleKeys.key("上海 发布「新规」"));
    // A letter above the BMP (CJK extension B) is one code point of two chars, and is kept.
    assertEquals("\uD840\uDC00字", TitleKeys.key("\uD840\uDC00·字"));
  }

  @Test
  void sameTitleNeedsAPrefixOfSeventyPercent() {
    assertTrue(TitleKeys.sameTitle("abcdefghij", "abcdefghij"));
    assertTrue(TitleKeys.sameTitle("abcdefg", "abcdefghij"));
    assertFalse(TitleKeys.sameTitle("abcdef", "abcdefghij"));
    assertFalse(TitleKeys.sameTitle("", ""));
  }

  @Test
  void beginsTitleNeedsEightCharactersUnlessWhole() {
    assertTrue(TitleKeys.beginsTitle("abcd", "abcd"));
    assertTrue(TitleKeys.beginsTitle("abcdefgh", "abcdefghijklmnopqrstuvwxyz"));
    assertFalse(TitleKeys.beginsTitle("abcdefg", "abcdefghijklmnopqrstuvwxyz"));
    assertFalse(TitleKeys.beginsTitle("", ""));
  }

  @Test
  void headOfTheDeclaredTitleEndsAtASeparator() {
    String declared = "Rates rise to 3.95%_Markets_Site - SITE.COM";
    assertTrue(TitleKeys.isHeadOf(TitleKeys.key("Rates rise to 3.95%"), declared));
    assertFalse(TitleKeys.isHeadOf(TitleKeys.key("Rates rise"), declared));
    assertFalse(TitleKeys.isHeadOf(TitleKeys.key("Rate"), "Rate_Site"));
  }

  @Test
  void confirmationNeedsFourKeyCharacters() {
    String tag = TitleKeys.key("Big News Today | Site");
    assertTrue(TitleKeys.confirms(tag, "Big news today"));
    assertFalse(TitleKeys.confirms(tag, "Big"));
    assertTrue(TitleKeys.agree(TitleKeys.key("Big News"), "big news!"));
    assertFalse(TitleKeys.agree(TitleKeys.key("Big"), "big"));
  }

  @Test
  void repeatsAreFoundWhateverThePunctuation() {
    String key = TitleKeys.key("Big News Today");
    assertTrue(TitleKeys.isRepeat("big news, today.", key));
    assertFalse(TitleKeys.isRepeat("big news", key));
    assertFalse(TitleKeys.isRepeat("", ""));
    assertTrue(TitleKeys.sameKey("Kicker: Title", "Kicker Title"));
  }
}
