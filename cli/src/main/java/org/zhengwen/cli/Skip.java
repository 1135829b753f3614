package org.zhengwen.cli;

/**
 * Why something read was not a page: a WARC record, or an entry of a scanned folder. Skips are
 * counted in the summary, never written.
 */
enum Skip {
  /** {@code request} records: what the crawler sent. */
  REQUEST,
  /** {@code metadata} and {@code warcinfo} records: facts about the crawl, not pages. */
  METADATA,
  /**
   * Not HTML or text: WARC payloads declared or sniffed as something else (PDF, images, …), and
   * folder files whose extension or name says they are not pages ({@code .json}, {@code .png},
   * {@code robots.txt}) or whose content is binary.
   */
  NON_HTML,
  /** Hidden files and folders in a scanned folder (a hidden folder counts once). */
  HIDDEN,
  /** Folder files left out by {@code --include} / {@code --exclude}. */
  EXCLUDED,
  /**
   * Anything else: other WARC record types ({@code revisit}, {@code conversion}, …), and in folders
   * links to folders, special files (FIFOs, sockets, devices) and the output file itself.
   */
  OTHER
}
