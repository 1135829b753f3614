package org.zhengwen.internal.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataLinesTest {

  private static MetadataLine parse(String line) {
    Optional<MetadataLine> m = MetadataLines.parse(line);
    assertTrue(m.isPresent(), "not recognised as metadata: " + line);
    return m.get();
  }

  @Test
  void sourceAndDateInOneLine() {
    MetadataLine m = parse("来源：新华网  2019-05-06 08:15:00  作者：王小明");
    assertEquals("新华网", m.source().orElseThrow());
    assertEquals("2019-05-06T08:15", m.date().orElseThrow().toString().substring(0, 16));
    assertEquals(List.of("王小明"), m.authors());
  }

  @Test
  void postedFromLocationLinesAreMetadata() {
    assertTrue(MetadataLines.parse("发布于：北京市").isPresent());
    assertTrue(MetadataLines.parse("IP属地：广东").isPresent());
  }

  @Test
  void doubledSourceLabel() {
    assertEquals("某某日报 - 某某网", parse("来源:来源:某某日报 - 某某网").source().orElseThrow());
  }

  @Test
  void sourceAfterDateWithoutColon() {
    MetadataLine m = parse("2023年5月1日 09:30 来源 人民网");
    assertEquals("人民网", m.source().orElseThrow());
    assertEquals("2023-05-01T09:30", m.date().orElseThrow().toString());
  }

  @Test
  void mastheadBeforeDate() {
    MetadataLine m = parse("某州日报    2021年03月09日");
    assertEquals("某州日报", m.source().orElseThrow());
    assertEquals("2021-03-09", m.date().orElseThrow().toString());
  }

  @Test
  void editors() {
    assertEquals("李四", parse("责任编辑：李四").editor().orElseThrow());
    assertEquals("张三", parse("【编辑:张三】").editor().orElseThrow());
    assertEquals("王五", parse("（责编：王五）").editor().orElseThrow());
  }

  @Test
  void bylines() {
    assertEquals(List.of("赵六", "钱七"), parse("记者 赵六 钱七").authors());
    assertEquals(List.of("本报特约评论员"), parse("·本报特约评论员·").authors());
    assertEquals(List.of("某某宣传部"), parse("◎某某宣传部").authors());
    assertEquals(List.of("孙八"), parse("文/孙八").authors());
    assertEquals(List.of("Jane Doe", "John Roe"), parse("By Jane Doe and John Roe").authors());
  }

  @Test
  void bareDateIsFlaggedSoTheBodyCanKeepIt() {
    assertTrue(parse("2020年3月5日").isBareDate());
    assertFalse(parse("来源：某报 2020年3月5日").isBareDate());
  }

  @Test
  void sentencesAreNotMetadata() {
    assertFalse(MetadataLines.parse("记者从市交通局获悉，春运期间客流增长。").isPresent());
    assertFalse(MetadataLines.parse("这是他担任编辑以来最忙的一年").isPresent());
    assertFalse(MetadataLines.parse("中共某某市委组织部").isPresent());
  }
}
