package releases.index;

/**
 * How many releases hold each paragraph fingerprint, up to {@link #MAX}, in a fixed amount of memory: a counting
 * Bloom filter of 2-bit counters that stop at 3. A count is the least of a fingerprint's {@link #HASHES} counters,
 * so it is never below the truth and is above it only when other fingerprints share all of its counters. That
 * decides a release's split while an index run goes on; {@link Boilerplate#settle} then counts exactly.
 *
 * <p>An exact map of every paragraph of a million releases (about 15 million fingerprints) took more heap than an
 * index run has with {@code -Xmx1g}. This takes 2 bits a counter: 32 MB sized for a million releases.
 */
final class ParagraphCounts {

  /** The count a counter stops at: boilerplate's threshold, so nothing above it is needed. */
  static final int MAX = 3;
  private static final int HASHES = 4;
  /**
   * Eight counters per paragraph expected, so that a counter holds half a paragraph on average: a paragraph said
   * once then reads 3 about six times in ten thousand (ParagraphCountsTest), and a release taken for
   * boilerplate by mistake is re-indexed once at the end of the run. Four counters per paragraph made that 0.8%.
   */
  private static final int COUNTERS_PER_PARAGRAPH = 8;
  private static final int MIN_BITS = 22;
  private static final int MAX_BITS = 28;

  private final long[] words;
  private final int mask;

  /** Counts sized for about {@code paragraphs} distinct fingerprints (4 million counters at least, 256 million at most). */
  ParagraphCounts(long paragraphs) {
    int bits = MIN_BITS;
    while (bits < MAX_BITS && (1L << bits) < paragraphs * COUNTERS_PER_PARAGRAPH) {
      bits++;
    }
    words = new long[(1 << bits) / 32];
    mask = (1 << bits) - 1;
  }

  /** Counts one more release holding {@code fingerprint} and returns its count now (at most {@link #MAX}). */
  int add(long fingerprint) {
    return visit(fingerprint, true);
  }

  /** The count of {@code fingerprint}: never below the truth, capped at {@link #MAX}. */
  int get(long fingerprint) {
    return visit(fingerprint, false);
  }

  /** The least of the fingerprint's counters, each first raised by one (below {@link #MAX}) when {@code add}. */
  private int visit(long fingerprint, boolean add) {
    int least = MAX;
    long h = fingerprint;
    for (int i = 0; i < HASHES; i++) {
      h = mix(h + i);
      int slot = (int) h & mask;
      int word = slot >>> 5;
      int shift = (slot & 31) << 1;
      int c = (int) (words[word] >>> shift) & 3;
      if (add && c < MAX) {
        words[word] += 1L << shift;
        c++;
      }
      least = Math.min(least, c);
    }
    return least;
  }

  /** Memory held, in bytes. */
  long bytes() {
    return words.length * 8L;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
