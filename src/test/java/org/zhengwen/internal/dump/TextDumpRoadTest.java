package org.zhengwen.internal.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengwen.ChromeKind;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.InputKind;
import org.zhengwen.PageHints;
import org.zhengwen.RemovedBlock;
import org.zhengwen.internal.blocks.TextDumpBlocks;

/** The text-dump road on small dumps written for the failures of issue 15. */
class TextDumpRoadTest {
  private static final String TITLE = "山区小学迎来第一座图书馆";
  private static final List<String> BODY =
      List.of(
          "本报讯 九月开学第一天，县里最偏远的一所山区小学迎来了自己的第一座图书馆。图书馆由一间旧教室改建而成，"
              + "书架上摆放着三千多册新书，孩子们在课间排着队进来借书，脸上满是好奇和欢喜。",
          "校长介绍说，过去学校只有几十本旧书，很多孩子从来没有读过一本完整的课外书。图书馆建成后，学校每周安排两节阅读课，"
              + "老师带着学生一起读故事、讲故事，还鼓励孩子们把书带回家和父母一起看。",
          "图书馆的书籍来自社会各界的捐赠。一家出版社送来了整套儿童文学，几位退休教师则自发整理书目、贴上标签，" + "让孩子们能按年级找到适合自己的书。",
          "五年级的一名学生说，她最喜欢的是一本讲星星的科普书。她希望以后能读完图书馆里所有的书，长大后去城里上大学，" + "再回到家乡当一名老师。");

  private static ExtractionResult extract(String dump) {
    return Extractor.standard().extractText(dump, PageHints.none().withKind(InputKind.TEXT));
  }

  private static Extracted extracted(String dump) {
    return assertInstanceOf(Extracted.class, extract(dump));
  }

  /** Lines joined the seeds' way: a blank line between blocks. */
  private static String dump(List<String> lines) {
    return String.join("\n\n", lines) + "\n";
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toList();
  }

  private static boolean removedAs(Extracted e, ChromeKind kind, String text) {
    return e.removed().stream().anyMatch(r -> r.reason() == kind && r.text().equals(text));
  }

  @Test
  void aShortLineUnderTheFirstSentenceIsNotTheTitle() {
    // No title line above the text: the short line under the opening sentence is part of the
    // article (a subheading), not its title with everything above it header.
    String opening = "开学第一天，县里最偏远的那所山区小学发生了一件让全村老老少少都高兴的事情，" + "下面我们从头讲起：";
    List<String> lines = concat(List.of(opening), List.of("孩子们有了图书馆"), BODY);
    Extracted e = extracted(dump(lines));
    assertTrue(
        e.article().paragraphs().contains(opening), () -> e.article().paragraphs().toString());
    assertTrue(e.article().title().isEmpty(), () -> e.article().title().toString());
  }

  @Test
  void relatedHeadingAboveTheArticleDoesNotSwallowIt() {
    List<String> head =
        List.of(
            "首页 新闻 体育 财经 娱乐 科技",
            "热点排行",
            "全市秋粮收购工作全面展开",
            "新建地铁线路年底通车",
            "老旧小区改造惠及万户居民",
            "本周末全市气温明显回升",
            "图书馆延长开放时间",
            TITLE,
            "2021-09-02 08:30 来源：县融媒体中心");
    Extracted e = extracted(dump(concat(head, BODY, List.of("我来说两句( 0 )"))));
    assertEquals(BODY, e.article().paragraphs());
    assertEquals(Optional.of(TITLE), e.article().title());
    assertTrue(
        removedAs(e, ChromeKind.RELATED, "热点排行"), "the heading is removed with its own reason");
  }

  @Test
  void relatedHeadingInsideTheRegionStillLetsLongParagraphsBack() {
    // The marker rule alone would remove everything after 相关新闻:; the paragraphs after it are
    // article text.
    List<String> lines =
        concat(
            List.of(TITLE, "2021-09-02 来源：县融媒体中心", BODY.get(0), BODY.get(1), "相关新闻:"),
            BODY.subList(2, 4),
            List.of());
    Extracted e = extracted(dump(lines));
    assertEquals(BODY, e.article().paragraphs());
  }

  @Test
  void pagerLineIsRemovedAsPager() {
    String pager = "|<< 1 2 3 4 下一页 >>|";
    Extracted e =
        extracted(dump(concat(List.of(TITLE, "2021-09-02 来源：县融媒体中心"), BODY, List.of(pager))));
    assertEquals(BODY, e.article().paragraphs());
    assertTrue(removedAs(e, ChromeKind.PAGER, pager));
  }

  @Test
  void pagerInTheMiddleOfAPagedArticleIsRemoved() {
    String pager = "上一页 1 2 3 下一页";
    List<String> lines =
        concat(List.of(TITLE, BODY.get(0), BODY.get(1), pager), BODY.subList(2, 4), List.of());
    Extracted e = extracted(dump(lines));
    assertEquals(BODY, e.article().paragraphs());
    assertTrue(removedAs(e, ChromeKind.PAGER, pager));
  }

  @Test
  void repeatedLoadMoreLinesAreRemoved() {
    List<String> lines = new java.util.ArrayList<>(List.of(TITLE, "2021-09-02 来源：县融媒体中心"));
    lines.addAll(BODY.subList(0, 2));
    lines.add("加载更多");
    lines.addAll(BODY.subList(2, 4));
    for (int i = 0; i < 5; i++) {
      lines.add("加载更多");
      lines.add("推荐内容第" + (i + 1) + "组");
    }
    Extracted e = extracted(dump(lines));
    assertEquals(BODY, e.article().paragraphs());
    long removed = e.removed().stream().filter(r -> r.text().equals("加载更多")).count();
    assertEquals(6, removed, "every load-more line is in the removed list: nothing lost silently");
    assertTrue(
        e.removed().stream()
            .filter(r -> r.text().equals("加载更多"))
            .allMatch(r -> r.reason() == ChromeKind.NAVIGATION));
  }

  @Test
  void shortLineRepeatedThroughTheDumpIsChromeWhateverItSays() {
    // No vocabulary knows this button; that it stands three times is enough.
    List<String> lines =
        new java.util.ArrayList<>(List.of(TITLE, "2021-09-02 来源：县融媒体中心", BODY.get(0), "戳我看看"));
    lines.addAll(BODY.subList(1, 4));
    lines.addAll(List.of("戳我看看", "戳我看看"));
    Extracted e = extracted(dump(lines));
    assertEquals(BODY, e.article().paragraphs());
    assertEquals(
        3,
        e.removed().stream()
            .filter(
                r ->
                    r.text().equals("戳我看看")
                        && r.reason() == ChromeKind.NAVIGATION
                        && r.detail().equals("short line repeated 3 times"))
            .count());
  }

  @Test
  void teaserListWithDatesAfterTheArticleIsRemoved() {
    List<String> teasers =
        List.of(
            "全市秋粮收购工作全面展开 2021-09-01",
            "新建地铁线路年底通车 2021-08-31",
            "老旧小区改造惠及万户居民 2021-08-30",
            "本周末全市气温明显回升 2021-08-29");
    Extracted e = extracted(dump(concat(List.of(TITLE, "2021-09-02 来源：县融媒体中心"), BODY, teasers)));
    assertEquals(BODY, e.article().paragraphs());
    for (String t : teasers) {
      assertTrue(removedAs(e, ChromeKind.RELATED, t), t);
    }
  }

  @Test
  void teaserListWithDatesBeforeTheArticleIsNotBody() {
    List<String> teasers =
        List.of("[09-01] 全市秋粮收购工作全面展开", "[08-31] 新建地铁线路年底通车", "[08-30] 老旧小区改造惠及万户居民");
    Extracted e = extracted(dump(concat(teasers, List.of(TITLE, "2021-09-02 来源：县融媒体中心"), BODY)));
    assertEquals(BODY, e.article().paragraphs());
    assertEquals(Optional.of(TITLE), e.article().title());
  }

  @Test
  void anotherScrapersStyleGivesTheSameArticle() {
    // No blank lines, bulleted menu items one per line, tab-separated table cells.
    String other =
        String.join(
            "\n",
            List.of(
                "• 首页",
                "• 新闻",
                "• 体育",
                "• 财经",
                "• 娱乐",
                "栏目\t日期\t点击",
                "要闻\t09-01\t320",
                TITLE,
                "2021-09-02 08:30 来源：县融媒体中心",
                BODY.get(0),
                BODY.get(1),
                BODY.get(2),
                BODY.get(3),
                "• 相关阅读",
                "• 全市秋粮收购工作全面展开",
                "• 新建地铁线路年底通车"));
    Extracted e = extracted(other);
    assertEquals(BODY, e.article().paragraphs());
    assertEquals(Optional.of(TITLE), e.article().title());
  }

  @Test
  void hardWrappedDumpIsJoinedBackIntoParagraphs() {
    StringBuilder b = new StringBuilder("首页 新闻 体育 财经 娱乐 科技\n" + TITLE + "\n2021-09-02 来源：县融媒体中心\n");
    for (String p : BODY) {
      for (int i = 0; i < p.length(); i += 30) {
        b.append(p, i, Math.min(p.length(), i + 30)).append('\n');
      }
    }
    Extracted e = extracted(b.toString());
    assertEquals(BODY, e.article().paragraphs());
  }

  @Test
  void aWrapWidthShowsAsASpikeAmongMenusAndTeasersOfEveryShorterWidth() {
    // Cut every 32 characters, a short story gives few full lines, while menu and teaser lines of
    // every length below 32 outnumber them: the full lines still stand out, all at one length.
    StringBuilder b = new StringBuilder();
    for (int n = 10; n < 32; n++) {
      b.append("栏目").append("频道导航链接文字示例".repeat(3), 0, n - 2).append('\n');
      b.append("热门").append("推荐阅读标题文字示例".repeat(3), 0, n - 2).append('\n');
      b.append("最新").append("资讯滚动新闻文字示例".repeat(3), 0, n - 2).append('\n');
    }
    b.append(TITLE).append("\n2021-09-02 来源：县融媒体中心\n");
    for (String p : BODY) {
      for (int i = 0; i < p.length(); i += 32) {
        b.append(p, i, Math.min(p.length(), i + 32)).append('\n');
      }
    }
    b.append("相关阅读\n全市秋粮收购工作全面展开\n");
    Extracted e = extracted(b.toString());
    assertEquals(BODY, e.article().paragraphs());
  }

  @Test
  void regionSaysHowSureItIs() {
    String d =
        dump(
            concat(
                List.of("首页 新闻 体育 财经 娱乐 科技", TITLE, "2021-09-02 来源：县融媒体中心"),
                BODY,
                List.of("相关阅读", "全市秋粮收购工作全面展开")));
    TextDumpRoad.Outcome o =
        TextDumpRoad.assembleWithRegion(
            TextDumpBlocks.split(d), Optional.empty(), PageHints.none());
    DumpRegion r = o.region();
    assertEquals(1, r.start(), "the region opens at the title");
    assertEquals(7, r.end(), "and closes before the related heading");
    assertTrue(r.anchored());
    assertEquals(1.0, r.share(), 1e-9);
    assertTrue(r.confidence() > 0.9 && r.confidence() <= 1.0, "confidence " + r.confidence());
  }

  @Test
  void linesOutsideTheRegionAreRemovedWithAReason() {
    List<String> lines =
        concat(
            List.of("欢迎访问本站", TITLE, "2021-09-02 来源：县融媒体中心"),
            BODY,
            List.of("网友留言", "这篇文章写得真好", "希望更多学校也能有图书馆"));
    Extracted e = extracted(dump(lines));
    assertEquals(BODY, e.article().paragraphs());
    for (String gone : List.of("欢迎访问本站", "网友留言", "这篇文章写得真好", "希望更多学校也能有图书馆")) {
      RemovedBlock r =
          e.removed().stream().filter(x -> x.text().equals(gone)).findFirst().orElseThrow();
      assertFalse(r.detail().isBlank(), gone);
    }
  }

  @Test
  void headlinesJoinedIntoOneLineAreNotArticleText() {
    // A list flattened by the dump: long, with a colon inside, but headlines side by side.
    String joined =
        "01 / 外媒：全球经济增长明显放缓 02 / 新建地铁线路年底通车 03 / 老旧小区改造惠及万户居民 " + "04 / 本周末全市气温明显回升 05 / 图书馆延长开放时间";
    List<String> lines =
        concat(
            List.of(TITLE, "2021-09-02 来源：县融媒体中心"), BODY, List.of(joined, joined + " 06 / 秋粮收购"));
    Extracted e = extracted(dump(lines));
    assertEquals(BODY, e.article().paragraphs());
    assertTrue(
        LineProfile.isJoinedItems(joined, org.zhengwen.internal.text.Texts.letterCount(joined)));
    assertFalse(
        LineProfile.isJoinedItems(
            BODY.get(0), org.zhengwen.internal.text.Texts.letterCount(BODY.get(0))),
        "a paragraph with one space after 本报讯 is a paragraph");
  }

  @Test
  void repliesJoinedIntoLongLinesWithTheirStampsAreNotArticleText() {
    // A forum post under its author and time, then the thread's index of replies: title, poster,
    // time, size and views, one to twenty of them to a line. The long lines are as long as
    // paragraphs, but carry a clock time every few words.
    String item = "出门旅行时遇到的那些事情，大家都来说说吧！第%d帖 【 网友%d 】 08-1%d 1%d:%d5 %d字 [14%d/0]";
    int[] itemsPerLine = {1, 3, 1, 1, 4, 1, 10, 1, 15, 2, 20, 5, 12};
    List<String> index = new java.util.ArrayList<>();
    int n = 0;
    for (int count : itemsPerLine) {
      List<String> items = new java.util.ArrayList<>();
      for (int k = 0; k < count; k++, n++) {
        items.add(String.format(item, n, n, n % 10, k % 10, k % 6, 100 + n, n % 10));
      }
      index.add(String.join(" ", items));
    }
    List<String> lines =
        concat(
            List.of("主题： " + TITLE, "作者： 芊草 时间： 2005-08-22 19:13:18", BODY.get(0)),
            List.of("您是本文第 154 个阅览者", "| 回复线索："),
            index);
    Extracted e = extracted(dump(lines));
    assertEquals(List.of(BODY.get(0)), e.article().paragraphs());
  }

  @Test
  void threadKeepsEveryShortReplyUnderItsPostHeader() {
    // A question, then replies of a line each, each under "poster #floor time": short lines the
    // paragraph profile leaves out, but the headers say they are posts.
    List<String> replies =
        List.of("引用自哪里？", "我的评论被删除了，请管理员回复一下。", "恢复了，估计是看错了。", "最近机器人挺多的。", "可能是我那天看走眼了。");
    List<String> lines = new java.util.ArrayList<>();
    lines.addAll(List.of("社区 招聘 Wiki 酷站", "注册 登录", TITLE, "楼主 · 3 天前 · 1350 次阅读", BODY.get(0)));
    for (int k = 0; k < replies.size(); k++) {
      lines.add("网友" + k + " #" + (k + 1) + " " + (k + 1) + " 天前");
      lines.add(replies.get(k));
    }
    lines.add("关于 / 联系我们 / 隐私政策 / 友情链接");
    Extracted e = extracted(dump(lines));
    assertEquals(org.zhengwen.PageType.THREAD, e.article().pageType());
    List<String> expected = new java.util.ArrayList<>(List.of(BODY.get(0)));
    expected.addAll(replies);
    assertEquals(expected, e.article().paragraphs());
    assertTrue(removedAs(e, ChromeKind.METADATA, "网友2 #3 3 天前"), () -> e.removed().toString());
  }

  @Test
  void aThreadThatOpensAtItsFirstPostKeepsThatPostsFirstLine() {
    // No headline above the posts, only a relative time (a teaser stamp): the region opens at the
    // first header, and the line under it is the question, not a title.
    List<String> posts =
        List.of("问题描述：访问社区时自动弹出登录窗口，访问子页会跳转到首页", "可以试试这个插件，安装后在后台开启即可。", "试过了，可以用，谢谢！");
    List<String> lines = new java.util.ArrayList<>(List.of("首页 文档 扩展市场", "最新回复", "12 天前"));
    for (int k = 0; k < posts.size(); k++) {
      lines.add(
          "发布 #" + (k + 1) + " 2024年5月" + (15 + k) + "日星期" + "三四五".charAt(k) + " 20点2" + k + "分");
      lines.add(posts.get(k));
    }
    lines.add("关于 / 联系我们 / 隐私政策 / 友情链接");
    Extracted e = extracted(dump(lines));
    assertEquals(org.zhengwen.PageType.THREAD, e.article().pageType());
    assertEquals(posts, e.article().paragraphs());
    assertTrue(e.article().title().isEmpty(), () -> e.article().title().toString());
    assertTrue(
        e.article().source().isEmpty(), () -> "a floor is no outlet: " + e.article().source());
  }

  @Test
  void floorNumberOnItsOwnLineBesideTheTimeHeadsAPost() {
    // The dump split each header: the poster's join date and post time on one line, "#n" on the
    // next.
    List<String> replies = List.of("请问有人在Windows上装过吗？需要哪些步骤？", "可以先装好Python再按文档一步步来。", "谢谢，已经装好了。");
    List<String> lines = new java.util.ArrayList<>(List.of("论坛 首页 搜索", TITLE));
    for (int k = 0; k < replies.size(); k++) {
      lines.add("网友" + k);
      lines.add("2020年2月" + (9 + k) + "日 17:3" + k);
      lines.add("#" + (k + 1));
      lines.add(replies.get(k));
    }
    lines.add("关于 / 联系我们 / 隐私政策 / 友情链接");
    Extracted e = extracted(dump(lines));
    assertEquals(org.zhengwen.PageType.THREAD, e.article().pageType());
    for (String r : replies) {
      assertTrue(e.article().paragraphs().contains(r), () -> e.article().paragraphs().toString());
    }
  }

  @Test
  void twoShortLinesWithFloorNumbersDoNotMakeAnArticleAThread() {
    List<String> lines =
        concat(
            List.of(TITLE, "2021-09-02 10:20 来源：县融媒体中心"),
            BODY,
            List.of("热帖 #1 2021-09-01 09:00", "热帖 #2 2021-09-01 10:00"));
    Extracted e = extracted(dump(lines));
    assertEquals(org.zhengwen.PageType.ARTICLE, e.article().pageType());
    assertEquals(BODY, e.article().paragraphs());
  }

  @Test
  void aSecondArticleHeadEndsTheRegion() {
    // A blog's front page: the newest post, its footer, then the next post under its own headline
    // and time.
    List<String> next =
        List.of(
            "秋天的第一场雨",
            "2021-08-30 21:15:02",
            "傍晚下起了小雨，院子里的桂花被打落了一地，空气里都是清甜的味道。我搬了把椅子坐在屋檐下，听雨声一点点变小。",
            "雨停之后，邻居家的孩子跑出来踩水坑，笑声传得很远，让人想起自己小时候的样子。");
    List<String> lines =
        concat(
            List.of(TITLE, "2021-09-02 08:30:00"),
            BODY,
            concat(List.of("由小编张贴 @ 2021-09-02 08:30:00 (120) 共 3 篇评论"), next, List.of()));
    Extracted e = extracted(dump(lines));
    assertEquals(BODY, e.article().paragraphs());
    assertEquals(Optional.of(TITLE), e.article().title());
  }

  @Test
  void articleDumpedTwiceIsKeptOnce() {
    List<String> lines = concat(List.of(TITLE, "2021-09-02 来源：县融媒体中心"), BODY, BODY);
    Extracted e = extracted(dump(lines));
    assertEquals(BODY, e.article().paragraphs());
    assertEquals(
        4,
        e.removed().stream().filter(r -> r.detail().equals("repeats a paragraph above")).count());
  }

  @Test
  void removedBlocksComeInPageOrderWithTheLineByLineRoadsReasons() {
    List<String> head = List.of("首页 新闻 体育 财经 娱乐 科技", "欢迎访问本站", TITLE, "2021-09-02 来源：县融媒体中心");
    List<String> tail = List.of("相关阅读", "全市秋粮收购工作全面展开", "新建地铁线路年底通车");
    List<String> lines = concat(head, BODY, tail);
    Extracted e = extracted(dump(lines));
    List<String> removedTexts = e.removed().stream().map(RemovedBlock::text).toList();
    List<String> expected = lines.stream().filter(removedTexts::contains).toList();
    assertEquals(expected, removedTexts);
    assertTrue(removedAs(e, ChromeKind.HEADER, "欢迎访问本站"));
    RemovedBlock teaser =
        e.removed().stream().filter(r -> r.text().equals("新建地铁线路年底通车")).findFirst().orElseThrow();
    assertEquals(ChromeKind.RELATED, teaser.reason());
    assertTrue(teaser.detail().startsWith("after "), teaser.detail());
  }

  @Test
  void reprintNoticeEndsTheArticle() {
    String notice = "县融媒体中心专稿，未经书面授权请勿转载。";
    String teaser = "大暑养生三步曲：祛湿、补阳、防暑，芒种节气这样吃，消暑滋润好过夏，专家提醒饮食清淡为主，多喝温水少吃冷饮。";
    List<String> lines =
        concat(
            List.of(TITLE, "2021-09-02 来源：县融媒体中心"), BODY, List.of(notice, teaser, teaser + "更多"));
    Extracted e = extracted(dump(lines));
    assertEquals(BODY, e.article().paragraphs());
    assertTrue(removedAs(e, ChromeKind.DISCLAIMER, notice));
  }

  @Test
  void manyHeadsAndParagraphsStayLinear() {
    // Every other line a dated head, every other a paragraph: the anchored search must not rescan
    // the
    // rest of the dump for each head (60,000 heads would be 10^9 steps and more).
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 60_000; i++) {
      b.append("2021-09-02 08:30 来源：县融媒体中心\n").append(BODY.get(i % 4)).append('\n');
    }
    String d = b.toString();
    ExtractionResult r =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(20), () -> extract(d));
    assertInstanceOf(Extracted.class, r);
  }

  @Test
  void longRunOfDatedLinesInsideTheArticleStaysLinear() {
    // A dated line inside the region makes the finder look above it for a headline; the look must
    // not
    // walk back over every metadata line before it.
    StringBuilder b = new StringBuilder(TITLE + "\n" + BODY.get(0) + "\n");
    for (int i = 0; i < 100_000; i++) {
      b.append("2021-09-02 08:30\n作者：张三\n");
    }
    b.append(BODY.get(1)).append('\n').append(BODY.get(2)).append('\n');
    String d = b.toString();
    ExtractionResult r =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(20), () -> extract(d));
    assertInstanceOf(Extracted.class, r);
  }

  @Test
  void spacesBetweenWordsOfHangulAreNotJoinedItems() {
    // Korean writes spaces between words, inside sentences; only between Han or kana do spaces join
    // items.
    String sentence = "오늘 아침 시청 앞 광장에서 작은 음악회가 열려 많은 시민들이 발걸음을 멈추고 음악을 들었다.";
    String kanaMenu = "ニュース 国内 海外 経済 スポーツ エンタメ トレンド";
    assertFalse(
        LineProfile.isJoinedItems(
            sentence, org.zhengwen.internal.text.Texts.letterCount(sentence)));
    assertTrue(
        LineProfile.isJoinedItems(
            kanaMenu, org.zhengwen.internal.text.Texts.letterCount(kanaMenu)));
  }

  @Test
  void shortArticleUnderADateAmongLongListsIsNotAListPage() {
    // One paragraph under its date line, then far more letters of menus and teasers one item a
    // line: the
    // page is still an article, not a list whose every line stays.
    List<String> teasers = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      teasers.add("全市第" + (i + 1) + "届秋季运动会开幕");
    }
    List<String> lines =
        concat(
            List.of("首页", "新闻", "体育", TITLE, "2021-09-02 08:30"),
            List.of(BODY.get(0)),
            concat(List.of("热门推荐"), teasers, List.of("关于我们", "联系我们")));
    Extracted e = extracted(dump(lines));
    assertEquals(List.of(BODY.get(0)), e.article().paragraphs());
    assertEquals(Optional.of(TITLE), e.article().title());
  }

  @Test
  void looseMetadataLineAboveTheHeadlineDoesNotCutTheArticle() {
    // A source line in the menu above a long headline (long enough to read as text) over its date
    // line:
    // the region must not end before it starts, and the headline, not a menu line, is the title.
    String headline = "县教育局：山区小学迎来第一座图书馆，三千多册新书让孩子们在课间排队借阅";
    List<String> head = List.of("首页", "来源：县融媒体中心", "社会", "教育", "法治", headline, "2021-09-02 08:30");
    Extracted e = extracted(dump(concat(head, BODY, List.of("关于我们"))));
    assertEquals(BODY, e.article().paragraphs());
    assertEquals(Optional.of(headline), e.article().title());
  }

  @Test
  void sentenceLongPromptRepeatedUnderEveryWidgetIsChrome() {
    // Reaction buttons under the article, each with the same log-in prompt: a sentence, but chrome.
    String prompt = "登录后即可对文章发表您的看法，请先注册成为本站会员。";
    List<String> widgets = List.of("点赞 0", prompt, "收藏 0", prompt, "分享 0", prompt, "打赏 0", prompt);
    List<String> lines = concat(List.of(TITLE, "2021-09-02 来源：县融媒体中心"), BODY, widgets);
    Extracted e = extracted(dump(lines));
    assertEquals(BODY, e.article().paragraphs());
    assertTrue(
        e.removed().stream()
            .anyMatch(r -> r.text().equals(prompt) && r.detail().contains("repeated")));
  }

  @Test
  void buttonsBetweenTheHeadAndTheTextAreNotBody() {
    // Share and font-size buttons one a line under the date, then the text; a lone sub-heading
    // stays.
    List<String> buttons = List.of("分享", "微信", "微博", "字号", "大", "中", "小");
    List<String> body = List.of(BODY.get(0), BODY.get(1), "孩子们的心愿", BODY.get(2), BODY.get(3));
    Extracted e = extracted(dump(concat(List.of(TITLE, "2021-09-02 来源：县融媒体中心"), buttons, body)));
    assertEquals(body, e.article().paragraphs());
    assertTrue(
        e.removed().stream()
            .anyMatch(r -> r.text().equals("字号") && r.reason() == ChromeKind.BOILERPLATE));
  }

  @Test
  void alphabeticLettersWeighLessThanHanCharacters() {
    // An English headline with a comma has as many letters as a long Chinese sentence, but says as
    // much as
    // a Chinese headline: weighed, it is not article text, while a full English sentence still is.
    String headline = "Library opens in a remote mountain school, pupils queue";
    String sentence =
        "On the first day of term, the most remote mountain school in the county opened its first library, "
            + "and the pupils queued to borrow books.";
    assertTrue(
        LineProfile.weightedLetters(headline)
            < org.zhengwen.internal.text.Texts.letterCount(headline));
    assertEquals(
        org.zhengwen.internal.text.Texts.letterCount(BODY.get(0)),
        LineProfile.weightedLetters(BODY.get(0)));
    assertFalse(isText(headline));
    assertTrue(isText(sentence));
  }

  private static boolean isText(String t) {
    return LineProfile.isArticleLike(
        t, LineProfile.weightedLetters(t), org.zhengwen.internal.text.Texts.sentencePunctCount(t));
  }

  @Test
  void longerTextAfterAReprintNoticeDoesNotWinOverTheArticle() {
    // The article, its reprint notice, then a sidebar of sentence-like teasers with more letters in
    // all:
    // the notice closes the article, so the text before it is the article.
    String notice = "县融媒体中心专稿，未经书面授权请勿转载。";
    List<String> teasers = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      teasers.add("第" + (i + 1) + "期健康讲堂：秋天早晚温差大，专家提醒老人和孩子注意添衣保暖，饮食宜清淡，多喝温水少吃冷饮。");
    }
    List<String> lines =
        concat(List.of("首页", "健康"), BODY, concat(List.of(notice, "健康资讯"), teasers, List.of()));
    Extracted e = extracted(dump(lines));
    assertEquals(BODY, e.article().paragraphs());
  }

  @Test
  void relatedHeadingsOfOtherPortalsCloseTheArticle() {
    // Headings from the shared marker vocabulary (Chinese and Japanese forms) followed by teasers.
    for (String heading : List.of("大家都在看", "関連記事")) {
      List<String> tail = List.of(heading, "全市秋粮收购工作全面展开，新建地铁线路年底通车。", "老旧小区改造惠及万户居民，本周末全市气温明显回升。");
      Extracted e = extracted(dump(concat(List.of(TITLE, "2021-09-02 来源：县融媒体中心"), BODY, tail)));
      assertEquals(BODY, e.article().paragraphs(), heading);
      assertTrue(removedAs(e, ChromeKind.RELATED, heading), heading);
    }
  }

  @Test
  void alphabeticTextWrappedInANarrowColumnIsJudgedAsOneParagraph() {
    // A dumper that lays out columns (w3m) cuts each English sentence into pieces shorter than a
    // headline, a side column beside them; the pieces go on in lower case, so they are read
    // together.
    List<String> wrapped =
        List.of(
            "On the first day of term, the most remote mountain",
            "school in the county opened its first library, and",
            "the pupils queued to borrow books between lessons.",
            "The head teacher said the school used to own only a",
            "few dozen old books, and many pupils had never read",
            "a whole book outside their lessons before this year.");
    List<String> side = List.of("Sign in", "Register", "Weather", "Sport", "Jobs", "Events");
    List<String> rows = new java.util.ArrayList<>();
    for (int i = 0; i < wrapped.size(); i++) {
      rows.add(String.format("%-56s%s", wrapped.get(i), side.get(i)));
    }
    String d =
        String.join(
                "\n",
                concat(
                    List.of("Home", "News", "Library opens in mountain school"),
                    rows,
                    List.of("Contact us", "Privacy")))
            + "\n";
    Extracted e = extracted(d);
    String text = String.join(" ", e.article().paragraphs());
    for (String piece : wrapped) {
      assertTrue(text.contains(piece.substring(0, 20)), piece);
    }
    assertFalse(text.contains("Privacy"), text);
  }

  @Test
  void aTeaserUnderARelatedCardIsNotTheArticleAboveTheList() {
    // A one-paragraph story under its headline and date, then a stream of other stories: each card
    // an outlet-and-time line, the other story's headline and a teaser that runs to its whole text.
    String longTeaser = String.join("", BODY) + String.join("", BODY);
    List<String> cards = new java.util.ArrayList<>(List.of("你可能还想看"));
    for (int i = 0; i < 3; i++) {
      cards.add("某某日报 · " + (i + 2) + " 小时前");
      cards.add("另一篇报道的标题第" + (i + 1) + "篇");
      cards.add(i == 0 ? longTeaser : BODY.get(i));
    }
    List<String> lines =
        concat(
            List.of("首页", "新闻", TITLE, "2024年5月22日 08:21"),
            List.of(BODY.get(0), "服务条款 / 隐私政策 / 关于我们"),
            cards);
    Extracted e = extracted(dump(lines));
    assertEquals(List.of(BODY.get(0)), e.article().paragraphs());
  }

  @Test
  void aLineOfNamesJoinedByCommasIsNotArticleText() {
    // A story, its comment heading with a count, then the names of everyone who left kudos: one
    // line far longer than the story, but a list, not text.
    List<String> story =
        List.of(
            "The man was over a century old, and there had to be more to it than the files said.",
            "Izuku was struggling to understand how he had even managed to get here, seated before"
                + " the archive with a stack of reports he had been told never to read.",
            "Nobody had made it through a full interview with him, the detective said, and nobody"
                + " knew what he could do, because nobody had dared to ask him anything at all.");
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      names.append(i == 0 ? "" : " , ").append("Reader_").append(i);
    }
    names.append(" and 3381 guests left kudos on this work!");
    List<String> lines =
        concat(
            List.of("Home", "Works", "Chapter Text"),
            story,
            List.of("Comments (74)", names.toString()));
    Extracted e = extracted(dump(lines));
    assertEquals(story, e.article().paragraphs());
  }

  @Test
  void onlyLinesOfShortCommaSeparatedItemsAreNameLists() {
    StringBuilder names = new StringBuilder("Alice");
    for (int i = 0; i < 20; i++) {
      names.append(", Reader ").append(i);
    }
    assertTrue(LineProfile.isNameList(names.toString()));
    String prose =
        "When the rain came, the river rose, the bridge shook, the lights went out, and the town,"
            + " which had seen floods before, waited through the night, counted the hours, listened"
            + " for the sirens, and hoped, as it always had, that the levee would hold until dawn.";
    assertFalse(LineProfile.isNameList(prose));
    assertFalse(LineProfile.isNameList("北京，上海，广州，深圳，杭州，南京，武汉，成都，重庆，西安，天津，苏州，长沙"));
  }

  @Test
  void aTeaserCardStampedWithAnAgeEndsTheArticle() {
    // Under the story, with no related heading the rules know: cards of other stories, each its
    // outlet and age (the same line on every card), its headline and its text.
    List<String> cards = new java.util.ArrayList<>(List.of("其他人也在看"));
    for (int i = 0; i < 3; i++) {
      cards.add("某某通讯社 · 2 天前");
      cards.add("另一篇报道的标题第" + (i + 1) + "篇");
      cards.add(
          i == 0 ? BODY.get(3) : "另一篇报道的正文" + "讲的是别处的事情，和这座图书馆没有关系，".repeat(3) + "这是第" + i + "篇。");
    }
    List<String> lines =
        concat(
            List.of("首页", "新闻", TITLE, "2024年5月20日 14:05"),
            BODY.subList(0, 3),
            concat(cards, List.of(), List.of("关于我们 联系我们")));
    Extracted e = extracted(dump(lines));
    assertEquals(BODY.subList(0, 3), e.article().paragraphs());
  }

  @Test
  void aDatedLineInsideTheArticleDoesNotEndIt() {
    // A dated update line with a short subheading under it belongs to the story: only an age
    // (2 days ago) marks another story's card.
    List<String> lines =
        concat(
            List.of("首页", "新闻", TITLE, "2024年5月20日 14:05"),
            concat(BODY.subList(0, 2), List.of("2024年5月21日 09:30", "记者追踪"), BODY.subList(2, 4)),
            List.of("关于我们 联系我们"));
    Extracted e = extracted(dump(lines));
    assertTrue(e.article().paragraphs().contains(BODY.get(3)), e.article().paragraphs().toString());
  }
}
