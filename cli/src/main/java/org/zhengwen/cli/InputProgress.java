package org.zhengwen.cli;

/**
 * How far reading has got, in bytes of input files as stored on disk (compressed bytes for .gz).
 * Known before reading starts, so it gives an ETA even when the number of pages inside WARC files
 * is not.
 */
final class InputProgress {
  private final long totalBytes;
  private long finishedFiles;
  private long inCurrentFile;

  InputProgress(long totalBytes) {
    this.totalBytes = totalBytes;
  }

  /** Reading of the current file has got to this offset. */
  void at(long offset) {
    inCurrentFile = offset;
  }

  /** The current file, of this size, is done. */
  void fileDone(long size) {
    finishedFiles += size;
    inCurrentFile = 0;
  }

  /** Fraction of the input read, 0 to 1; 0 when the inputs are empty. */
  double fraction() {
    return totalBytes <= 0
        ? 0
        : Math.min(1.0, (finishedFiles + inCurrentFile) / (double) totalBytes);
  }
}
