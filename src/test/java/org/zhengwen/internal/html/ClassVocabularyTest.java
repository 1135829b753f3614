package org.zhengwen.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.zhengwen.ChromeKind;

class ClassVocabularyTest {
  private static ClassVocabulary.Match match(String html) {
    Element el = Jsoup.parse(html).body().child(0);
    return ClassVocabulary.standard().match(el);
  }

  @Test
  void widgetNamesMatch() {
    assertEquals(ChromeKind.SHARE, match("<div class='post-share-bar'></div>").negative());
    assertEquals(ChromeKind.SHARE, match("<div id='sharing'></div>").negative());
  }

  @Test
  void anActivityStreamIsRelatedContent() {
    // BuddyPress's site-wide activity stream beside a forum topic: other members' doings.
    assertEquals(
        ChromeKind.RELATED,
        match("<ul class='site-wide-stream swa-activity-list'></ul>").negative());
    assertNull(match("<div class='activity'></div>").negative());
  }

  @Test
  void creditsAreCaptionsThatSayTheyAreCredits() {
    ClassVocabulary.Match credit = match("<span class='image-credit'></span>");
    assertEquals(ChromeKind.CAPTION, credit.negative());
    assertTrue(credit.credit());
    assertTrue(match("<span class='caption-credit'></span>").credit());
    assertTrue(match("<span class='photocredit'></span>").credit());
    ClassVocabulary.Match caption = match("<span class='image-caption'></span>");
    assertEquals(ChromeKind.CAPTION, caption.negative());
    assertFalse(caption.credit());
    assertFalse(match("<figcaption></figcaption>").credit());
  }

  @Test
  void sectionAnchorsMadeFromHeadingsDoNotMatch() {
    assertNull(match("<section id='sharing-with-a-single-developer'></section>").negative());
    assertNull(match("<section id='related-work-and-further-reading'></section>").negative());
  }

  @Test
  void commentaryIsAGenreNotAComment() {
    assertNull(match("<article class='article article-type-commentary'></article>").negative());
    assertEquals(ChromeKind.COMMENT, match("<div class='commentlist'></div>").negative());
  }

  @Test
  void theSideOfABoxIsNotAFooter() {
    assertNull(match("<div class='ipsPadding_bottom'></div>").negative());
    assertNull(match("<div class='border-bottom margin-top'></div>").negative());
    assertEquals(ChromeKind.COPYRIGHT, match("<div class='bottom'></div>").negative());
    assertEquals(ChromeKind.COPYRIGHT, match("<div class='page-bottom'></div>").negative());
  }

  @Test
  void pinyinNamesOfChinesePortalsMatch() {
    assertEquals(ChromeKind.RELATED, match("<div class='xgwz'></div>").negative());
    assertEquals(ChromeKind.RELATED, match("<div class='xiangguanwenzhang'></div>").negative());
    assertEquals(ChromeKind.SHARE, match("<div id='fenxiang_box'></div>").negative());
    assertEquals(ChromeKind.NAVIGATION, match("<div class='daohang'></div>").negative());
    assertEquals(ChromeKind.COPYRIGHT, match("<div class='banquan'></div>").negative());
    assertEquals(ChromeKind.COMMENT, match("<div class='pinglunqu'></div>").negative());
  }

  @Test
  void featureFlagsNameNoWidget() {
    // An article container that lists what the page enables (ads, comments) is not an ad or a
    // comment box; the words standing alone still are.
    assertNull(match("<div class='caas enableAdSlotsOneSlot'></div>").negative());
    assertNull(match("<div class='comments-enabled'></div>").negative());
    assertNull(match("<div class='disable-related'></div>").negative());
    assertEquals(ChromeKind.ADVERTISEMENT, match("<div class='ad-slot'></div>").negative());
    assertEquals(ChromeKind.COMMENT, match("<div class='comments'></div>").negative());
  }

  @Test
  void anAuthorBoxIsNotTheStory() {
    assertEquals(ChromeKind.BOILERPLATE, match("<div class='author-bio'></div>").negative());
    assertEquals(
        ChromeKind.BOILERPLATE,
        match("<section class='about-the-author about_author'></section>").negative());
    assertNull(match("<div class='biology-news'></div>").negative());
  }

  @Test
  void memoGivesTheSameAnswer() {
    ClassVocabulary.Memo memo = new ClassVocabulary.Memo();
    Element el = Jsoup.parse("<div class='related-news'></div>").body().child(0);
    ClassVocabulary.Match first = ClassVocabulary.standard().match(el, memo);
    assertEquals(first, ClassVocabulary.standard().match(el, memo));
    assertEquals(ClassVocabulary.standard().match(el), first);
  }
}
