package org.zhengwen.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists what a folder holds, in name order, as {@link Inputs.Item}s: pages to read, entries skipped
 * (by kind) and entries that cannot be read. Hidden files and folders are skipped; links to files
 * are read, dangling links are errors, links to folders are not followed (no loops). The output
 * file is never an input.
 */
final class FolderScan {
  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;
  private final Optional<Path> output;

  /**
   * @param includes globs a file must match one of (none: every file); see {@link #matches}
   * @param excludes globs a file must match none of
   * @param output the output file, left out of every scan
   */
  FolderScan(List<String> includes, List<String> excludes, Optional<Path> output) {
    this.includes = includes.stream().map(FolderScan::glob).toList();
    this.excludes = excludes.stream().map(FolderScan::glob).toList();
    this.output = output;
  }

  /**
   * The items under {@code root}, in name order (folders sorted with their files, as a walk in name
   * order).
   */
  List<Inputs.Item> scan(Path root) {
    List<Path> entries = new ArrayList<>();
    Map<Path, String> failed = new HashMap<>();
    Path start;
    try {
      // A walk that does not follow links would see a linked root as a file; walk its target, name
      // entries by root.
      start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
      Files.walkFileTree(start, new Collector(start, entries, failed));
    } catch (IOException e) {
      return List.of(new Inputs.Broken(root.toString(), "cannot list the folder: " + e));
    }
    return entries.stream()
        .sorted()
        .map(
            p ->
                failed.containsKey(p)
                    ? new Inputs.Broken(root.resolve(start.relativize(p)).toString(), failed.get(p))
                    : classify(root, root.resolve(start.relativize(p))))
        .toList();
  }

  /**
   * One entry the walk found: a file, a link or something special; hidden folders never get here.
   */
  private Inputs.Item classify(Path root, Path p) {
    String name = p.getFileName().toString();
    if (PageFiles.hidden(name)) {
      return new Inputs.Skipped(Skip.HIDDEN);
    }
    if (!matches(root.relativize(p))) {
      return new Inputs.Skipped(Skip.EXCLUDED);
    }
    if (Files.isSymbolicLink(p) && !Files.exists(p)) {
      return new Inputs.Broken(p.toString(), "dangling link to " + linkTarget(p));
    }
    if (Files.isDirectory(p)) {
      return new Inputs.Skipped(Skip.OTHER); // a link to a folder: not followed, so no loops
    }
    if (!Files.isRegularFile(p)) {
      return new Inputs.Skipped(
          Skip.OTHER); // FIFO, socket, device: reading could block or never end
    }
    if (isOutput(p)) {
      return new Inputs.Skipped(Skip.OTHER);
    }
    return switch (PageFiles.byName(name)) {
      case PAGE -> new Inputs.FileItem(p, false);
      case SNIFF -> new Inputs.FileItem(p, true);
      case NOT_A_PAGE -> new Inputs.Skipped(Skip.NON_HTML);
    };
  }

  /** Whether a path relative to the scanned folder passes {@code --include} / {@code --exclude}. */
  boolean matches(Path relative) {
    boolean in = includes.isEmpty() || includes.stream().anyMatch(m -> matchesEither(m, relative));
    return in && excludes.stream().noneMatch(m -> matchesEither(m, relative));
  }

  /**
   * A glob matches the path below the folder ({@code news/2024/*.html}) or the file name alone
   * ({@code *.html}).
   */
  private static boolean matchesEither(PathMatcher m, Path relative) {
    Path name = relative.getFileName();
    return m.matches(relative) || (name != null && m.matches(name));
  }

  private boolean isOutput(Path p) {
    if (output.isEmpty()) {
      return false;
    }
    try {
      return Files.exists(output.get()) && Files.isSameFile(p, output.get());
    } catch (IOException e) {
      return false;
    }
  }

  private static String linkTarget(Path p) {
    try {
      return Files.readSymbolicLink(p).toString();
    } catch (IOException e) {
      return "(unreadable link)";
    }
  }

  private static PathMatcher glob(String pattern) {
    return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
  }

  /** Collects entries; hidden folders below the root are skipped whole and counted once. */
  private static final class Collector extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<Path> entries;
    private final Map<Path, String> failed;

    Collector(Path root, List<Path> entries, Map<Path, String> failed) {
      this.root = root;
      this.entries = entries;
      this.failed = failed;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (!dir.equals(root) && PageFiles.hidden(dir.getFileName().toString())) {
        entries.add(dir); // classified as one hidden entry
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      entries.add(file);
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      entries.add(file);
      failed.put(file, "cannot read: " + e);
      return FileVisitResult.CONTINUE;
    }
  }
}
