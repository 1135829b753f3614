/**
 * The command line ({@code java -jar zhengwen-cli.jar}): not library API. Lives in the CLI jar with
 * its own dependencies (picocli, Jackson). One exception: {@link org.zhengwen.cli.WarcScan} opens
 * the command line's WARC reading to other drivers (the Spark job), so that all of them classify
 * records alike.
 */
@NullMarked
package org.zhengwen.cli;

import org.jspecify.annotations.NullMarked;
