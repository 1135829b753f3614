package org.zhengwen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.zhengwen.bench.TitleMatch.Kind;

class TitleMatchTest {
  @Test
  void equalAfterCollapsingWhitespaceIsExact() {
    assertEquals(Kind.EXACT, TitleMatch.match("  Rates  rise\tagain ", "Rates rise again"));
    assertEquals(Kind.EXACT, TitleMatch.match("Rates rise again", "Rates rise again\u200B"));
  }

  @Test
  void referenceWithATrailingSiteNameMatchesBySiteRule() {
    assertEquals(Kind.SITE_SEGMENT, TitleMatch.match("央行宣布降准0.5个百分点", "央行宣布降准0.5个百分点_新浪财经"));
    assertEquals(Kind.SITE_SEGMENT, TitleMatch.match("Rates rise again", "Rates rise again | The Daily Paper"));
    assertEquals(Kind.SITE_SEGMENT, TitleMatch.match("央行宣布降准0.5个百分点", "央行宣布降准0.5个百分点——中新网"));
    assertEquals(Kind.SITE_SEGMENT, TitleMatch.match("央行宣布降准0.5个百分点", "央行宣布降准0.5个百分点｜财经"));
  }

  @Test
  void extractedTitleKeepingTheSiteNameAlsoMatches() {
    assertEquals(Kind.SITE_SEGMENT, TitleMatch.match("Rates rise again - Daily Paper", "Rates rise again"));
  }

  @Test
  void aLeadingSiteNameMatches() {
    assertEquals(Kind.SITE_SEGMENT, TitleMatch.match("Rates rise again", "Daily Paper · Rates rise again"));
  }

  @Test
  void twoSegmentsDoNotMatch() {
    assertEquals(Kind.NONE, TitleMatch.match("央行宣布降准0.5个百分点", "央行宣布降准0.5个百分点_财经_新浪网"));
  }

  @Test
  void aWordHyphenIsNoSeparator() {
    assertEquals(Kind.NONE, TitleMatch.match("COVID", "COVID-19"));
    assertEquals(Kind.NONE, TitleMatch.match("Trains at 10", "Trains at 10:30"));
  }

  @Test
  void aSegmentLongerThanTheHeadlineIsNoSiteName() {
    assertEquals(Kind.NONE, TitleMatch.match("Brexit", "Brexit: what the deal means for travellers"));
  }

  @Test
  void differentOrMissingTitlesDoNotMatch() {
    assertEquals(Kind.NONE, TitleMatch.match("Rates fall", "Rates rise"));
    assertEquals(Kind.NONE, TitleMatch.match(null, "Rates rise"));
    assertEquals(Kind.NONE, TitleMatch.match("", "Rates rise"));
    assertEquals(Kind.NONE, TitleMatch.match("Rates rise again", "Rates rise again today"));
  }
}
