/**
 * The command line ({@code java -jar zhengwen-cli.jar}): not library API. Lives in the CLI jar with
 * its own dependencies (picocli, Jackson).
 */
@NullMarked
package org.zhengwen.cli;

import org.jspecify.annotations.NullMarked;
