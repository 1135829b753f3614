package org.zhengwen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
  @TempDir
  Path dir;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String json(String id, String dataset) {
    return "{\"id\":\"" + id + "\",\"dataset\":\"" + dataset + "\",\"lang\":\"zh\",\"title\":null,\"body\":\"正文\"}";
  }

  @Test
  void aTxtPageIsATextDumpReportedUnderItsFolder() throws IOException {
    write("a.json", json("a", "chinese-wced"));
    write("a.txt", "导航\n\n正文在这里\n");
    List<Corpus.Entry> entries = Corpus.entries(dir);
    assertEquals(1, entries.size());
    Corpus.Entry e = entries.get(0);
    assertTrue(e.textDump());
    assertEquals(dir.getFileName().toString(), e.dataset());
    Peer.Page page = Corpus.load(e);
    assertEquals("导航\n\n正文在这里\n", page.decoded());
    assertTrue(Peer.ZHENGWEN.accepts(page));
    assertTrue(Peer.WHOLE_DUMP.accepts(page));
    assertFalse(Peer.BOILERPIPE.accepts(page));
    assertFalse(Peer.JSOUP_TEXT.accepts(page));
    assertEquals("导航\n\n正文在这里\n", Evaluate.call(Peer.WHOLE_DUMP, page).output().text());
  }

  @Test
  void htmlWinsOverTxtAndKeepsItsDataset() throws IOException {
    write("b.json", json("b", "fundus"));
    write("b.html", "<p>正文</p>");
    write("b.txt", "正文");
    write("c.json", json("c", "fundus"));
    List<Corpus.Entry> entries = Corpus.entries(dir);
    assertEquals(1, entries.size(), "c has no page file and is skipped");
    assertFalse(entries.get(0).textDump());
    assertEquals("fundus", entries.get(0).dataset());
    Peer.Page page = Corpus.load(entries.get(0));
    assertFalse(Peer.WHOLE_DUMP.accepts(page));
    assertTrue(Peer.BOILERPIPE.accepts(page));
    assertTrue(Corpus.htmlEntries(dir).size() == 1);
  }

  @Test
  void aBlankReferenceTitleIsNoTitle() throws IOException {
    write("d.json", "{\"id\":\"d\",\"title\":\" \",\"body\":\"x\"}");
    write("d.html", "<p>x</p>");
    write("e.json", "{\"id\":\"e\",\"title\":\"标题\",\"body\":\"x\"}");
    write("e.html", "<p>x</p>");
    List<Corpus.Entry> entries = Corpus.entries(dir);
    assertTrue(entries.get(0).title().isEmpty());
    assertEquals("标题", entries.get(1).title().orElseThrow());
  }
}
