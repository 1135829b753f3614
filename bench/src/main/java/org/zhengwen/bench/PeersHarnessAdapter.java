package org.zhengwen.bench;

import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;

/**
 * zhengwen as an extra Java peer of the shared peers harness ({@code ../shared/peers}, its
 * {@code EXTRA_JAVA_PEERS=class:org.zhengwen.bench.PeersHarnessAdapter} route), so it is scored by
 * that harness's own decoder and scorer beside Readability.js, readability-lxml and the Java peers.
 * The harness finds {@link #extract(String, String)} by reflection.
 */
public final class PeersHarnessAdapter {
  /** The harness needs a public no-argument constructor. */
  public PeersHarnessAdapter() {}

  /**
   * Extracts one page the harness decoded.
   *
   * @param html the decoded page
   * @param url the page URL, or null or blank when unknown
   * @return {@code {title, body}}; a rejected page gives an empty body and a null title
   */
  public String[] extract(String html, String url) {
    PageHints hints = url == null || url.isBlank() ? PageHints.none() : PageHints.none().withUrl(url);
    ExtractionResult r = Extractor.standard().extractText(html, hints);
    if (r instanceof Extracted e) {
      return new String[] {e.article().title().orElse(null), e.article().text()};
    }
    return new String[] {null, ""};
  }
}
