package org.zhengwen.internal.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NotNamesTest {
  @Test
  void timesZonesUrlsAndBareBylineWordsAreNotNames() {
    for (String v :
        new String[] {
          "By",
          "by",
          "CST",
          "ET",
          "10:31 pm CST",
          "8 am",
          "https://www.example.in",
          "www.example.com",
          "http://example.co.uk/news",
          "Published",
          "2024-03-01",
          ""
        }) {
      assertTrue(NotNames.isNotAName(v), v);
    }
  }

  @Test
  void namesAndOutletsAreNames() {
    for (String v :
        new String[] {
          "Jane Doe", "Harbour Daily", "新华社", "王小明", "Channel 4", "Der Spiegel", "news.example.at"
        }) {
      assertFalse(NotNames.isNotAName(v), v);
    }
  }

  @Test
  void outletsMadeOfDatelineWordsAreNames() {
    org.junit.jupiter.api.Assertions.assertFalse(NotNames.isNotAName("The Sun"));
    org.junit.jupiter.api.Assertions.assertFalse(NotNames.isNotAName("20 Minuten"));
  }
}
