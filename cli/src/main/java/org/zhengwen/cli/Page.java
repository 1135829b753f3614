package org.zhengwen.cli;

import java.util.Map;
import java.util.Objects;
import org.zhengwen.PageHints;

/**
 * One page read from an input, ready for extraction.
 *
 * @param input the path the page came from, as the user named it (a WARC file for WARC records)
 * @param bytes the page as served (gunzipped, HTTP body decoded)
 * @param hints what the container said about the page: its HTTP {@code Content-Type} and target URI
 * @param provenance extra output fields saying where in the input the page was ({@code
 *     warc_record_id}, {@code target_uri}, {@code offset}); values are {@link String}s or {@link
 *     Long}s, in output order
 */
record Page(String input, byte[] bytes, PageHints hints, Map<String, Object> provenance) {
  /** Checks that no component is null and copies the map. */
  Page {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(hints, "hints");
    provenance = Provenance.copy(provenance);
  }
}
