package org.zhengwen.cli;

/** Why a WARC record was not a page. Skipped records are counted in the summary, never written. */
enum Skip {
  /** {@code request} records: what the crawler sent. */
  REQUEST,
  /** {@code metadata} and {@code warcinfo} records: facts about the crawl, not pages. */
  METADATA,
  /** Responses and resources whose payload is not HTML or text: PDF, images, scripts, … */
  NON_HTML,
  /** Any other record type ({@code revisit}, {@code conversion}, {@code continuation}, …). */
  OTHER
}
