package org.zhengwen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Aligned list diffs: an inserted or deleted paragraph is one line; a changed one marks its changed
 * words.
 */
class FieldDiffTest {
  private static ObjectNode seed() throws IOException {
    return (ObjectNode)
        ArticleJson.parse(
            Files.readString(
                Path.of("testdata/004_e3e6cc0eb7aaefdc.txt.json"), StandardCharsets.UTF_8));
  }

  private static List<String> diffLines(JsonNode expected, JsonNode actual) {
    List<String> d = FieldDiff.diff(expected, actual);
    assertEquals(1, d.size(), d::toString);
    return d.get(0).lines().toList();
  }

  @Test
  void aDeletedExpectedParagraphIsOneLine() throws IOException {
    ObjectNode expected = seed();
    ObjectNode actual = seed();
    String gone = ((ArrayNode) expected.get("paragraphs")).remove(4).asText();
    List<String> lines = diffLines(expected, actual);
    assertEquals(2, lines.size(), lines::toString);
    assertEquals("paragraphs (expected 12 items, got 13):", lines.get(0));
    assertEquals("    + [4] " + gone, lines.get(1));
  }

  @Test
  void anInsertedAndADeletedParagraphAreOneLineEach() throws IOException {
    ObjectNode expected = seed();
    ObjectNode actual = seed();
    ArrayNode paragraphs = (ArrayNode) actual.get("paragraphs");
    String gone = paragraphs.remove(0).asText();
    paragraphs.add("文末新加的一段话,讲了另一件完全不同的事情。");
    List<String> lines = diffLines(expected, actual);
    assertEquals(
        List.of(
            "paragraphs (expected 13 items, got 13):",
            "    - [0] " + gone,
            "    + [12] 文末新加的一段话,讲了另一件完全不同的事情。"),
        lines);
  }

  @Test
  void aChangedParagraphMarksTheChangedWords() throws IOException {
    ObjectNode expected = seed();
    ObjectNode actual = seed();
    ArrayNode paragraphs = (ArrayNode) actual.get("paragraphs");
    paragraphs.set(1, paragraphs.get(1).asText().replace("坚守一线", "坚守岗位"));
    List<String> lines = diffLines(expected, actual);
    assertEquals(
        List.of("paragraphs (expected 13 items, got 13):", "    ~ [1] 管委会机关党员干部坚守[-一线-]{+岗位+}"),
        lines);
  }

  @Test
  void wordsAreLatinRunsOrSingleCjkCharacters() {
    assertEquals(
        "GDP grew [-5-]{+6+} percent",
        FieldDiff.markWords("GDP grew 5 percent", "GDP grew 6 percent"));
    assertEquals("[-Growth-]{+Output+} rose", FieldDiff.markWords("Growth rose", "Output rose"));
    assertEquals("今天[-下雨-]{+晴天+}了", FieldDiff.markWords("今天下雨了", "今天晴天了"));
    assertEquals(List.of("GDP", "增", "长", "5", ".", "2", "%"), FieldDiff.words("GDP增长5.2%"));
  }
}
