package org.zhengwen.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Languages} on short paragraphs in each language it names. */
class LanguagesTest {

  private static String lang(String text) {
    return Languages.detect(text).orElse("none");
  }

  @Test
  void simplifiedChinese() {
    assertEquals(
        "zh-Hans",
        lang("新华社北京2月7日电 国务院联防联控机制今天召开新闻发布会，" + "介绍进一步加强疫情防控工作的有关情况。会议指出，各地要认真落实各项措施，保障人民群众生命安全。"));
  }

  @Test
  void traditionalChinese() {
    assertEquals(
        "zh-Hant",
        lang("中央社台北2月7日電 行政院今天召開記者會，說明進一步加強防疫工作的相關措施。" + "會議指出，各縣市應確實執行各項規定，保障民眾生命安全與健康。"));
  }

  @Test
  void traditionalWithSimplifiedLeftovers() {
    // A converted page: mostly traditional, but 干部, 这 and 说 slipped through.
    assertEquals(
        "zh-Hant", lang("縣委幹部今天表示，当地這次防疫工作進展順利，干部们說各鄉鎮已經完成" + "全面排查，這些措施對於穩定民心發揮了關鍵作用，这一點得到群眾肯定。"));
  }

  @Test
  void hanWithoutDistinguishingCharactersDefaultsToSimplified() {
    assertEquals("zh-Hans", lang("中国人民大学出版社出版了一本新书，作者是北京大学教授。"));
  }

  @Test
  void chineseQuotingEnglishIsStillChinese() {
    assertEquals("zh-Hans", lang("苹果公司今天发布了新款 iPhone 手机，Apple CEO Tim Cook 表示销量很好。"));
  }

  @Test
  void japanese() {
    assertEquals("ja", lang("東京都は七日、新型コロナウイルスの感染者が新たに確認されたと発表した。" + "都内の感染者は合計で百人を超えた。"));
  }

  @Test
  void korean() {
    assertEquals("ko", lang("서울시는 7일 신종 코로나바이러스 감염증 확진자가 추가로 발생했다고 밝혔다. " + "시는 방역 조치를 강화할 예정이다."));
  }

  @Test
  void english() {
    assertEquals(
        "en",
        lang(
            "The city said on Friday that it would close all schools for two weeks, "
                + "and officials have asked residents to stay at home."));
  }

  @Test
  void german() {
    assertEquals(
        "de",
        lang(
            "Die Stadt hat am Freitag mitgeteilt, dass alle Schulen für zwei Wochen "
                + "geschlossen werden, und die Behörden bitten die Bürger, zu Hause zu bleiben."));
  }

  @Test
  void french() {
    assertEquals(
        "fr",
        lang(
            "La ville a annoncé vendredi que toutes les écoles seront fermées pendant "
                + "deux semaines, et les autorités demandent aux habitants de rester chez eux."));
  }

  @Test
  void spanish() {
    assertEquals(
        "es",
        lang(
            "La ciudad anunció el viernes que todas las escuelas estarán cerradas "
                + "durante dos semanas, y las autoridades pidieron a los vecinos que se queden en casa."));
  }

  @Test
  void portuguese() {
    assertEquals(
        "pt",
        lang(
            "A cidade anunciou na sexta-feira que todas as escolas vão ficar fechadas "
                + "durante duas semanas, e as autoridades pediram aos moradores que não saiam de casa."));
  }

  @Test
  void italian() {
    assertEquals(
        "it",
        lang(
            "Il comune ha annunciato venerdì che tutte le scuole resteranno chiuse per "
                + "due settimane, e le autorità chiedono ai cittadini di non uscire di casa."));
  }

  @Test
  void dutch() {
    assertEquals(
        "nl",
        lang(
            "De stad heeft vrijdag gemeld dat alle scholen voor twee weken dicht gaan, "
                + "en de autoriteiten vragen de inwoners om thuis te blijven."));
  }

  @Test
  void russian() {
    assertEquals(
        "ru",
        lang(
            "Власти города в пятницу объявили, что все школы будут закрыты на две "
                + "недели, и попросили жителей оставаться дома."));
  }

  @Test
  void otherScripts() {
    assertEquals("ar", lang("أعلنت المدينة يوم الجمعة إغلاق جميع المدارس لمدة أسبوعين"));
    assertEquals("th", lang("เมืองประกาศปิดโรงเรียนทั้งหมดเป็นเวลาสองสัปดาห์"));
    assertEquals("he", lang("העירייה הודיעה ביום שישי על סגירת כל בתי הספר לשבועיים"));
    assertEquals("el", lang("Η πόλη ανακοίνωσε την Παρασκευή ότι όλα τα σχολεία θα κλείσουν"));
  }

  @Test
  void tooLittleText() {
    assertEquals(Optional.empty(), Languages.detect(""));
    assertEquals(Optional.empty(), Languages.detect("12:30 — 2020"));
    assertEquals(Optional.empty(), Languages.detect("新闻"));
  }

  @Test
  void latinWithoutFunctionWordsIsUnknown() {
    assertEquals(Optional.empty(), Languages.detect("Xyzzy Plugh Frobozz Quux Zork"));
  }

  @Test
  void onlyTheStartIsSampled() {
    String text =
        "新华社北京电 国务院召开会议，研究部署相关工作。".repeat(2000)
            + "The rest of this page is English and is never looked at.".repeat(5000);
    assertEquals("zh-Hans", lang(text));
  }
}
