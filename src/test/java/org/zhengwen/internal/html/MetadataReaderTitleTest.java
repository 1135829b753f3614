package org.zhengwen.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Title candidates as {@link MetadataReader} reads them from small pages. */
class MetadataReaderTitleTest {
  private static String title(String html) {
    return MetadataReader.read(Jsoup.parse(html)).titles().get(0);
  }

  @Test
  void siteLogoH1RepeatedInTheTitleSuffixIsPassedOver() {
    String html =
        "<html><head><title>Evolve: Shared Mutable History — evolve extension for Example</title></head>"
            + "<body><h1 class=heading><a href=index.html>evolve extension for Example</a></h1>"
            + "<h1>Evolve: Shared Mutable History</h1><p>Text.</p></body></html>";
    assertEquals("Evolve: Shared Mutable History", title(html));
  }

  @Test
  void permalinkMarkIsNotPartOfTheHeading() {
    String html =
        "<html><head><title>Evolve: Shared Mutable History — evolve extension for Example</title></head>"
            + "<body><h1 class=heading><a href=index.html>evolve extension for Example</a></h1>"
            + "<h1><a href='#id4'>Evolve: Shared Mutable History</a><a class=headerlink href='#evolve'>¶</a></h1>"
            + "<p>Text.</p></body></html>";
    assertEquals("Evolve: Shared Mutable History", title(html));
  }

  @Test
  void permalinkMarkAloneOnAPageWithoutTitle() {
    String html =
        "<html><body><h1>Release notes for the spring update <a href='#top'>§</a></h1>"
            + "<p>Text.</p></body></html>";
    assertEquals("Release notes for the spring update", title(html));
  }

  @Test
  void markThatIsNoFragmentLinkStays() {
    String html =
        "<html><body><h1>Why we moved our services to C<a href='/tags/csharp'>#</a></h1>"
            + "<p>Text.</p></body></html>";
    assertEquals("Why we moved our services to C#", title(html));
  }

  @Test
  void ogSiteNameTitleLosesToTheHeadline() {
    String html =
        "<html><head><title>City council passes the budget - Daily Example</title>"
            + "<meta property='og:title' content='Daily Example'></head>"
            + "<body><h1>City council passes the budget</h1><p>Text.</p></body></html>";
    assertEquals("City council passes the budget", title(html));
  }

  @Test
  void h1RepeatingTheJsonLdHeadlineConfirmsItOverAnotherOgTitle() {
    String html =
        "<html><head>"
            + "<meta property='og:title' content='If you can picture a card, it is because of three people'>"
            + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
            + "\"headline\":\"The deck of cards that made a global phenomenon\"}</script></head>"
            + "<body><h1>The deck of cards that made a global phenomenon</h1><p>Text.</p></body></html>";
    assertEquals("The deck of cards that made a global phenomenon", title(html));
  }
}
