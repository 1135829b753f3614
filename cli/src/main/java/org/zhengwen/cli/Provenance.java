package org.zhengwen.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Helpers for provenance maps: insertion-ordered, immutable, values {@link String} or {@link Long}.
 */
final class Provenance {
  private Provenance() {}

  /** An unmodifiable copy that keeps the caller's order (it is the output order). */
  static Map<String, Object> copy(Map<String, Object> fields) {
    for (Object v : fields.values()) {
      if (!(v instanceof String) && !(v instanceof Long)) {
        throw new IllegalArgumentException("provenance values are strings or longs: " + v);
      }
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
