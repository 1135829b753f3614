package org.zhengwen.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengwen.Article;
import org.zhengwen.Extracted;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;

/**
 * The metadata a page states about itself (issue 11, part 3): description, site name, lead image,
 * tags, section, canonical URL, hostname, modified date; {@code published} with the offset the page
 * states; no time, zone word, URL or bare "By" as source or author. Small pages written here.
 */
class PageMetadataFieldsTest {
  private static final String BODY =
      "<h1>Harbour ferry timetable changes from spring</h1>"
          + "<p>The harbour authority will run ferries every twenty minutes on weekdays from the"
          + " first week of spring, replacing the half-hourly service that has run for a decade.</p>"
          + "<p>Officials said the change follows a survey of commuters, most of whom asked for"
          + " earlier morning crossings and later evening returns during the working week.</p>"
          + "<p>Weekend timetables stay as they are, and the night boat keeps its hourly schedule"
          + " until the new vessels join the fleet at the end of the year.</p>";

  private static Article extract(String lang, String head, String beforeBody, String url) {
    String html =
        "<!doctype html><html lang=\""
            + lang
            + "\"><head><title>Harbour ferry timetable changes from spring</title>"
            + head
            + "</head><body><article>"
            + beforeBody
            + BODY
            + "</article></body></html>";
    var result =
        Extractor.standard()
            .extract(html.getBytes(StandardCharsets.UTF_8), PageHints.none().withUrl(url));
    return assertInstanceOf(Extracted.class, result).article();
  }

  private static Article extract(String head) {
    return extract("en", head, "", null);
  }

  private static String published(Article a) {
    return a.published().map(Object::toString).orElse("");
  }

  @Test
  void aStatedOffsetIsKeptInPublished() {
    assertEquals(
        "2024-03-01T23:30:00-05:00",
        published(
            extract(
                "<meta property=\"article:published_time\" content=\"2024-03-01T23:30:00-05:00\">")));
    assertEquals(
        "2022-02-06T12:48:06Z",
        published(
            extract(
                "<meta property=\"article:published_time\" content=\"2022-02-06T12:48:06+00:00\">")));
    assertEquals(
        "2023-07-04T08:15:00+08:00",
        published(
            extract(
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                    + "\"datePublished\":\"2023-07-04T08:15:00+08:00\"}</script>")));
  }

  @Test
  void aLaterMetadataValueOfTheSameDayWithTimeAndOffsetIsPreferred() {
    assertEquals(
        "2024-11-22T06:57:50Z",
        published(
            extract(
                "<meta name=\"dc.date\" content=\"2024-11-22\">"
                    + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                    + "\"datePublished\":\"2024-11-22T06:57:50.233Z\"}</script>")));
    assertEquals(
        "2019-11-20T13:42:06+08:00",
        published(
            extract(
                "<meta property=\"article:published_time\" content=\"November 20, 2019 13:42\">"
                    + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                    + "\"datePublished\":\"2019-11-20 13:42:06+08:00\"}</script>")));
  }

  @Test
  void theSameTimeWrittenInAnotherZoneWithItsOffsetIsPreferred() {
    assertEquals(
        "2019-11-19T04:58:46Z",
        published(
            extract(
                "<meta name=\"sailthru.date\" content=\"2019-11-18 20:58:46\">"
                    + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                    + "\"datePublished\":\"2019-11-19T04:58:46Z\"}</script>")));
    assertEquals(
        "2019-11-19T13:16Z",
        published(
            extract(
                "<meta itemprop=\"datePublished\" content=\"2019-11-19T13:16+0000\">"
                    + "<meta name=\"pubdate\" content=\"2019-11-19T09:25:40\">")));
  }

  @Test
  void aMetaElementMayNameSeveralProperties() {
    Article a =
        extract(
            "<meta property=\"article:published\" itemprop=\"datePublished dateCreated\""
                + " content=\"2019-11-19T11:00:09.000Z\">"
                + "<meta property=\"article:modified\" content=\"2019-11-19T12:00:00.000Z\">");
    assertEquals("2019-11-19T11:00:09Z", published(a));
    assertEquals("2019-11-19T12:00:00Z", a.modified().orElseThrow().toString());
  }

  @Test
  void aPageThatGivesNoZoneGivesALocalTime() {
    assertEquals(
        "2024-03-01T23:30:00",
        published(
            extract("<meta property=\"article:published_time\" content=\"2024-03-01T23:30:00\">")));
  }

  @Test
  void aMetadataTimeWithItsOffsetWinsOverABylineTimeWithNone() {
    Article a =
        extract(
            "en",
            "<meta property=\"article:published_time\" content=\"2024-03-02T04:31:13Z\">",
            "<p class=\"byline\">Updated March 1, 2024 10:31 pm CST</p>",
            null);
    assertEquals("2024-03-02T04:31:13Z", published(a));
  }

  @Test
  void anAmbiguousZoneNameIsResolvedOnlyWithAHint() {
    String byline = "<p class=\"byline\">March 1, 2024 10:31 pm CST</p>";
    assertEquals("2024-03-01T22:31-06:00", published(extract("en-US", "", byline, null)));
    assertEquals(
        "2024-03-01T22:31+08:00",
        published(extract("en", "", byline, "https://news.example.cn/a/1.html")));
    assertEquals("2024-03-01T22:31", published(extract("en", "", byline, null)));
    assertEquals(
        "2024-03-01T22:31-05:00",
        published(extract("en", "", "<p>March 1, 2024 10:31 pm ET</p>", null)));
  }

  @Test
  void noSourceOrAuthorIsAUrlATimeAZoneOrABareBy() {
    Article a =
        extract(
            "<meta name=\"source\" content=\"https://www.example.in\">"
                + "<meta name=\"author\" content=\"By\">");
    assertEquals(Optional.empty(), a.source());
    assertEquals(List.of(), a.authors());
    Article b =
        extract(
            "<meta property=\"og:site_name\" content=\"www.example.com\">"
                + "<meta name=\"author\" content=\"10:31 pm CST\">");
    assertEquals(Optional.empty(), b.source());
    assertEquals(Optional.empty(), b.siteName());
    assertEquals(List.of(), b.authors());
    Article c = extract("<meta name=\"author\" content=\"Jane Doe\">");
    assertEquals(List.of("Jane Doe"), c.authors());
  }

  @Test
  void descriptiveFieldsComeFromMetaTags() {
    Article a =
        extract(
            "en",
            "<meta name=\"description\" content=\" Ferries every  twenty minutes. \">"
                + "<meta property=\"og:site_name\" content=\"Harbour Daily\">"
                + "<meta property=\"og:image\" content=\"/img/ferry.jpg\">"
                + "<meta property=\"article:tag\" content=\"Transport\">"
                + "<meta property=\"article:tag\" content=\"Harbour\">"
                + "<meta name=\"keywords\" content=\"harbour, ferries,timetable\">"
                + "<meta property=\"article:section\" content=\"Local\">"
                + "<meta property=\"article:modified_time\" content=\"2024-03-02T09:00:00+01:00\">"
                + "<link rel=\"canonical\" href=\"https://www.example.org/local/ferries\">",
            "",
            "https://m.example.org/ferries?ref=feed");
    assertEquals(Optional.of("Ferries every twenty minutes."), a.description());
    assertEquals(Optional.of("Harbour Daily"), a.siteName());
    assertEquals(Optional.of("https://m.example.org/img/ferry.jpg"), a.image());
    assertEquals(List.of("Transport", "Harbour", "ferries", "timetable"), a.tags());
    assertEquals(Optional.of("Local"), a.section());
    assertEquals(Optional.of("https://www.example.org/local/ferries"), a.canonicalUrl());
    assertEquals(Optional.of("example.org"), a.hostname());
    assertEquals("2024-03-02T09:00:00+01:00", a.modified().orElseThrow().toString());
  }

  @Test
  void descriptiveFieldsComeFromJsonLdWhenMetaTagsAreMissing() {
    Article a =
        extract(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"description\":\"Ferries every twenty minutes.\","
                + "\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://cdn.example.net/f.jpg\"},"
                + "\"keywords\":[\"ferries\",\"harbour\"],\"articleSection\":[\"Local\",\"Sea\"],"
                + "\"dateModified\":\"2024-03-02T10:00:00+09:00\"}</script>");
    assertEquals(Optional.of("Ferries every twenty minutes."), a.description());
    assertEquals(Optional.of("https://cdn.example.net/f.jpg"), a.image());
    assertEquals(List.of("ferries", "harbour"), a.tags());
    assertEquals(Optional.of("Local"), a.section());
    assertEquals("2024-03-02T10:00:00+09:00", a.modified().orElseThrow().toString());
    assertEquals(Optional.empty(), a.canonicalUrl());
    assertEquals(Optional.empty(), a.hostname());
  }

  @Test
  void anImageIsAWebUrlOrNothing() {
    Article a = extract("<meta property=\"og:image\" content=\"javascript:alert(1)\">");
    assertEquals(Optional.empty(), a.image());
    Article b =
        extract(
            "<meta property=\"og:image\" content=\"data:image/png;base64,AAAA\">"
                + "<meta name=\"twitter:image\" content=\"http://example.com/t.png\">");
    assertEquals(Optional.of("http://example.com/t.png"), b.image());
  }

  @Test
  void theHostnameFallsBackToTheCallersUrl() {
    Article a = extract("en", "", "", "https://WWW.Example.com/news/1.html");
    assertEquals(Optional.of("example.com"), a.hostname());
    assertTrue(a.canonicalUrl().isEmpty());
  }

  /** A page whose dated line stands under the headline, above the paragraphs of {@link #BODY}. */
  private static Article withLineUnderHeadline(String head, String line) {
    String body = BODY.replace("</h1>", "</h1><p class=\"date\">" + line + "</p>");
    String html =
        "<!doctype html><html lang=\"en\"><head><title>Harbour ferry timetable changes from"
            + " spring</title>"
            + head
            + "</head><body><article>"
            + body
            + "</article></body></html>";
    var result =
        Extractor.standard().extract(html.getBytes(StandardCharsets.UTF_8), PageHints.none());
    return assertInstanceOf(Extracted.class, result).article();
  }

  @Test
  void anUpdatedLineDoesNotOverrideThePublicationDate() {
    String meta =
        "<meta property=\"article:published_time\" content=\"2020-07-10T14:15:42+00:00\">";
    assertEquals(
        "2020-07-10T14:15:42Z",
        published(withLineUnderHeadline(meta, "Last Updated: January 7, 2025")));
    assertEquals("2020-07-10T14:15:42Z", published(withLineUnderHeadline(meta, "更新时间：2025年1月7日")));
    // Without a stated publication date, the revision's date is the best there is.
    assertEquals(
        "2025-01-07", published(withLineUnderHeadline("", "Last Updated: January 7, 2025")));
    // A line that says when it was published, as well as updated, gives the publication date.
    assertEquals(
        "2020-07-09",
        published(withLineUnderHeadline("", "Published July 9, 2020, updated January 7, 2025")));
  }

  @Test
  void aGenericMetaDateYieldsToTheJsonLdPublicationDate() {
    // <meta name=date> names a day (here a print edition's) without saying of what; the JSON-LD
    // datePublished says, and states its offset.
    String head =
        "<meta name=\"date\" content=\"2024-04-26\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"datePublished\":\"2024-04-25T19:30:04+02:00\"}</script>";
    assertEquals("2024-04-25T19:30:04+02:00", published(extract(head)));
  }
}
