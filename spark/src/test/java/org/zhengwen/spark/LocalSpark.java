package org.zhengwen.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** A Spark session in this JVM for tests: no UI, bound to the loopback address, warehouse in the build folder. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start(String master) {
    // The build folder (set by surefire), so that nothing is left in the source tree or in /tmp.
    Path warehouse = Path.of(System.getProperty("zw.sparkWarehouse", "target/spark-warehouse")).toAbsolutePath();
    return SparkSession.builder()
        .master(master)
        .appName("zhengwen-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.warehouse.dir", warehouse.toUri().toString())
        .getOrCreate();
  }
}
