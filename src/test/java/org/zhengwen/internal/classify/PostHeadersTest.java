package org.zhengwen.internal.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zhengwen.internal.text.Texts;

/** Post headers on thread pages and in dumps: a floor or "posted" word, a time, a short line. */
class PostHeadersTest {
  private static boolean header(String t) {
    return PostHeaders.isHeader(t, Texts.letterCount(t));
  }

  @Test
  void floorNumbersOrPostedWordsWithATimeArePostHeaders() {
    assertTrue(header("huacnlee #7 28 天前"));
    assertTrue(header("发布 #2 2024年5月16日星期四 15点48分"));
    assertTrue(header("发表于 2024-5-18 19:27:00 | 只看该作者"));
    assertTrue(header("January 4, 2020 at 4:00 am #301342"));
    assertTrue(header("2 weeks 6 days ago #1 by ssnobben"));
    assertTrue(header("Jana - Creativity Editor # 888393 03/12/15 03:28 PM"));
    assertTrue(header("3楼 2021-02-03 10:00"));
  }

  @Test
  void postedWordsMatchInTraditionalScript() {
    // post-header-words.txt lists 发表在, not 發表在: the line is folded before matching.
    assertTrue(header("小明 發表在 2024-05-16 15:48"));
    assertTrue(PostHeaders.isFloorAlone("沙發"));
  }

  @Test
  void aTimeOrAFloorAloneOrALongLineIsNot() {
    assertFalse(header("2024-05-16 15:48"), "a time without a floor or posted word");
    assertFalse(header("#3"), "a floor without a time");
    assertFalse(header("1 楼我的评论被删除了。有什么问题吗？"), "a reply that names a floor");
    assertFalse(
        header(
            "On 12 May 2024 the council voted #2 on the list of projects that the town will fund"
                + " over the next five years, after a long debate"),
        "a sentence");
    assertTrue(PostHeaders.isFloorAlone("#12"));
    assertTrue(PostHeaders.isFloorAlone("沙发"));
    assertFalse(PostHeaders.isFloorAlone("#12 by alice"));
  }
}
