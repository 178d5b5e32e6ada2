package releases.index;

/**
 * The counts of one index run: files (re)indexed, left alone as unchanged, removed from the index, and skipped.
 *
 * @param millis wall-clock time of the run
 */
public record IndexReport(int indexed, int unchanged, int removed, int skipped, long millis) {

  public IndexReport {
    if (indexed < 0 || unchanged < 0 || removed < 0 || skipped < 0 || millis < 0) {
      throw new IllegalArgumentException("negative count in index report");
    }
  }

  /** True when the run found nothing to add, replace or remove. */
  public boolean nothingToDo() {
    return indexed == 0 && removed == 0;
  }

  /** The one summary line the index command prints. */
  public String summary() {
    String time = String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    if (nothingToDo()) {
      return "index up to date: nothing to do (unchanged " + unchanged + ", skipped " + skipped + ") in " + time;
    }
    return "indexed " + indexed + ", unchanged " + unchanged + ", removed " + removed + ", skipped " + skipped
        + " in " + time;
  }
}
