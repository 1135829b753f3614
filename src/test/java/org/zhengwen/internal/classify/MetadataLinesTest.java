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
  void outletSetOffFromTheDateByAMark() {
    MetadataLine m = parse("2024-05-20 14:33·某某社");
    assertEquals("某某社", m.source().orElseThrow());
    assertEquals("2024-05-20T14:33", m.date().orElseThrow().toString().substring(0, 16));
  }

  @Test
  void whoPostedItWithTheDateBetween() {
    MetadataLine m = parse("程序员小张于 2024-05-06 15:47:53 发布");
    assertEquals(List.of("程序员小张"), m.authors());
    assertTrue(m.source().isEmpty());
  }

  @Test
  void datelineFollowedByCountersAndAnIndonesianDateline() {
    assertTrue(
        parse("Updated on Dec 24, 2020, 16:31 IST- 2 min read -59 Shares").date().isPresent());
    assertTrue(MetadataLines.parse("Senin, 13 Mei 2024 13:24 WIB").isPresent());
  }

  @Test
  void photographersAndWhereAReportWasFiledFromAreNotAuthors() {
    assertEquals(List.of("孟秋实"), parse("记者 孟秋实 摄影 曾远帆").authors());
    assertEquals(List.of("林采萱"), parse("記者林采萱/港灣報導").authors());
  }

  @Test
  void aPersonAfterTheDateMarkIsTheAuthorNotTheOutlet() {
    MetadataLine m = parse("March 2, 2024 · Jonas Vetterli");
    assertEquals(List.of("Jonas Vetterli"), m.authors());
    assertTrue(m.source().isEmpty());
  }

  @Test
  void aBylineWithTheWritersRoleAndAClockWithADot() {
    MetadataLine m = parse("By Callum Regan, Local Democracy Reporter 27 February 2025, 6.05pm");
    assertEquals(List.of("Callum Regan"), m.authors());
    assertTrue(m.date().isPresent());
  }

  @Test
  void aForumPosterIsNeitherOutletNorAuthor() {
    MetadataLine m = parse("小满种菜 发表于 2024-5-9 21:14");
    assertTrue(m.source().isEmpty());
    assertTrue(m.authors().isEmpty());
    assertTrue(m.date().isPresent());
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
  void datelinesInSeveralLanguagesAreLabelledMetadata() {
    for (String line :
        List.of(
            "Published Monday, November 18, 2019 8:22AM EST",
            "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM",
            "Veröffentlicht am 22.04.2024 um 10:15 Uhr",
            "Stand: 22.04.2024 12:00 Uhr",
            "Aktualisiert am 12. März 2024",
            "Publicado el 25 abr 2026 a las 20:05",
            "2025年1月14日 01時28分 (1月14日 01時40分更新)")) {
      MetadataLine m = parse(line);
      assertTrue(m.labelled(), line);
      assertTrue(m.source().isEmpty() && m.authors().isEmpty(), line + " -> " + m);
    }
    assertEquals(
        "2019-11-18T08:22-05:00",
        parse("Published Monday, November 18, 2019 8:22AM EST").date().orElseThrow().toString());
  }

  @Test
  void aTimeZoneIsNeverASource() {
    MetadataLine m = parse("Nov. 19, 2019 8:03 am ET");
    assertTrue(m.source().isEmpty(), m.toString());
    assertTrue(m.isBareDate());
  }

  @Test
  void bylineWithADateAndALoneBylineWord() {
    MetadataLine m = parse("By Jane Q. Doe on May 10, 2024");
    assertEquals(List.of("Jane Q. Doe"), m.authors());
    assertEquals("2024-05-10", m.date().orElseThrow().toString());
    assertTrue(parse("By").labelled());
  }

  @Test
  void bylinesInOtherLanguages() {
    assertEquals(List.of("Nina Magoley"), parse("Von Nina Magoley").authors());
    assertEquals(
        List.of("Jean Dupont", "Marie Curie"), parse("Par Jean Dupont et Marie Curie").authors());
    assertEquals(List.of("Euronews", "Agencies"), parse("By Euronews with Agencies").authors());
    assertFalse(MetadataLines.parse("Von Berlin nach Hamburg").isPresent());
    assertFalse(MetadataLines.parse("by the river").isPresent());
  }

  @Test
  void readingTimesAreMetadataAloneOrAfterADate() {
    for (String line :
        List.of(
            "6 minute read",
            "3 Min Lesezeit",
            "Published Jun 05, 2026 • 3 minute read",
            "Aktualisiert am 07.01.2026 - 18:50 UhrLesedauer: 4 Min.")) {
      assertTrue(parse(line).labelled(), line);
    }
    assertFalse(MetadataLines.parse("10 minutes").isPresent());
    assertFalse(MetadataLines.parse("Read 5 minutes of this").isPresent());
  }

  @Test
  void sentencesWithDatesAreNotDatelines() {
    assertFalse(MetadataLines.parse("He was born on May 5, 1990 in Ohio").isPresent());
    assertFalse(
        MetadataLines.parse("Published in a hurry on May 5, 2024 after long talks").isPresent());
    assertFalse(MetadataLines.parse("2 hours ago").isPresent());
  }

  @Test
  void editors() {
    assertEquals("李四", parse("责任编辑：李四").editor().orElseThrow());
    assertEquals("张三", parse("【编辑:张三】").editor().orElseThrow());
    assertEquals("王五", parse("（责编：王五）").editor().orElseThrow());
  }

  @Test
  void aReportersOrEditorsOutletBeforeTheLabel() {
    MetadataLine byline = parse("光明日报记者 王建宏 张文攀");
    assertEquals(List.of("王建宏", "张文攀"), byline.authors());
    assertTrue(byline.source().isEmpty(), "the reporter's outlet is not the story's source");
    assertEquals("孙桂芳", parse("（松花江网编辑 孙桂芳）").editor().orElseThrow());
    assertEquals(List.of("王五"), parse("新華社記者 王五").authors());
    // A photo credit stays with its caption; an office is no outlet.
    assertFalse(MetadataLines.parse("新华社记者 李梦馨 摄").isPresent());
    assertFalse(MetadataLines.parse("中共某某市委组织部").isPresent());
  }

  @Test
  void aBracketedSignOffFollowedByALinkIsMetadata() {
    // The editor's name ends at the bracket; the link after it is no part of the name.
    assertEquals("李明", parse("（责任编辑：李明）返回首页").editor().orElseThrow());
    assertEquals("小何", parse("（编辑：小何）返回搜狐，查看更多").editor().orElseThrow());
    // A date after the brackets is the line's; so are the fields of a line whose bracket ends it.
    MetadataLine dated = parse("【编辑:王五】 2024-05-01 08:30");
    assertEquals("王五", dated.editor().orElseThrow());
    assertTrue(dated.date().isPresent());
    assertEquals(List.of("王五"), parse("（记者 王五）2024年5月1日").authors());
    // A bracketed byline opening a paragraph is the paragraph's.
    assertFalse(MetadataLines.parse("（记者 王五）昨天，市政府宣布了一项新政策，引起广泛关注。").isPresent());
  }

  @Test
  void revisionLinesAreKnownByTheirLabels() {
    assertTrue(MetadataLines.isRevisionLine("Last updated: May 5, 2024"));
    assertTrue(MetadataLines.isRevisionLine("Aktualisiert am 22.04.2024, 10:15 Uhr"));
    assertTrue(MetadataLines.isRevisionLine("更新时间：2024-05-05 10:00"));
    assertTrue(MetadataLines.isRevisionLine("2022 年 5 月 10 日关闭"));
    assertFalse(MetadataLines.isRevisionLine("Published May 5, 2024, updated May 6, 2024"));
    assertFalse(MetadataLines.isRevisionLine("发布时间：2024-05-05 更新时间：2024-05-06"));
    assertFalse(MetadataLines.isRevisionLine("May 5, 2024"));
  }

  @Test
  void labelsMatchInTraditionalScript() {
    // Only the simplified forms of these labels are listed: the line is folded before matching.
    assertEquals("陳大文", parse("值班編輯：陳大文").editor().orElseThrow());
    assertEquals(List.of("林小明"), parse("特約記者 林小明").authors());
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
