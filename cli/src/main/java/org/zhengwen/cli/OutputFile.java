package org.zhengwen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * {@code --output FILE}, written so that it can never harm an input: a file that is also an input
 * is refused before any work, and output goes to a hidden temporary file beside the target that is
 * renamed over it only when the run ends. An interrupted run leaves the target as it was (the
 * temporary file is deleted on JVM exit, Ctrl-C included).
 */
final class OutputFile {
  /** Permissions of a new output file; temporary files are created owner-only. */
  private static final Set<PosixFilePermission> NEW_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

  private OutputFile() {}

  /** Why {@code output} cannot be written for these inputs, or null when it can. */
  static @Nullable String problem(Path output, List<Path> inputs) {
    if (Files.isDirectory(output)) {
      return "--output " + output + " is a folder, not a file";
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      return "--output " + output + ": no such folder " + parent;
    }
    for (Path input : inputs) {
      if (isSameFile(output, input)) {
        return "--output "
            + output
            + " is also an input ("
            + input
            + "); it would be overwritten. Choose another file.";
      }
    }
    return null;
  }

  /**
   * Runs {@code work} with a writer to a temporary file, then renames that over {@code output}.
   *
   * @return the work's exit status, or 2 when the file cannot be created or moved into place
   */
  static int write(Path output, PrintWriter err, ToIntFunction<PrintWriter> work) {
    Path target = output.toAbsolutePath();
    Path tmp;
    try {
      tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
    } catch (IOException e) {
      err.println("cannot write " + output + ": " + e);
      return 2;
    }
    tmp.toFile().deleteOnExit();
    try {
      int status;
      try (PrintWriter file =
          new PrintWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
        status = work.applyAsInt(file);
      }
      copyPermissions(target, tmp);
      move(tmp, target);
      return status;
    } catch (IOException e) {
      err.println("cannot write " + output + ": " + e);
      return 2;
    } finally {
      deleteQuietly(tmp);
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * The replaced file's permissions, or ordinary ones for a new file, rather than the temp file's
   * 0600.
   */
  private static void copyPermissions(Path target, Path tmp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (view != null) {
      view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
    }
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && !Files.isDirectory(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // Marked deleteOnExit as well; nothing more to do.
    }
  }
}
