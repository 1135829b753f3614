package org.zhengwen.cli;

/**
 * Small news pages for ingestion tests, each with a title and two body paragraphs the extractor
 * keeps. Public, and shipped in the library's test jar, so that the Spark sub-project's tests use
 * the same pages.
 */
public final class TestPages {
  private TestPages() {}

  /** An article page; {@code meta} adds a {@code <meta charset>} for that label when not null. */
  public static String article(String title, String body, String meta) {
    String head = meta == null ? "" : "<meta charset=\"" + meta + "\">";
    return "<html><head>"
        + head
        + "<title>"
        + title
        + " - 某某新闻网</title></head><body>\n"
        + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news\">新闻</a></div>\n"
        + "<div class=\"article\"><h1>"
        + title
        + "</h1>\n"
        + "<p>2024-03-05 10:00 来源：某某日报</p>\n"
        + "<p>"
        + body
        + "</p>\n"
        + "<p>据介绍，新规定共有二十条，涉及停车管理、道路施工和公交优先等多个方面，市民可以通过官方网站查询全文。</p>\n"
        + "</div></body></html>\n";
  }

  /** The numbered article {@code i}: its title and first paragraph name the number. */
  public static String numbered(int i) {
    return article("第" + i + "号新闻标题", "本报讯 这是第" + i + "篇报道的正文，市政府今天发布了关于城市交通管理的新规定，自下月起施行。", null);
  }

  /** The title of {@link #traditional()}. */
  public static final String TRADITIONAL_TITLE = "市政府發佈交通新規定";

  /**
   * A page in traditional characters only, so that it can be written in Big5; its charset is in a
   * meta tag.
   */
  public static String traditional() {
    return "<html><head><meta charset=\"big5\"><title>"
        + TRADITIONAL_TITLE
        + " - 某某新聞網</title></head><body>\n"
        + "<div class=\"nav\"><a href=\"/\">首頁</a> <a href=\"/news\">新聞</a></div>\n"
        + "<div class=\"article\"><h1>"
        + TRADITIONAL_TITLE
        + "</h1>\n"
        + "<p>2024-03-05 10:00 來源：某某日報</p>\n"
        + "<p>本報訊 市政府今天發佈了關於城市交通管理的新規定，自下月起施行。</p>\n"
        + "<p>據介紹，新規定共有二十條，涉及停車管理、道路施工和公車優先等多個方面，市民可以通過官方網站查詢全文。</p>\n"
        + "</div></body></html>\n";
  }
}
