package org.zhengwen.internal.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhengwen.internal.blocks.PageMetadata;

class PageTypesTest {
  private static PageMetadata meta(Set<String> types, String generator) {
    return new PageMetadata(
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        types,
        Optional.ofNullable(generator));
  }

  @Test
  void forumSoftwareSchemaAndUrlWordsAreThreadSignals() {
    assertEquals(
        Set.of("generator phpbb"),
        PageTypes.threadSignals(meta(Set.of(), "phpBB"), Optional.empty()));
    assertEquals(
        Set.of("schema.org discussionforumposting"),
        PageTypes.threadSignals(meta(Set.of("discussionforumposting"), null), Optional.empty()));
    assertEquals(
        Set.of("url /viewtopic.php"),
        PageTypes.threadSignals(
                meta(Set.of(), null),
                Optional.of("https://forums.example.net/viewtopic.php?t=159270"))
            .stream()
            .filter(s -> s.startsWith("url /"))
            .collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void questionsMakeAThreadUnlessThePageIsAnFaq() {
    assertEquals(
        Set.of("schema.org question"),
        PageTypes.threadSignals(meta(Set.of("question"), null), Optional.empty()));
    assertTrue(
        PageTypes.threadSignals(
                meta(Set.of("faqpage", "question", "answer", "newsarticle"), null),
                Optional.empty())
            .isEmpty());
  }

  @Test
  void articlesCarryNoSignal() {
    assertTrue(
        PageTypes.threadSignals(
                meta(Set.of("newsarticle"), "WordPress 6.5.3"),
                Optional.of("https://news.example.com/2024/05/12/story.html"))
            .isEmpty());
    assertTrue(
        PageTypes.threadSignals(meta(Set.of(), null), Optional.of("not a url at all")).isEmpty());
  }
}
