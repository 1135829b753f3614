package org.zhengwen.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.zhengwen.Article;
import org.zhengwen.ChromeKind;
import org.zhengwen.Comment;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;
import org.zhengwen.PageType;
import org.zhengwen.Rejected;
import org.zhengwen.RejectionReason;

/**
 * How the main text is chosen on page shapes where one region chooser alone went wrong: one small
 * page per failure kind, written for the test.
 */
class MainTextChoiceTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  private static Extracted extract(String html, String url) {
    ExtractionResult r =
        EXTRACTOR.extract(
            html.getBytes(StandardCharsets.UTF_8),
            url == null ? PageHints.none() : PageHints.none().withUrl(url));
    return assertInstanceOf(Extracted.class, r, () -> "not an article: " + r);
  }

  private static String sentence(String topic, int i) {
    return "The "
        + topic
        + " paragraph number "
        + i
        + " says something long enough to read as prose, with"
        + " a clause, another clause, and a full stop at the end of it.";
  }

  private static String paragraphs(String topic, int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> "<p>" + sentence(topic, i) + "</p>")
        .collect(Collectors.joining());
  }

  private static String page(String body) {
    return "<!doctype html><html><head><title>A headline for the test</title></head><body>"
        + "<nav><a href=/a>Home</a> <a href=/b>World</a> <a href=/c>Sport</a></nav>"
        + "<h1>A headline for the test</h1>"
        + body
        + "<footer>Copyright 2024 Example Media</footer></body></html>";
  }

  private static String wordPressPage(String bodyClass, String main) {
    return "<!doctype html><html><head><title>A headline for the test</title></head>"
        + "<body class='"
        + bodyClass
        + "'><nav><a href=/a>Home</a> <a href=/b>World</a></nav>"
        + main
        + "<footer>Copyright 2024 Example Media</footer></body></html>";
  }

  private static String entry(int id, String type, String topic, int paragraphs) {
    return "<article class='post-"
        + id
        + " post type-"
        + type
        + " hentry'>"
        + paragraphs(topic, paragraphs)
        + "</article>";
  }

  @Test
  void otherPostsOnASinglePostsPageAreTeasersHoweverLong() {
    // Four long excerpts of other posts in an unnamed box after the page's own post (postid-10):
    // together they hold more prose than the article.
    String others =
        IntStream.range(0, 4)
            .mapToObj(i -> entry(20 + i, "post", "other" + i, 2))
            .collect(Collectors.joining());
    String html =
        wordPressPage(
            "single single-post postid-10",
            "<div class='box'><h1>A headline for the test</h1>"
                + entry(10, "post", "own", 3)
                + "<div class='box'>"
                + others
                + "</div></div>");
    Extracted e = extract(html, null);
    String text = e.article().text();
    assertTrue(text.contains(sentence("own", 2)), text);
    assertFalse(text.contains("other0 paragraph"), text);
    assertFalse(text.contains("other3 paragraph"), text);
    assertTrue(
        e.removed().stream()
            .anyMatch(
                r ->
                    r.reason() == ChromeKind.RELATED
                        && r.text().contains(sentence("other0", 0))
                        && r.detail().contains("postid-10")),
        () -> e.removed().toString());
  }

  @Test
  void repliesAndLayoutEntriesOfOtherIdsAreNotTeasers() {
    // A page builder's template entry wraps the article; a forum's replies are entries too.
    String replies =
        IntStream.range(0, 3)
            .mapToObj(i -> entry(40 + i, "reply", "reply" + i, 1))
            .collect(Collectors.joining());
    String html =
        wordPressPage(
            "single single-topic postid-30",
            "<div class='post-7 type-tdb_templates'><h1>A headline for the test</h1>"
                + entry(30, "topic", "topic", 2)
                + replies
                + "</div>");
    Extracted e = extract(html, null);
    assertTrue(e.article().text().contains(sentence("topic", 1)), e.article().text());
    assertEquals(Optional.of("A headline for the test"), e.article().title());
    assertFalse(
        e.removed().stream().anyMatch(r -> r.detail().contains("another post")),
        () -> e.removed().toString());
  }

  @Test
  void howToSplitIntoStepsOfOneShapeKeepsEveryStep() {
    // A long introduction in the first step, then short steps, each a sentence and a photo credit
    // in a box of the same class: the region takes the introduction alone.
    String step =
        "<div class='mod step'><div class='stepContent mod'><div class='content%s'>%s</div>"
            + "</div></div>";
    StringBuilder steps = new StringBuilder(String.format(step, " lead", paragraphs("intro", 3)));
    for (int i = 1; i <= 8; i++) {
      steps.append(
          String.format(
              step,
              "",
              "<p>Press the foam for step " + i + " into the dish.</p><p>(Photo by Ann Lee)</p>"));
    }
    String html =
        page(
            "<div class='col-main'><ul class='social-icons'><li><a href=/p>Pin</a></li>"
                + "<li><a href=/f>Share</a></li></ul>"
                + steps
                + "</div>");
    Extracted e = extract(html, null);
    String text = e.article().text();
    assertTrue(text.contains(sentence("intro", 2)), text);
    for (int i = 1; i <= 8; i++) {
      assertTrue(text.contains("Press the foam for step " + i + " "), text);
    }
  }

  @Test
  void articleInTwoBoxesOfOneShapeAroundAnAdIsKeptWhole() {
    // The story's second half in a box of the same template, after an ad and a list of links.
    StringBuilder links = new StringBuilder("<div class='list-widget'><ul>");
    for (int i = 0; i < 4; i++) {
      links
          .append("<li><a href='/s/")
          .append(i)
          .append("'>A headline of another story number ")
          .append(i)
          .append("</a></li>");
    }
    links.append("</ul></div>");
    String box = "<div class='story-block'><div class='block-content'>%s</div></div>";
    String html =
        page(
            "<article class='story'>"
                + String.format(box, paragraphs("first", 9))
                + "<div class='ad__label'><p>Story continues below</p></div>"
                + links
                + String.format(box, "<h3>A subheading</h3>" + paragraphs("second", 3))
                + "</article>");
    String text = extract(html, null).article().text();
    assertTrue(text.contains(sentence("first", 8)), text);
    assertTrue(text.contains(sentence("second", 2)), text);
    assertFalse(text.contains("another story"), text);
  }

  @Test
  void nextArticleUnderItsOwnBylineEndsTheArticle() {
    // An endless scroll: the next story follows in the same box, under its headline and byline.
    String html =
        page(
            "<div class='feed'><div class='story-block'><div class='block-content'>"
                + paragraphs("first", 6)
                + "</div></div><div class='story-block'><div class='block-content'>"
                + "<h2>Another headline for another day</h2><p>By Ann Lee, May 12, 2024</p>"
                + paragraphs("next", 3)
                + "</div></div></div>");
    Extracted e = extract(html, null);
    String text = e.article().text();
    assertTrue(text.contains(sentence("first", 5)), text);
    assertFalse(text.contains("next paragraph"), text);
    assertTrue(
        e.removed().stream()
            .anyMatch(
                r -> r.reason() == ChromeKind.RELATED && r.text().equals(sentence("next", 0))),
        () -> e.removed().toString());
  }

  @Test
  void siblingEntriesWithLinkedHeadingsAndDatesAreNotSectionsOfTheArticle() {
    StringBuilder entries =
        new StringBuilder(
            "<div class='entry'><div class='body'>" + paragraphs("own", 4) + "</div></div>");
    for (int i = 1; i <= 4; i++) {
      entries.append(
          "<div class='entry'><h2><a href='/story/"
              + i
              + "'>Another story number "
              + i
              + "</a></h2><div class='body'><p>May "
              + (i + 3)
              + ", 2024</p><p>"
              + sentence("teaser" + i, 0)
              + "</p></div></div>");
    }
    String text = extract(page("<div class='list'>" + entries + "</div>"), null).article().text();
    assertTrue(text.contains(sentence("own", 3)), text);
    assertFalse(text.contains("teaser2 paragraph"), text);
  }

  @Test
  void articleSplitOverChromeNamedGridSlotsIsKept() {
    String slots =
        IntStream.range(0, 4)
            .mapToObj(
                i ->
                    "<div class='sidebar-grid__container'><div>"
                        + paragraphs("slot" + i, 3)
                        + "</div></div>")
            .collect(Collectors.joining());
    String html =
        page(
            "<main><article>"
                + slots
                + "<aside class='sidebar'><p>"
                + sentence("aside", 0)
                + "</p></aside></article></main>");
    Extracted e = extract(html, null);
    String text = e.article().text();
    for (int i = 0; i < 4; i++) {
      assertTrue(text.contains(sentence("slot" + i, 2)), "slot " + i + " missing: " + text);
    }
    assertFalse(text.contains(sentence("aside", 0)));
  }

  @Test
  void threadKeepsEveryPostAndSaysItIsAThread() {
    String posts =
        IntStream.range(0, 6)
            .mapToObj(
                i ->
                    "<div class='comment-item'><div class='user'>"
                        + "<a href=/u/"
                        + i
                        + ">user"
                        + i
                        + "</a></div><div class='comment-body'><p>"
                        + sentence("post" + i, 0)
                        + "</p></div></div>")
            .collect(Collectors.joining());
    Extracted e =
        extract(
            page("<div class='topic'>" + posts + "</div>"),
            "https://forum.example.org/thread/12345-a-question");
    assertEquals(PageType.THREAD, e.article().pageType());
    for (int i = 0; i < 6; i++) {
      assertTrue(e.article().text().contains(sentence("post" + i, 0)), "post " + i + " missing");
    }
    assertTrue(
        e.decisions().stream().anyMatch(d -> d.startsWith("thread signals")),
        e.decisions().toString());
  }

  @Test
  void threadKeepsOneLineRepliesAndAPostMarkedDifferently() {
    String reply =
        "<div class='topic-post'><div class='meta'><a href=/u/%d>user%d</a></div>"
            + "<div class='regular contents%s'><div class='cooked'><p>%s</p></div></div></div>";
    StringBuilder posts =
        new StringBuilder(
            String.format(
                reply, 0, 0, "", sentence("question", 0) + " " + sentence("question", 1)));
    String[] replies = {"hey check this", "Thanks its done", "works for me too", "same here"};
    for (int i = 0; i < replies.length; i++) {
      // The last reply carries one more class, as a highlighted or accepted post does.
      posts.append(
          String.format(
              reply, i + 1, i + 1, i == replies.length - 1 ? " avoid-tab" : "", replies[i]));
    }
    Extracted e =
        extract(
            page("<div class='post-stream'>" + posts + "</div>"),
            "https://discuss.example.org/t/a-question/4242");
    assertEquals(PageType.THREAD, e.article().pageType());
    for (String r : replies) {
      assertTrue(
          e.article().text().contains(r), "reply missing: " + r + " in " + e.article().text());
    }
  }

  @Test
  void theHeadlineShownInThePageCutsTheSiteNamesOffTheDeclaredTitle() {
    // Neither <title> nor og:title says where the headline ends; the page shows it, in no <h1>.
    String declared = "央行公布5月贷款利率：1年期为3.45%_经济_宏观频道_某某网 - EXAMPLE.COM.CN";
    String html =
        "<html><head><title>"
            + declared
            + "</title><meta property='og:title' content='"
            + declared
            + "'></head><body><div class='article'><div class='title'>央行公布5月贷款利率：1年期为3.45%</div>"
            + paragraphs("story", 4)
            + "</div></body></html>";
    Extracted e = extract(html, null);
    assertEquals("央行公布5月贷款利率：1年期为3.45%", e.article().title().orElseThrow());
    assertTrue(e.article().paragraphs().get(0).startsWith("The story paragraph number 0"));
  }

  @Test
  void theAuthorsNameAndBioAfterTheArticleAreNotText() {
    String html =
        "<html><head><title>A headline for the test</title>"
            + "<meta name='author' content='Jane Doe'></head><body><article>"
            + "<h1>A headline for the test</h1>"
            + paragraphs("story", 5)
            + "<p>Jane Doe</p><p>Jane is a science reporter for Example News. She covers oceans.</p>"
            + "</article></body></html>";
    Extracted e = extract(html, null);
    assertEquals(5, e.article().paragraphs().size(), e.article().paragraphs().toString());
    assertEquals(List.of("Jane Doe"), e.article().authors());
    assertTrue(
        e.removed().stream().anyMatch(r -> r.text().startsWith("Jane is a science reporter")));
  }

  @Test
  void threadRepliesNestedDeeperThanTheQuestionAreKept() {
    // The question's body and each reply's body carry the same generated class name, but the
    // replies sit three levels deeper, in a list under the question.
    String body = "<div class='css-9x7k2q'><div class='css-p41lm'><p>%s</p></div></div>";
    StringBuilder replies = new StringBuilder("<ul class='css-rpl0'>");
    String[] texts = {"did you set the path first?", "no, only from the manager", "I did it!!"};
    for (String t : texts) {
      replies.append("<li><div class='css-w1'><div>").append(String.format(body, t));
      replies.append("</div></div></li>");
    }
    replies.append("</ul>");
    Extracted e =
        extract(
            page(
                "<div class='css-main'><div class='css-q'><div>"
                    + String.format(body, sentence("question", 0) + " " + sentence("question", 1))
                    + "</div></div><div>"
                    + replies
                    + "</div></div>"),
            "https://forum.example.com/forums/thread/6649a9c3");
    assertEquals(PageType.THREAD, e.article().pageType());
    for (String t : texts) {
      assertTrue(e.article().text().contains(t), "reply missing: " + t + " " + e.decisions());
    }
  }

  @Test
  void threadRepliesInABoxBuiltUnlikeTheQuestionAreKept() {
    String answers =
        IntStream.range(0, 2)
            .mapToObj(
                i ->
                    "<div class='answer-item'><span class='by'>"
                        + "<a href=/u/"
                        + i
                        + ">helper"
                        + i
                        + "</a></span><div class='answer-text'>"
                        + sentence("answer" + i, 0)
                        + " It also worked on my second machine after a restart.</div></div>")
            .collect(Collectors.joining());
    // The answers hang from another branch of the page than the question, and add a third to its
    // text.
    Extracted e =
        extract(
            page(
                "<div class='qa'><div class='col'><div class='question'><div class='body'>"
                    + paragraphs("question", 8)
                    + "</div></div></div><div class='col2'><div class='answers'>"
                    + answers
                    + "</div></div></div>"),
            "https://ask.example.org/questions/777/how-to");
    for (int i = 0; i < 2; i++) {
      assertTrue(
          e.article().text().contains(sentence("answer" + i, 0)),
          "answer " + i + " missing: " + e.decisions());
    }
    assertTrue(e.article().text().contains(sentence("question", 7)));
  }

  @Test
  void datelinesAndALoneBylineWordAreMetadataNotParagraphs() {
    String html =
        "<!doctype html><html><head><title>A headline for the test</title>"
            + "<meta property='article:published_time' content='2019-11-19T00:04:00Z'></head><body>"
            + "<article><h1>A headline for the test</h1><p>By</p><p>Nov. 18, 2019 7:04 pm ET</p>"
            + paragraphs("story", 4)
            + "<p>Aktualisiert am 19.11.2019, 10:15 Uhr</p>"
            + paragraphs("more", 2)
            + "</article></body></html>";
    Extracted e = extract(html, null);
    assertEquals(6, e.article().paragraphs().size(), e.article().paragraphs().toString());
    assertTrue(e.article().paragraphs().get(0).startsWith("The story paragraph number 0"));
  }

  @Test
  void aThreadKeepsItsFirstPostsTimeStamp() {
    String post =
        "<div class='post'><div class='who'>user%d</div><div class='when'>May %d 2024 | 2:18 pm</div>"
            + "<div class='post-body'><p>%s</p></div></div>";
    StringBuilder posts = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      posts.append(String.format(post, i, i + 10, sentence("post" + i, 0)));
    }
    Extracted e =
        extract(
            page("<div class='thread'>" + posts + "</div>"), "https://forum.example.org/topic/99");
    assertEquals(PageType.THREAD, e.article().pageType());
    assertTrue(
        e.article().text().contains("May 11 2024 | 2:18 pm"), e.article().paragraphs().toString());
  }

  @Test
  void aThreadsPostHeadersWithFloorNumbersAreNotText() {
    String post =
        "<div class='post'><div class='meta'>%d weeks ago #%d by user%d</div>"
            + "<div class='post-body'><p>%s</p></div></div>";
    StringBuilder posts = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      posts.append(String.format(post, 4 - i, i, i, sentence("post" + i, 0)));
    }
    Extracted e =
        extract(
            page("<div class='thread'>" + posts + "</div>"), "https://forum.example.org/topic/99");
    assertEquals(PageType.THREAD, e.article().pageType());
    assertEquals(
        List.of(sentence("post1", 0), sentence("post2", 0), sentence("post3", 0)),
        e.article().paragraphs());
    assertTrue(
        e.removed().stream()
            .anyMatch(
                r ->
                    r.reason() == ChromeKind.METADATA
                        && r.text().equals("2 weeks ago #2 by user2")),
        () -> e.removed().toString());
  }

  @Test
  void photoCaptionsAndCreditsAreNotParagraphs() {
    String html =
        page(
            "<article>"
                + paragraphs("story", 2)
                + "<figure><img src=a.jpg alt=''><figcaption>"
                + "Workers on the bridge during the week of May 13. (City of Example)</figcaption></figure>"
                + paragraphs("after", 2)
                + "<div class='image-credit'>Jane Roe/Example Images</div></article>");
    Extracted e = extract(html, null);
    assertEquals(4, e.article().paragraphs().size(), e.article().paragraphs().toString());
    assertEquals(
        2,
        e.removed().stream().filter(r -> r.reason() == ChromeKind.CAPTION).count(),
        e.removed().toString());
  }

  @Test
  void aHeadlineSplitIntoKickerAndTitleKeepsTheColonTheMetadataGives() {
    String html =
        "<!doctype html><html><head><title>The Kicker: Where the headline goes on</title>"
            + "<meta property='og:title' content='The Kicker: Where the headline goes on'></head><body><article>"
            + "<h1><span class='kicker'>The Kicker</span> <span class='title'>Where the headline goes on</span></h1>"
            + paragraphs("story", 3)
            + "</article></body></html>";
    assertEquals(
        "The Kicker: Where the headline goes on",
        extract(html, null).article().title().orElseThrow());
  }

  @Test
  void pageOfCommentsOnlyIsAThreadNotAnEmptyPage() {
    String comments =
        IntStream.range(0, 8)
            .mapToObj(
                i ->
                    "<div class='comment'><span class='comment-info'>"
                        + "<a href=/u/"
                        + i
                        + ">reader"
                        + i
                        + "</a> 2024-04-0"
                        + (i % 9 + 1)
                        + "</span><p class='comment-content'>"
                        + sentence("comment" + i, 0)
                        + "</p></div>")
            .collect(Collectors.joining());
    Extracted e =
        extract(page("<div class='article'><div id='comments'>" + comments + "</div></div>"), null);
    assertEquals(PageType.THREAD, e.article().pageType());
    assertTrue(e.article().text().contains(sentence("comment7", 0)), e.article().text());
  }

  @Test
  void articleWithCommentsKeepsTheArticleAndRemovesTheComments() {
    String comments =
        IntStream.range(0, 40)
            .mapToObj(
                i ->
                    "<li class='comment'><p>"
                        + "# re: the post 2024-05-0"
                        + (i % 9 + 1)
                        + " reader"
                        + i
                        + "</p><p>Nice post, thanks number "
                        + i
                        + ".</p></li>")
            .collect(Collectors.joining());
    Extracted e =
        extract(
            page(
                "<div class='post'><div class='entry'>"
                    + paragraphs("post", 3)
                    + "</div></div>"
                    + "<div id='comments'><h3>40 comments</h3><ol>"
                    + comments
                    + "</ol></div>"),
            null);
    assertEquals(PageType.ARTICLE, e.article().pageType());
    assertEquals(3, e.article().paragraphs().size(), e.article().paragraphs().toString());
    assertTrue(e.removed().stream().anyMatch(r -> r.reason() == ChromeKind.COMMENT));
  }

  @Test
  void listicleSplitOverSiblingSectionsIsKeptWhole() {
    String sections =
        IntStream.range(0, 6)
            .mapToObj(
                i ->
                    "<div class='step'><div class='step-inner'><h2>Step "
                        + i
                        + "</h2>"
                        + paragraphs("step" + i, 2)
                        + "</div></div>")
            .collect(Collectors.joining());
    Extracted e =
        extract(
            page(
                "<div class='wrapper'><div class='intro'><p>"
                    + sentence("intro", 0)
                    + "</p></div><div class='steps'>"
                    + sections
                    + "</div></div>"),
            null);
    for (int i = 0; i < 6; i++) {
      assertTrue(
          e.article().text().contains(sentence("step" + i, 1)),
          "step " + i + " missing: " + e.decisions());
    }
  }

  @Test
  void otherPostsOfABlogIndexAreNotPulledIn() {
    String first =
        "<div class='post'><h2>First post title</h2><p>2005-03-18 01:58</p>"
            + paragraphs("first", 6)
            + "</div>";
    String others =
        IntStream.range(0, 4)
            .mapToObj(
                i ->
                    "<div class='other'><h2><a href=/p/"
                        + i
                        + ">Post "
                        + i
                        + "</a></h2><p>2005-03-1"
                        + i
                        + " 10:00</p>"
                        + paragraphs("other" + i, 3)
                        + "</div>")
            .collect(Collectors.joining());
    Extracted e =
        extract(
            page("<table><tr><td>" + first + "</td></tr><tr><td>" + others + "</td></tr></table>"),
            null);
    assertTrue(e.article().text().contains(sentence("first", 5)));
    assertFalse(e.article().text().contains(sentence("other2", 1)), e.decisions().toString());
  }

  @Test
  void otherStoriesAppendedInTheSameContainerAreCut() {
    String teasers =
        IntStream.range(0, 5)
            .mapToObj(
                i ->
                    "<div><span>Some Wire·"
                        + (i + 2)
                        + " hours ago</span></div>"
                        + "<p>"
                        + sentence("teaser" + i, 0)
                        + "</p>")
            .collect(Collectors.joining());
    Extracted e =
        extract(
            page(
                "<div class='stream'>"
                    + paragraphs("story", 4)
                    + "<h3>Others are reading</h3>"
                    + teasers
                    + "</div>"),
            null);
    assertEquals(4, e.article().paragraphs().size(), e.article().paragraphs().toString());
    assertTrue(e.removed().stream().anyMatch(r -> r.detail().startsWith("teaser list")));
  }

  @Test
  void aScheduleOfDatesIsNotATeaserList() {
    String dates =
        IntStream.range(1, 8)
            .mapToObj(
                i -> "<p>Sat, Jun " + i + ", 2024</p><p>6:00 a.m.–7:30 a.m.</p>" + "<p>$40</p>")
            .collect(Collectors.joining());
    Extracted e =
        extract(page("<div class='tour'>" + paragraphs("tour", 3) + dates + "</div>"), null);
    assertFalse(
        e.removed().stream().anyMatch(r -> r.detail().startsWith("teaser list")),
        e.removed().toString());
    assertEquals(7, e.article().paragraphs().stream().filter(p -> p.startsWith("6:00")).count());
  }

  @Test
  void aConsentDialogFullOfLegalProseIsNotTheArticle() {
    String dialog =
        "<div id='onetrust-consent-sdk'><div class='ot-pc-content'>"
            + paragraphs("cookie", 12)
            + "</div></div>";
    Extracted e =
        extract(page("<div class='story'>" + paragraphs("story", 4) + "</div>" + dialog), null);
    assertTrue(e.article().text().contains(sentence("story", 3)), e.article().text());
    assertFalse(e.article().text().contains(sentence("cookie", 0)));
  }

  @Test
  void aPageWrapperNamedLikeNavigationIsNotChrome() {
    String items =
        IntStream.range(0, 5)
            .mapToObj(
                i ->
                    "<div class='summary-item--layout-position-image-left'><h3>"
                        + "Item "
                        + i
                        + "</h3>"
                        + paragraphs("item" + i, 2)
                        + "</div>")
            .collect(Collectors.joining());
    Extracted e =
        extract(
            page(
                "<div class='StandardNavigation-site-navigation'><div class='body'>"
                    + paragraphs("lead", 2)
                    + items
                    + "</div></div>"),
            null);
    for (int i = 0; i < 5; i++) {
      assertTrue(
          e.article().text().contains(sentence("item" + i, 1)),
          "item " + i + " missing: " + e.decisions());
    }
  }

  @Test
  void anArticleShippedWholeBehindAPaywallAttributeIsRead() {
    // The lead is shown; the rest waits in a hidden element until a script checks the reader.
    Extracted e =
        extract(
            page(
                "<article><h1>A headline for the test</h1><p>"
                    + sentence("lead", 0)
                    + "</p><div class='paywall' hidden>"
                    + paragraphs("rest", 10)
                    + "</div></article>"),
            null);
    assertTrue(e.article().text().contains(sentence("rest", 9)), e.decisions().toString());
  }

  @Test
  void aCopyOfTheArticleHiddenByStyleIsNotReadAsWell() {
    String story = paragraphs("story", 3);
    Extracted e =
        extract(
            page("<article>" + story + "</article><div style='display:none'>" + story + "</div>"),
            null);
    assertEquals(3, e.article().paragraphs().size(), e.article().paragraphs().toString());
  }

  @Test
  void anArticleAScriptRevealsIsNotReportedAsMissing() {
    Extracted e =
        extract(
            page(
                "<div id='js_content' style='visibility: hidden;'>"
                    + paragraphs("shown", 4)
                    + "</div><div style='display:none'><p>"
                    + sentence("qr code", 0)
                    + "</p></div>"),
            null);
    assertTrue(e.article().text().contains(sentence("shown", 3)), e.article().text());
    assertTrue(
        e.decisions().get(0).contains("read again with them shown"), e.decisions().toString());
  }

  @Test
  void commentsComeBackWhenAskedFor() {
    String comments =
        IntStream.range(1, 6)
            .mapToObj(
                i ->
                    "<li class='comment'><div class='meta'><a href=/u/"
                        + i
                        + ">reader"
                        + i
                        + "</a> 2024-05-0"
                        + i
                        + "</div><p>Thanks for the post, comment number "
                        + i
                        + ".</p></li>")
            .collect(Collectors.joining());
    byte[] html =
        page("<div class='entry'>"
                + paragraphs("post", 3)
                + "</div><div id='comments'><ol>"
                + comments
                + "</ol></div>")
            .getBytes(StandardCharsets.UTF_8);
    Extracted plain = assertInstanceOf(Extracted.class, EXTRACTOR.extract(html, PageHints.none()));
    assertTrue(plain.article().comments().isEmpty());
    Extracted e =
        assertInstanceOf(
            Extracted.class,
            Extractor.builder().comments(true).build().extract(html, PageHints.none()));
    assertEquals(plain.article().paragraphs(), e.article().paragraphs());
    assertEquals(5, e.article().comments().size(), e.article().comments().toString());
    Comment third = e.article().comments().get(2);
    assertEquals("reader3", third.author().orElseThrow());
    assertEquals("2024-05-03", third.published().orElseThrow().toString());
    assertEquals("Thanks for the post, comment number 3.", third.text());
  }

  @Test
  void aListOfOtherStoriesIsRejectedAsAListPage() {
    String items =
        IntStream.range(0, 8)
            .mapToObj(
                i ->
                    "<div class='item'><h2><a href=/s/"
                        + i
                        + ">Story number "
                        + i
                        + " in the list</a></h2><p>"
                        + sentence("teaser" + i, 0)
                        + "</p></div>")
            .collect(Collectors.joining());
    ExtractionResult r =
        EXTRACTOR.extract(
            page("<div class='list'>" + items + "</div>").getBytes(StandardCharsets.UTF_8),
            PageHints.none());
    Rejected rejected = assertInstanceOf(Rejected.class, r, () -> "an article: " + r);
    assertEquals(RejectionReason.LIST_PAGE, rejected.reason());
  }

  @Test
  void textHiddenByAFrameworkClassIsNotRead() {
    Extracted e =
        extract(
            page(
                "<div class='story'><span class='sr-only'>Author of the article:</span>"
                    + paragraphs("story", 3)
                    + "<div class='paywall hidden'><p>"
                    + sentence("subscribe offer", 0)
                    + "</p></div>"
                    + "<p class='hidden md:block'>"
                    + sentence("wide screens", 0)
                    + "</p></div>"),
            null);
    String text = e.article().text();
    assertFalse(text.contains("Author of the article"), text);
    assertFalse(text.contains(sentence("subscribe offer", 0)), text);
    assertTrue(text.contains(sentence("wide screens", 0)), "shown from md on: " + text);
  }

  @Test
  void aHiddenSeparatorInsideTheHeadlineStaysInTheTitle() {
    String html =
        "<!doctype html><html><head><title>Kicker: The headline | Example</title></head><body>"
            + "<h1><span class='kicker'>Kicker</span><span class='visually-hidden'>: </span><span>The headline</span></h1>"
            + "<div class='story'>"
            + paragraphs("story", 3)
            + "</div></body></html>";
    assertEquals("Kicker: The headline", extract(html, null).article().title().orElseThrow());
  }

  @Test
  void confidenceIsLowerForAStubThanForAFullArticle() {
    Extracted full = extract(page("<article>" + paragraphs("full", 8) + "</article>"), null);
    Extracted stub = extract("<html><body><p>" + sentence("stub", 0) + "</p></body></html>", null);
    assertTrue(full.confidence() > 0.8, "full: " + full.confidence());
    assertTrue(
        stub.confidence() < full.confidence(),
        "stub " + stub.confidence() + " full " + full.confidence());
  }

  /**
   * A notice whose last line {@code announce}s what follows, then {@code table} outside its box.
   */
  private static String noticeWithTable(String announce, String table) {
    return page(
        "<table><tr><td><div class='notice'>"
            + paragraphs("notice", 4)
            + "<p>"
            + announce
            + "</p></div></td></tr></table>"
            + table);
  }

  private static String dataTable(boolean linked) {
    StringBuilder t = new StringBuilder("<table border=1><tr><td>Subject</td><td>Tutor</td></tr>");
    for (int i = 0; i < 4; i++) {
      String subject = "Subject number " + i + " of the programme";
      t.append("<tr><td>")
          .append(linked ? "<a href=/s" + i + ">" + subject + "</a>" : subject)
          .append("</td><td>Tutor ")
          .append(i)
          .append("</td></tr>");
    }
    return t.append("</table>").toString();
  }

  @Test
  void aTableTheArticleAnnouncesIsReadWithIt() {
    String text = extract(noticeWithTable("附：招生专业及考试科目", dataTable(false)), null).article().text();
    assertTrue(text.contains("Subject number 3 of the programme"), text);
    text =
        extract(noticeWithTable("The subjects are these:", dataTable(false)), null)
            .article()
            .text();
    assertTrue(text.contains("Subject number 3 of the programme"), text);
  }

  @Test
  void aTableTheArticleDoesNotAnnounceOrALinkTableStaysOut() {
    String text =
        extract(noticeWithTable("The notice ends here.", dataTable(false)), null).article().text();
    assertFalse(text.contains("Subject number"), text);
    text = extract(noticeWithTable("附：招生专业及考试科目", dataTable(true)), null).article().text();
    assertFalse(text.contains("Subject number"), text);
  }

  @Test
  void anArticleWrapperThatSaysCommentsAreOpenIsNotACommentBox() {
    // The story is split over two text widgets inside <div id=article class=comments-enabled>: the
    // wrapper is named both like an article and like comments, and it holds the page's text.
    String html =
        page(
            "<div id='article' class='comments-enabled'><div class='widgets'>"
                + "<div class='widget widget-text'>"
                + paragraphs("lead", 3)
                + "</div><div class='widget widget-links'><a href=/x>Another story</a></div>"
                + "<div class='widget widget-text'>"
                + paragraphs("story", 5)
                + "</div></div></div>");
    String text = extract(html, null).article().text();
    assertTrue(text.contains(sentence("lead", 0)), text);
    assertTrue(text.contains(sentence("story", 4)), text);
  }

  @Test
  void aStreamOfOtherStoriesUnderAShortArticleIsNotTheArticle() {
    String text = extract(storyAboveAStream("item"), null).article().text();
    assertTrue(text.contains(sentence("story", 1)), text);
    assertFalse(text.contains("teaser"), text);
  }

  @Test
  void aFeaturedFirstCardIsStillACardOfTheStream() {
    String text = extract(storyAboveAStream("item featured"), null).article().text();
    assertTrue(text.contains(sentence("story", 1)), text);
    assertFalse(text.contains("teaser"), text);
  }

  /**
   * A two-sentence story, then a stream of cards: each a source line, another story's linked
   * headline and a teaser; the first teaser runs to the whole of that other story.
   */
  private static String storyAboveAStream(String firstCardClass) {
    StringBuilder stream = new StringBuilder("<ul class='list'>");
    for (int i = 0; i < 4; i++) {
      stream
          .append("<li class='")
          .append(i == 0 ? firstCardClass : "item")
          .append("'><div><span>Another Outlet · ")
          .append(i + 2)
          .append(" hours ago</span><h4><a href=/other")
          .append(i)
          .append(">Another story number ")
          .append(i)
          .append("</a></h4><p>")
          .append(sentence("teaser " + i, 0).repeat(i == 0 ? 8 : 1))
          .append("</p></div></li>");
    }
    stream.append("</ul>");
    return page(
        "<div class='c1'><p>"
            + sentence("story", 0)
            + " "
            + sentence("story", 1)
            + "</p></div>"
            + stream);
  }

  @Test
  void theNumberedClausesOfANoticeUnderTheArticleGoWithIt() {
    // Inside the article's box: the story, a notice's heading, a short first clause, then clauses
    // long enough to read as paragraphs. 二、 after a removed 一、 is the notice's next clause.
    String clause =
        "对侵犯本报社著作权益的违法行为，本报社将采取一切合法措施，追究行为人的侵权责任，"
            + "包括但不限于公开谴责、向有关部门举报、提起诉讼等，并保留追究其法律责任的权利，"
            + "对于各类非法转载，欢迎读者提供线索，经查实后本报社将依法处理并予以公告";
    String html =
        page(
            "<div class='article'>"
                + paragraphs("story", 4)
                + "<p>反侵权公告：</p><p>一、转载本报作品须取得书面授权；</p><p>二、"
                + clause
                + "；</p><p>三、"
                + clause.replace("违法行为", "转载行为")
                + "。</p></div>");
    String text = extract(html, null).article().text();
    assertTrue(text.contains(sentence("story", 3)), text);
    assertFalse(text.contains("转载行为"), text);
    assertFalse(text.contains("违法行为"), text);
  }

  @Test
  void aSignOffUnderARelatedBoxIsStillTheArticlesMetadata() {
    // 163-style: the story, a related box, then the story's source and editor line.
    String html =
        page(
            "<div class='article'>"
                + paragraphs("story", 4)
                + "<h3>延伸阅读</h3><p><a href=/a>另一篇报道的标题</a></p><p><a href=/b>又一篇报道的标题</a></p>"
                + "<p>本文来源：新京报 责任编辑：史建磊</p></div>");
    Article a = extract(html, null).article();
    assertEquals(Optional.of("史建磊"), a.editor());
    assertFalse(a.text().contains("史建磊"), a.text());
  }

  @Test
  void aModalDialogIsNeverTheArticle() {
    // A how-to made of code blocks with little prose, and a hidden report form whose reasons are
    // whole sentences: the form is a dialog, however much better it reads.
    String code = "<pre>export HTTP_PROXY=http://127.0.0.1:8080\ncurl -v https://example.com</pre>";
    String html =
        page(
            "<div class='post-body'><h2>Set the proxy in a shell</h2>"
                + code
                + "<h2>Unset it again</h2>"
                + code.replace("export", "unset")
                + "</div><div class='ui modal small report'><form><div class='content'>"
                + paragraphs("report reason", 3)
                + "</div></form></div>");
    String text = extract(html, null).article().text();
    assertTrue(text.contains("curl -v"), text);
    assertFalse(text.contains("report reason"), text);
  }

  @Test
  void pageStateAndArticleNamesThatMentionModalsAreNotDialogs() {
    String html =
        page("<div class='box article modal-enabled'>" + paragraphs("story", 4) + "</div>")
            .replace("<body>", "<body class='modal-open'>");
    String text = extract(html, null).article().text();
    assertTrue(text.contains(sentence("story", 3)), text);
  }

  @Test
  void aParagraphThatSharesItsBoxWithACarouselOfLinksStays() {
    // The story's box holds a jobs carousel (all links) and, after it, a paragraph of the story:
    // the box is mostly links, the paragraph is not one of them.
    StringBuilder carousel = new StringBuilder("<div class='slides'>");
    for (int i = 0; i < 8; i++) {
      carousel
          .append("<div><a href=/job")
          .append(i)
          .append(">Software engineer number ")
          .append(i)
          .append(" wanted in a large city</a></div>");
    }
    carousel.append("</div>");
    String html =
        page(
            "<article>"
                + paragraphs("story", 4)
                + "<div class='richtext'>"
                + carousel
                + "<p>"
                + sentence("boxed", 0)
                + " "
                + sentence("boxed", 1)
                + "</p></div>"
                + paragraphs("ending", 2)
                + "</article>");
    String text = extract(html, null).article().text();
    assertTrue(text.contains(sentence("boxed", 1)), text);
    assertFalse(text.contains("Software engineer number 3"), text);
  }
}
