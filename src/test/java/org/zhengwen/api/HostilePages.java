package org.zhengwen.api;

import java.nio.charset.StandardCharsets;

/** Small, normal news pages for the hostile-input tests to damage. */
final class HostilePages {
  private HostilePages() {}

  static final String TITLE = "市图书馆新馆今日正式开放";
  static final String P1 = "记者从市文化局获悉，市图书馆新馆今天上午正式向市民开放，新馆共有阅览座位两千个，藏书一百二十万册。";
  static final String P2 = "新馆设有少儿阅读区、古籍修复展示区和数字体验区，市民凭身份证即可免费办理借阅证。";
  static final String P3 = "据介绍，新馆开放时间为每天上午九点至晚上九点，节假日照常开放。";

  /**
   * An HTML page with the given body paragraphs (raw HTML, not escaped) and a charset declaration.
   */
  static String html(String charset, String... paragraphs) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"")
        .append(charset)
        .append("\">\n")
        .append("<title>")
        .append(TITLE)
        .append("</title>\n</head>\n<body>\n")
        .append(
            "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news\">新闻</a> <a href=\"/culture\">文化</a></div>\n")
        .append("<div class=\"article\">\n<h1>")
        .append(TITLE)
        .append("</h1>\n")
        .append("<div class=\"info\">2024-03-01 10:20  来源：某某日报</div>\n<div class=\"content\">\n");
    for (String p : paragraphs) {
      b.append("<p>").append(p).append("</p>\n");
    }
    b.append(
        "</div>\n</div>\n<div class=\"footer\">Copyright (c) 2024 某某网 版权所有</div>\n</body>\n</html>\n");
    return b.toString();
  }

  /** The standard three-paragraph page. */
  static String html(String charset) {
    return html(charset, P1, P2, P3);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
