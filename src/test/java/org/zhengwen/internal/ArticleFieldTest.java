package org.zhengwen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhengwen.Article;
import org.zhengwen.CharsetSource;
import org.zhengwen.Comment;
import org.zhengwen.Encoding;
import org.zhengwen.PageType;
import org.zhengwen.PublishedDate;
import org.zhengwen.json.ArticleJson;

class ArticleFieldTest {
  private static final Article FULL =
      Article.builder()
          .title("标题")
          .subtitle("副题")
          .published(PublishedDate.ofMinute(LocalDateTime.of(2024, 5, 6, 7, 8)))
          .source("来源")
          .authors(List.of("甲", "乙"))
          .editor("编辑")
          .url("https://example.com/a.html")
          .language("zh-Hans")
          .encoding(Encoding.of(Charset.forName("GBK"), CharsetSource.META, "gbk"))
          .paragraphs(List.of("第一段", "第二段"))
          .pageType(PageType.THREAD)
          .comments(List.of(Comment.of("读者", null, "评论")))
          .modified(PublishedDate.parse("2024-05-07T09:10:11+08:00"))
          .canonicalUrl("https://example.com/a")
          .hostname("example.com")
          .siteName("站名")
          .description("摘要")
          .image("https://example.com/a.jpg")
          .tags(List.of("标签一", "标签二"))
          .section("栏目")
          .build();

  /**
   * A field added to Article must be added to ArticleField too. Comments are written apart, and the
   * typed blocks are another view of the paragraphs, not written to JSON. The order is JSON's,
   * which puts page_type before paragraphs.
   */
  @Test
  void everyArticleComponentButCommentsAndBlocksIsAField() {
    List<String> components =
        Stream.of(Article.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(name -> !name.equals("comments") && !name.equals("blocks"))
            .map(name -> name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT))
            .sorted()
            .toList();
    assertEquals(components, ArticleField.jsonNames().stream().sorted().toList());
    assertEquals(ArticleField.jsonNames(), ArticleJson.ARTICLE_FIELDS);
  }

  @Test
  void readsEveryFieldAsJsonWritesIt() {
    assertEquals(
        List.of(
            "[标题]",
            "[副题]",
            "[2024-05-06T07:08]",
            "[2024-05-07T09:10:11+08:00]",
            "[来源]",
            "[甲, 乙]",
            "[编辑]",
            "[https://example.com/a.html]",
            "[https://example.com/a]",
            "[example.com]",
            "[站名]",
            "[摘要]",
            "[https://example.com/a.jpg]",
            "[标签一, 标签二]",
            "[栏目]",
            "[zh-Hans]",
            "[GBK]",
            "[thread]",
            "[第一段, 第二段]"),
        Stream.of(ArticleField.values()).map(f -> f.values(FULL).toString()).toList());
    assertEquals(List.of(), ArticleField.TITLE.values(Article.builder().build()));
  }

  @Test
  void mapsThePageTextsAndNothingElse() {
    Article mapped = ArticleField.mapPageTexts(FULL, t -> "<" + t + ">");
    Article expected =
        FULL.toBuilder()
            .title("<标题>")
            .subtitle("<副题>")
            .source("<来源>")
            .authors(List.of("<甲>", "<乙>"))
            .editor("<编辑>")
            .url("<https://example.com/a.html>")
            .canonicalUrl("<https://example.com/a>")
            .siteName("<站名>")
            .description("<摘要>")
            .image("<https://example.com/a.jpg>")
            .tags(List.of("<标签一>", "<标签二>"))
            .section("<栏目>")
            .paragraphs(List.of("<第一段>", "<第二段>"))
            .build();
    assertEquals(expected, mapped);
    assertEquals(
        List.of(
            "标题",
            "副题",
            "来源",
            "甲",
            "乙",
            "编辑",
            "https://example.com/a.html",
            "https://example.com/a",
            "站名",
            "摘要",
            "https://example.com/a.jpg",
            "标签一",
            "标签二",
            "栏目",
            "第一段",
            "第二段"),
        ArticleField.pageTexts(FULL).toList());
  }
}
