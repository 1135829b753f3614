package org.zhengwen.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** A Spark session in this JVM for tests: no UI, bound to the loopback address, warehouse in a temp folder. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start(String master) {
    Path warehouse;
    try {
      warehouse = Files.createTempDirectory("zhengwen-spark-warehouse");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
