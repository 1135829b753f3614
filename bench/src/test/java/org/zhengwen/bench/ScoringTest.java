package org.zhengwen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengwen.bench.Scoring.Score;

class ScoringTest {
  private static final double EPS = 1e-9;

  @Test
  void chineseIsOneTokenPerCharacter() {
    assertEquals(List.of("新", "华", "社", "北", "京", "电"), Scoring.tokens("新华社北京电。"));
  }

  @Test
  void mixedScriptsNumbersAndPunctuation() {
    assertEquals(List.of("gdp", "增", "长", "5", "2"), Scoring.tokens("GDP增长5.2%"));
  }

  @Test
  void latinRunsAreLowerCasedAndSplitAtPunctuation() {
    assertEquals(List.of("hello", "world", "it", "s", "2024"), Scoring.tokens("  Hello, WORLD! It's 2024…"));
  }

  @Test
  void koreanIsOneTokenPerSyllable() {
    assertEquals(List.of("한", "국", "어", "뉴", "스"), Scoring.tokens("한국어 뉴스."));
  }

  @Test
  void japaneseKanaAndKanjiAreSingleCharacters() {
    assertEquals(List.of("東", "京", "で", "ニ", "ュ", "ー", "ス"), Scoring.tokens("東京でニュース"));
  }

  @Test
  void thaiCombiningMarksStayInTheWord() {
    // ภาษาไทย: the sara aa is a letter, but mai han-akat / sara i etc. are Mn; "ที่" = tho thahan + sara ii (Mn) + mai ek (Mn).
    assertEquals(List.of("ที่นี่", "ประเทศไทย"), Scoring.tokens("ที่นี่ ประเทศไทย"));
  }

  @Test
  void devanagariVowelSignsStayInTheWord() {
    // हिन्दी: ि (Mc) and ् (Mn) and ी (Mc) continue the run.
    assertEquals(List.of("हिन्दी", "भाषा"), Scoring.tokens("हिन्दी भाषा।"));
  }

  @Test
  void orphanCombiningMarkIsDropped() {
    assertEquals(List.of("a"), Scoring.tokens("\u0301 a"));
  }

  @Test
  void bothEmptyIsPerfect() {
    assertEquals(new Score(1, 1, 1), Scoring.score("", ""));
    assertEquals(new Score(1, 1, 1), Scoring.score("。，！", null));
  }

  @Test
  void exactlyOneEmptyIsZero() {
    assertEquals(Score.ZERO, Scoring.score("", "正文"));
    assertEquals(Score.ZERO, Scoring.score("导航", ""));
    assertEquals(Score.ZERO, Scoring.score(null, "text"));
  }

  @Test
  void bagOverlapUsesMinimumCounts() {
    // extracted: 中 ×3, 国 ×1 (4 tokens); truth: 中 ×1, 国 ×1, 人 ×1 (3 tokens); overlap = 1 + 1 = 2.
    Score s = Scoring.score("中中中国", "中国人");
    assertEquals(0.5, s.precision(), EPS);
    assertEquals(2.0 / 3, s.recall(), EPS);
    assertEquals(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), s.f1(), EPS);
  }

  @Test
  void identicalTextIsPerfectRegardlessOfLayout() {
    Score s = Scoring.score("The cat.\nSat on the MAT", "the cat sat on the mat");
    assertEquals(new Score(1, 1, 1), s);
  }

  @Test
  void disjointTextIsZero() {
    assertEquals(Score.ZERO, Scoring.score("alpha beta", "gamma"));
  }
}
