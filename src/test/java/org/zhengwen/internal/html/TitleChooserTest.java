package org.zhengwen.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengwen.internal.html.TitleChooser.Candidate;
import org.zhengwen.internal.html.TitleChooser.Source;

class TitleChooserTest {
  private static String best(String rawTitle, String siteName, Candidate... candidates) {
    return TitleChooser.rank(List.of(candidates), rawTitle, siteName).get(0);
  }

  @Test
  void h1LogoThatTheTitleDoesNotRepeatLoses() {
    assertEquals(
        "City council passes the budget",
        best(
            "City council passes the budget | Daily Example",
            null,
            new Candidate("Daily Example Online", Source.H1),
            new Candidate("City council passes the budget", Source.TITLE_TAG)));
  }

  @Test
  void metaTitleConfirmedByTheTitleWins() {
    assertEquals(
        "Minecraft 1.8 - The Bountiful Update",
        best(
            "Minecraft 1.8 - The Bountiful Update | Blog",
            null,
            new Candidate("Minecraft 1.8 - The Bountiful Update", Source.META),
            new Candidate("Minecraft 1.8", Source.TITLE_TAG)));
  }

  @Test
  void siteSuffixOnMetaTitleGivesWayToTheH1() {
    assertEquals(
        "Obama admits gun laws are his biggest frustration",
        best(
            "",
            null,
            new Candidate(
                "Obama admits gun laws are his biggest frustration - Example News", Source.META),
            new Candidate("Obama admits gun laws are his biggest frustration", Source.H1)));
  }

  @Test
  void siteNameSuffixIsDropped() {
    assertEquals(
        "春运首日客流平稳", best("春运首日客流平稳_某某网", "某某网", new Candidate("春运首日客流平稳_某某网", Source.META)));
  }

  @Test
  void metaTitleCutShortByAQuoteGivesWayToTheH1() {
    assertEquals(
        "男孩写\"救命啊\"纸团抛出引来警察",
        best(
            "男孩写\"救命啊\"纸团抛出引来警察_某网",
            null,
            new Candidate("男孩写", Source.META),
            new Candidate("男孩写\"救命啊\"纸团抛出引来警察", Source.H1)));
  }

  @Test
  void jsonLdDescriptionPosingAsHeadlineLoses() {
    assertEquals(
        "List of films featuring time loops",
        best(
            "List of films featuring time loops - Wikipedia",
            null,
            new Candidate("Wikimedia list article", Source.META),
            new Candidate("List of films featuring time loops", Source.H1)));
  }

  @Test
  void h1ThatOnlyRepeatsTheSiteSuffixLoses() {
    assertEquals(
        "Evolve: Shared Mutable History",
        best(
            "Evolve: Shared Mutable History — evolve extension for Example",
            null,
            new Candidate("evolve extension for Example", Source.H1),
            new Candidate("Evolve: Shared Mutable History", Source.TITLE_TAG)));
  }

  @Test
  void metaTitleThatOnlyRepeatsTheSiteSuffixIsNoFallback() {
    assertEquals(
        "City council passes the budget",
        best(
            "City council passes the budget - Daily Example",
            null,
            new Candidate("Daily Example", Source.META),
            new Candidate("City council passes the budget", Source.TITLE_TAG)));
    assertEquals(
        "春运首日全国客流平稳有序",
        best(
            "春运首日全国客流平稳有序_新闻中心_某某网",
            null,
            new Candidate("某某网", Source.META),
            new Candidate("春运首日全国客流平稳有序", Source.TITLE_TAG)));
  }

  @Test
  void candidateFoundInTheHeadlineIsNoSiteName() {
    // "Example" is in the suffix but also in the headline part: still confirmed by the title.
    assertEquals(
        "Example releases a new budget plan",
        best(
            "Example releases a new budget plan - Example",
            null,
            new Candidate("Example releases a new budget plan", Source.META),
            new Candidate("Example releases a new budget plan", Source.TITLE_TAG)));
  }

  @Test
  void candidateBeginningTheTitleIsNoSiteName() {
    // A title that repeats itself is stripped down to its first part; the meta title it begins with
    // is
    // still the headline, not a site name.
    assertEquals(
        "Gameworld 1.8 - The Bountiful Update",
        best(
            "Gameworld 1.8 - The Bountiful Update - Gameworld 1.8 - The Bountiful Update - Update News",
            null,
            new Candidate("Gameworld 1.8 - The Bountiful Update", Source.META),
            new Candidate("Example News", Source.H1),
            new Candidate("Gameworld 1.8", Source.TITLE_TAG)));
  }

  @Test
  void siteNameIsStillTakenWhenNothingElseIsLeft() {
    assertEquals(
        "Daily Example",
        best(
            "City council passes the budget - Daily Example",
            null,
            new Candidate("Daily Example", Source.META)));
  }

  @Test
  void sectionPrefixOnMetaTitleGivesWayToTheH1() {
    assertEquals(
        "Why the harbour needs more ferries",
        best(
            "Opinion | Why the harbour needs more ferries - Daily Example",
            null,
            new Candidate("Opinion | Why the harbour needs more ferries", Source.META),
            new Candidate("Why the harbour needs more ferries", Source.H1),
            new Candidate("Opinion | Why the harbour needs more ferries", Source.TITLE_TAG)));
  }

  @Test
  void aDashOrColonPrefixStaysPartOfTheHeadline() {
    assertEquals(
        "Harbour Board - The new timetable",
        best(
            "Harbour Board - The new timetable | Blog",
            null,
            new Candidate("Harbour Board - The new timetable", Source.META),
            new Candidate("The new timetable", Source.H1)));
    assertEquals(
        "Analysis: the new timetable",
        best(
            "Analysis: the new timetable | Blog",
            null,
            new Candidate("Analysis: the new timetable", Source.META),
            new Candidate("the new timetable", Source.H1)));
  }
}
