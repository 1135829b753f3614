package org.zhengwen.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;
import org.zhengwen.RejectionReason;
import org.zhengwen.cli.WarcScan;

/**
 * The job's counters, as Spark accumulators: {@code pages} (every page record and every damaged stretch,
 * as the command line counts them), {@code ok}, {@code error.<REASON>} per reason, and
 * {@code skipped.<KIND>} per kind of record that is not a page.
 *
 * <p>They are only added to while the output is written, in one pass, so each task's updates count once:
 * Spark drops the updates of failed task attempts.
 */
final class Counts implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, LongAccumulator> counters = new LinkedHashMap<>();

  /** Registers every counter with the context, at zero. */
  Counts(SparkContext context) {
    for (String name : names()) {
      counters.put(name, context.longAccumulator(name));
    }
  }

  /** Every counter name, in print order. */
  static List<String> names() {
    List<String> names = new ArrayList<>(List.of("pages", "ok"));
    for (String reason : errorReasons()) {
      names.add("error." + reason);
    }
    for (String kind : WarcScan.SKIP_KINDS) {
      names.add("skipped." + kind);
    }
    return names;
  }

  /** The extractor's rejection reasons, then the reading problems not among them. */
  static List<String> errorReasons() {
    List<String> reasons = new ArrayList<>();
    for (RejectionReason r : RejectionReason.values()) {
      reasons.add(r.name());
    }
    for (String r : WarcScan.PROBLEM_REASONS) {
      if (!reasons.contains(r)) {
        reasons.add(r);
      }
    }
    return reasons;
  }

  void article() {
    counters.get("pages").add(1);
    counters.get("ok").add(1);
  }

  void error(String reason) {
    counters.get("pages").add(1);
    counters.get("error." + reason).add(1);
  }

  void skipped(String kind) {
    counters.get("skipped." + kind).add(1);
  }

  /** The totals so far, by name; read on the driver after the job. */
  Map<String, Long> snapshot() {
    Map<String, Long> values = new LinkedHashMap<>();
    counters.forEach((name, acc) -> values.put(name, acc.sum()));
    return values;
  }
}
