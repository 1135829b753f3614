package org.zhengwen.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengwen.ChromeKind;
import org.zhengwen.RemovedBlock;
import org.zhengwen.internal.blocks.Block;
import org.zhengwen.internal.blocks.BlockType;
import org.zhengwen.internal.blocks.PageBlocks;
import org.zhengwen.internal.blocks.PageMetadata;

class HtmlBlocksTest {
  private static final String PROSE_EN =
      "The council met on Tuesday evening to discuss the budget, and the vote was close. "
          + "Members argued for hours about the new library, the roads and the school buses. ";
  private static final String PROSE_ZH =
      "昨日，市政府召开新闻发布会，介绍了今年城市建设的总体情况。据介绍，全市新建道路一百二十公里，" + "改造老旧小区三百余个，市民出行条件明显改善。";

  private static PageBlocks parse(String html) {
    return HtmlBlocks.parse(html, Optional.empty());
  }

  private static List<String> texts(PageBlocks pb) {
    return pb.blocks().stream().map(Block::text).toList();
  }

  private static String body(String inner) {
    return "<html><head><title>T</title></head><body>" + inner + "</body></html>";
  }

  private static String paragraphs(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("<p>").append(i).append(' ').append(PROSE_EN).append("</p>");
    }
    return sb.toString();
  }

  private static boolean removedAs(PageBlocks pb, String textPart, ChromeKind kind) {
    return pb.removed().stream().anyMatch(r -> r.text().contains(textPart) && r.reason() == kind);
  }

  @Test
  void brSeparatedParagraphsBecomeBlocks() {
    String html =
        body(
            "<div class='nav'><a href='/'>Home</a> <a href='/n'>News</a></div>"
                + "<div id='content'>First paragraph, "
                + PROSE_EN
                + "<br><br>Second paragraph, "
                + PROSE_EN
                + "<br>Third paragraph, "
                + PROSE_EN
                + "</div>");
    List<String> t = texts(parse(html));
    assertEquals(3, t.size(), t.toString());
    assertTrue(t.get(0).startsWith("First paragraph,"));
    assertTrue(t.get(1).startsWith("Second paragraph,"));
    assertTrue(t.get(2).startsWith("Third paragraph,"));
  }

  @Test
  void inlineTextStaysInItsBlockAndWhitespaceCollapses() {
    String html =
        body(
            "<div class='article'><p>\u3000\u3000The <b>bold</b>   and <a href='/x'>linked</a>\n"
                + " words, "
                + PROSE_EN
                + "&nbsp;</p>"
                + paragraphs(3)
                + "</div>");
    Block first = parse(html).blocks().get(0);
    assertTrue(first.text().startsWith("The bold and linked words, The council"), first.text());
    assertFalse(first.text().endsWith(" "));
    assertTrue(first.linkDensity() > 0 && first.linkDensity() < 0.1);
  }

  @Test
  void relatedBoxInsideTheBodyIsRemoved() {
    String html =
        body(
            "<article class='story-body'>"
                + paragraphs(4)
                + "<div class='related-news'><h3>Related stories</h3><ul>"
                + "<li><a href='/a'>Mayor opens a new bridge over the river</a></li>"
                + "<li><a href='/b'>Budget talks stall again in the council</a></li></ul></div>"
                + paragraphs(2)
                + "</article>");
    PageBlocks pb = parse(html);
    assertEquals(6, pb.blocks().size(), texts(pb).toString());
    assertTrue(removedAs(pb, "Mayor opens a new bridge", ChromeKind.RELATED));
    RemovedBlock heading =
        pb.removed().stream().filter(r -> r.text().equals("Related stories")).findFirst().get();
    assertEquals(ChromeKind.RELATED, heading.reason());
    assertEquals("class=related-news", heading.detail());
  }

  @Test
  void unnamedLinkListInsideTheBodyIsRemovedByLinkDensity() {
    String html =
        body(
            "<div class='content'>"
                + paragraphs(4)
                + "<ul>"
                + "<li><a href='/a'>Mayor opens a new bridge over the river</a></li>"
                + "<li><a href='/b'>Budget talks stall again in the council</a></li>"
                + "<li><a href='/c'>School buses return to their old routes</a></li></ul>"
                + paragraphs(1)
                + "</div>");
    PageBlocks pb = parse(html);
    assertEquals(5, pb.blocks().size(), texts(pb).toString());
    RemovedBlock r =
        pb.removed().stream().filter(x -> x.text().startsWith("School buses")).findFirst().get();
    assertTrue(r.detail().startsWith("link density"), r.detail());
  }

  @Test
  void commentSectionAndShareBarAreRemoved() {
    String html =
        body(
            "<div class='post'><div class='share-bar'><a href='#'>Facebook</a> <a href='#'>Twitter</a>"
                + " <span>Share this article</span></div>"
                + paragraphs(5)
                + "</div>"
                + "<div id='comments'><h3>3 comments</h3><div class='comment'><p>I disagree with this, the council should"
                + " have voted the other way, and the library is too expensive for a town of our size.</p></div></div>");
    PageBlocks pb = parse(html);
    assertEquals(5, pb.blocks().size(), texts(pb).toString());
    assertTrue(removedAs(pb, "Share this article", ChromeKind.SHARE));
    assertTrue(removedAs(pb, "I disagree with this", ChromeKind.COMMENT));
  }

  @Test
  void tableRowsBecomeTextRows() {
    String html =
        body(
            "<div class='article-content'>"
                + paragraphs(3)
                + "<table><tr><th>City</th><th>Votes</th></tr><tr><td>Springfield</td><td>1,204</td></tr>"
                + "<tr><td>Shelbyville</td><td>987</td></tr></table>"
                + paragraphs(2)
                + "</div>");
    PageBlocks pb = parse(html);
    List<Block> rows = pb.blocks().stream().filter(b -> b.type() == BlockType.TABLE_ROW).toList();
    assertEquals(3, rows.size(), texts(pb).toString());
    assertEquals("City\tVotes", rows.get(0).text());
    assertEquals("Springfield\t1,204", rows.get(1).text());
  }

  @Test
  void layoutTableCellsStayParagraphs() {
    String html =
        body(
            "<table><tr><td><a href='/'>Home</a><br><a href='/n'>News</a></td><td>"
                + PROSE_EN
                + "<br>"
                + PROSE_EN
                + "<br>"
                + PROSE_EN
                + "</td></tr></table>");
    PageBlocks pb = parse(html);
    assertEquals(3, pb.blocks().size(), texts(pb).toString());
    assertTrue(pb.blocks().stream().allMatch(b -> b.type() == BlockType.PARAGRAPH));
  }

  @Test
  void hiddenElementsScriptsAndControlsAreNeverText() {
    String html =
        body(
            "<div class='article'><script>var secret = 'script text';</script>"
                + "<style>.x{}</style><noscript>Enable JavaScript</noscript>"
                + "<p hidden>hidden attribute text</p><div style='display: none'>display none text</div>"
                + "<span aria-hidden='true'>aria hidden text</span><select><option>Option text</option></select>"
                + "<button>Button text</button><!-- comment text -->"
                + paragraphs(3)
                + "</div>");
    PageBlocks pb = parse(html);
    String all = String.join("\n", texts(pb)) + pb.removed();
    for (String bad :
        List.of(
            "script text",
            "Enable JavaScript",
            "hidden attribute",
            "display none",
            "aria hidden",
            "Option text",
            "Button text",
            "comment text",
            ".x{}")) {
      assertFalse(all.contains(bad), bad);
    }
    assertEquals(3, pb.blocks().size());
  }

  @Test
  void errorStubGivesATinyRegion() {
    PageBlocks pb =
        parse(
            "<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1>"
                + "</center><hr><center>nginx</center></body></html>");
    int chars = pb.blocks().stream().mapToInt(b -> b.text().length()).sum();
    assertTrue(chars < 40, texts(pb).toString());
  }

  @Test
  void shortParagraphsInsideTheBodyAreKept() {
    String html =
        body(
            "<div class='entry-content'>"
                + paragraphs(3)
                + "<p>Photo: Reuters</p><p>他说。</p>"
                + paragraphs(2)
                + "</div>");
    List<String> t = texts(parse(html));
    assertTrue(t.contains("Photo: Reuters"), t.toString());
    assertTrue(t.contains("他说。"), t.toString());
  }

  @Test
  void headlineAndDateLineAboveTheBodyLeadTheRegion() {
    String html =
        body(
            "<div class='header'><a href='/'>Daily Planet</a></div><h1>Council approves the budget</h1>"
                + "<div class='info'>2024-03-05 10:00 By Lois Lane</div><div id='artibody'>"
                + paragraphs(4)
                + "</div>"
                + "<div class='footer'>Copyright 2024 Daily Planet</div>");
    PageBlocks pb = parse(html);
    assertEquals("Council approves the budget", pb.blocks().get(0).text());
    assertEquals(BlockType.HEADING, pb.blocks().get(0).type());
    assertEquals("2024-03-05 10:00 By Lois Lane", pb.blocks().get(1).text());
    assertEquals(6, pb.blocks().size());
    assertTrue(removedAs(pb, "Copyright 2024", ChromeKind.COPYRIGHT));
  }

  @Test
  void chinesePortalPage() {
    String html =
        "<html><head><meta charset='utf-8'><title>市政府通报城市建设情况_新闻中心_某某网</title></head><body>"
            + "<div class='topnav'><ul><li><a href='/'>首页</a></li><li><a href='/news'>新闻</a></li>"
            + "<li><a href='/sports'>体育</a></li><li><a href='/ent'>娱乐</a></li></ul></div>"
            + "<div class='crumbs'>您所在的位置：<a href='/'>首页</a> &gt; <a href='/news'>新闻</a> &gt; 正文</div>"
            + "<div class='left_zw'><h1>市政府通报城市建设情况</h1><div class='time'>2024年03月05日 10:00 来源：某某日报</div>"
            + "<div class='TRS_Editor'><p>"
            + PROSE_ZH
            + "</p><p>"
            + PROSE_ZH
            + "</p><p>　　他说。</p><p>"
            + PROSE_ZH
            + "</p></div><div class='xgxw'><h3>相关新闻</h3><ul><li><a href='/1'>全市新建道路一百二十公里</a></li>"
            + "<li><a href='/2'>老旧小区改造全面启动</a></li></ul></div></div>"
            + "<div id='footer'><p>关于我们 | 联系我们</p><p>Copyright © 2024 某某网 版权所有 京ICP备12345678号</p></div>"
            + "</body></html>";
    PageBlocks pb = parse(html);
    List<String> t = texts(pb);
    assertEquals("市政府通报城市建设情况", t.get(0));
    assertEquals("2024年03月05日 10:00 来源：某某日报", t.get(1));
    assertEquals(List.of(PROSE_ZH, PROSE_ZH, "他说。", PROSE_ZH), t.subList(2, t.size()));
    assertTrue(removedAs(pb, "体育", ChromeKind.NAVIGATION));
    assertTrue(removedAs(pb, "您所在的位置", ChromeKind.BREADCRUMB));
    assertTrue(removedAs(pb, "相关新闻", ChromeKind.RELATED));
    assertTrue(removedAs(pb, "京ICP备", ChromeKind.COPYRIGHT));
    assertEquals("市政府通报城市建设情况", pb.metadata().titles().get(0));
  }

  @Test
  void blocksKeepPageOrderIndexes() {
    PageBlocks pb =
        parse(
            body(
                "<div class='nav'><a href='/'>Home</a></div><div class='article'>"
                    + paragraphs(3)
                    + "</div>"));
    assertEquals(List.of(1, 2, 3), pb.blocks().stream().map(Block::index).toList());
  }

  @Test
  void metadataFromMetaTagsTitleAndHtml() {
    String html =
        "<html lang='en-GB'><head><title>Council approves budget - Daily Planet</title>"
            + "<meta property='og:title' content='Council approves the budget'>"
            + "<meta property='og:site_name' content='Daily Planet'>"
            + "<meta property='article:published_time' content='2024-03-05T10:00:00Z'>"
            + "<meta name='author' content='Lois Lane'><meta property='article:author' content='https://x/lois'>"
            + "<link rel='canonical' href='/news/budget'></head><body><h1>Council approves the budget</h1>"
            + "<div class='article'>"
            + paragraphs(3)
            + "</div></body></html>";
    PageMetadata m =
        HtmlBlocks.parse(html, Optional.of("https://planet.example/news/budget?x=1")).metadata();
    assertEquals(List.of("Council approves the budget", "Council approves budget"), m.titles());
    assertEquals(List.of("2024-03-05T10:00:00Z"), m.published());
    assertEquals(List.of("Lois Lane"), m.authors());
    assertEquals(Optional.of("Daily Planet"), m.source());
    assertEquals(Optional.of("https://planet.example/news/budget"), m.url());
    assertEquals(Optional.of("en-GB"), m.language());
    assertEquals(Optional.empty(), m.articleBody());
  }

  @Test
  void metadataFromJsonLd() {
    String html =
        "<html><head><title>Budget | Planet</title><script type='application/ld+json'>"
            + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Planet\"},"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Council \\\"approves\\\" budget\",\"datePublished\":"
            + "\"2024-03-05T10:00:00+01:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Lois Lane\"},"
            + "{\"name\":\"Clark Kent\"}],\"articleBody\":\"Line one.\\nLine two \\u00e9.\",}]}"
            + "</script></head><body><div class='article'>"
            + paragraphs(3)
            + "</div></body></html>";
    PageMetadata m = parse(html).metadata();
    assertEquals("Council \"approves\" budget", m.titles().get(0));
    assertEquals(List.of("2024-03-05T10:00:00+01:00"), m.published());
    assertEquals(List.of("Lois Lane", "Clark Kent"), m.authors());
    assertEquals(Optional.of("Line one.\nLine two \u00e9."), m.articleBody());
  }

  @Test
  void jsonLdInsideCdataOrCommentWrappersIsRead() {
    for (String[] wrap :
        new String[][] {
          {"<![CDATA[", "]]>"},
          {"//<![CDATA[\n", "\n//]]>"},
          {"/*<![CDATA[*/", "/*]]>*/"},
          {"<!--", "-->"},
          {"<!-- <![CDATA[", "]]> -->"}
        }) {
      String html =
          "<html><head><title>Budget | Planet</title><script type='application/ld+json'>"
              + wrap[0]
              + "{\"@type\":\"NewsArticle\",\"headline\":\"Council approves the budget\",\"author\":"
              + "{\"name\":\"Lois Lane\"}}"
              + wrap[1]
              + "</script></head><body><div class='article'>"
              + paragraphs(3)
              + "</div></body></html>";
      PageMetadata m = parse(html).metadata();
      assertEquals(List.of("Lois Lane"), m.authors(), wrap[0]);
      assertTrue(m.titles().contains("Council approves the budget"), wrap[0]);
    }
  }

  @Test
  void brokenJsonLdIsIgnored() {
    String html =
        "<html><head><script type='application/ld+json'>{\"headline\": \"Half</script>"
            + "<script type='application/ld+json'>"
            + "[".repeat(5000)
            + "</script></head><body>"
            + "<div class='article'>"
            + paragraphs(3)
            + "</div></body></html>";
    PageMetadata m = parse(html).metadata();
    assertTrue(m.titles().isEmpty());
  }

  @Test
  void titleSuffixStripping() {
    assertEquals("市政府通报城市建设情况", TitleText.stripSiteSuffix("市政府通报城市建设情况_新闻中心_某某网"));
    assertEquals("市政府通报城市建设情况", TitleText.stripSiteSuffix("市政府通报城市建设情况——新华网"));
    assertEquals("市政府通报城市建设情况", TitleText.stripSiteSuffix("市政府通报城市建设情况-搜狐新闻"));
    assertEquals(
        "Council approves the budget",
        TitleText.stripSiteSuffix("Council approves the budget | Planet"));
    assertEquals(
        "Council approves the budget",
        TitleText.stripSiteSuffix("Council approves the budget - Planet"));
    assertEquals(
        "A well-known fact about budgets",
        TitleText.stripSiteSuffix("A well-known fact about budgets"));
    assertEquals("Short - Site", TitleText.stripSiteSuffix("Short - Site"));
  }

  @Test
  void classVocabularyMatchesWholeParts() {
    ClassVocabulary v = ClassVocabulary.standard();
    assertEquals(List.of("article", "content"), ClassVocabulary.splitParts("article-content"));
    assertEquals(List.of("related", "news", "2"), ClassVocabulary.splitParts("relatedNews2"));
    org.jsoup.nodes.Element headline = new org.jsoup.nodes.Element("div").attr("class", "headline");
    assertTrue(v.match(headline).isEmpty());
    org.jsoup.nodes.Element head = new org.jsoup.nodes.Element("div").attr("class", "top-head");
    assertEquals(ChromeKind.HEADER, v.match(head).negative());
    org.jsoup.nodes.Element trs = new org.jsoup.nodes.Element("div").attr("class", "TRS_Editor");
    assertTrue(v.match(trs).positive());
    org.jsoup.nodes.Element topnav = new org.jsoup.nodes.Element("div").attr("id", "topnav");
    assertEquals(ChromeKind.NAVIGATION, v.match(topnav).negative());
    org.jsoup.nodes.Element canvas =
        new org.jsoup.nodes.Element("div").attr("class", "canvas-wrap");
    assertTrue(v.match(canvas).isEmpty());
  }

  @Test
  void hostileInputStaysFast() {
    StringBuilder deep = new StringBuilder("<html><body>");
    for (int i = 0; i < 100_000; i++) {
      deep.append("<div>").append(i % 100 == 0 ? PROSE_EN : "x");
    }
    StringBuilder links = new StringBuilder("<html><body><div>");
    for (int i = 0; i < 100_000; i++) {
      links.append("<a href='/").append(i).append("'>link ").append(i).append("</a> ");
    }
    String longLine = "<html><body><p>" + "ab".repeat(2_500_000) + "</p></body></html>";
    long start = System.nanoTime();
    parse(deep.toString());
    parse(links.toString());
    assertEquals(5_000_000, parse(longLine).blocks().get(0).text().length());
    assertTrue(System.nanoTime() - start < 30_000_000_000L, "took too long");
  }
}
