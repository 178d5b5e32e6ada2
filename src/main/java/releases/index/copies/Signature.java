package releases.index.copies;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import releases.extract.Words;

/**
 * What copy detection knows of one release: a hash of its normalised text, and a MinHash signature of its 5-word
 * shingles (one-permutation hashing into {@link #BINS} bins, empty bins filled by rotation), so that the share of
 * equal bins of two signatures estimates the Jaccard similarity of their shingle sets.
 *
 * <p>It also keeps the release's date and dateline state: copies of a release (saved again, reissued, wired) keep
 * them, while distinct releases of one program repeat most of a text on other days in other places.
 *
 * @param exact    a 64-bit hash of the normalised text (0 for a text without words)
 * @param words    how many words the normalised text has
 * @param bins     the minimum shingle hash of each bin
 * @param day      the release date as an epoch day, or {@link #UNDATED}
 * @param place    a hash of the dateline state, or 0 when there is none
 */
public record Signature(long exact, int words, int[] bins, long day, long place) {

  public static final long UNDATED = Long.MIN_VALUE;
  /** Days a reissue or a copy may lag behind its release (a correction the next week, a wire story's own date). */
  static final int DAYS_APART = 7;

  /** Bins of the signature: 64 keeps a signature at 268 bytes, and the estimate within about 0.06 of the truth. */
  public static final int BINS = 64;
  /** Words in a shingle: five, so that sharing a shingle means sharing a phrase, not a common word pair. */
  static final int SHINGLE = 5;
  private static final int BYTES = 8 + 4 + 4 * BINS + 8 + 8;

  public Signature {
    if (bins.length != BINS) {
      throw new IllegalArgumentException("a signature has " + BINS + " bins, not " + bins.length);
    }
  }

  /** The signature of {@code text} (a release's body) with no date or place. */
  public static Signature of(String text) {
    return of(Words.keys(text), null, null);
  }

  /** The signature of a release's body, date (or null) and dateline state (or null). */
  public static Signature of(String text, java.time.LocalDate date, String state) {
    return of(Words.keys(text), date, state);
  }

  /** The signature of the body whose {@link Words} keys are {@code words}, with its date and state (or nulls). */
  public static Signature of(long[] words, java.time.LocalDate date, String state) {
    long day = date == null ? UNDATED : date.toEpochDay();
    long place = state == null || state.isBlank() ? 0 : mix(state.strip().toLowerCase(Locale.ROOT).hashCode() + 1L);
    if (words.length == 0) {
      return new Signature(0, 0, new int[BINS], day, place);
    }
    long[] hashes = new long[words.length];
    long exact = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < words.length; i++) {
      hashes[i] = mix(Words.hashOf(words[i]) * 0xC2B2AE3D27D4EB4FL + Words.lengthOf(words[i]));
      exact = mix(exact * 31 + hashes[i]);
    }
    long[] min = new long[BINS];
    Arrays.fill(min, Long.MAX_VALUE);
    int shingles = Math.max(1, words.length - SHINGLE + 1);
    for (int i = 0; i < shingles; i++) {
      long h = 0;
      for (int k = i; k < Math.min(words.length, i + SHINGLE); k++) {
        h = h * 0x100000001B3L + hashes[k];
      }
      h = mix(h);
      int bin = (int) (h >>> 58); // the top six bits choose the bin, the rest rank within it
      long rank = h & 0x03FF_FFFF_FFFF_FFFFL;
      if (rank < min[bin]) {
        min[bin] = rank;
      }
    }
    return new Signature(exact, words.length, densify(min), day, place);
  }

  /** Empty bins take the value of the next filled bin to the right, shifted by the distance (rotation). */
  private static int[] densify(long[] min) {
    int[] out = new int[BINS];
    for (int b = 0; b < BINS; b++) {
      int from = b;
      int steps = 0;
      while (min[from] == Long.MAX_VALUE && steps < BINS) {
        from = (from + 1) % BINS;
        steps++;
      }
      out[b] = (int) (mix(min[from]) >>> 32) + steps * 0x61C88647;
    }
    return out;
  }

  /** False when the two releases are on days too far apart or in different states to be one release. */
  public boolean compatible(Signature other) {
    boolean days = day == UNDATED || other.day == UNDATED || Math.abs(day - other.day) <= DAYS_APART;
    return days && (place == 0 || other.place == 0 || place == other.place);
  }

  /** The share of equal bins: an estimate of the Jaccard similarity of the two shingle sets. */
  public double similarity(Signature other) {
    int same = 0;
    for (int i = 0; i < BINS; i++) {
      if (bins[i] == other.bins[i]) {
        same++;
      }
    }
    return same / (double) BINS;
  }

  public byte[] toBytes() {
    ByteBuffer b = ByteBuffer.allocate(BYTES).putLong(exact).putInt(words);
    for (int v : bins) {
      b.putInt(v);
    }
    return b.putLong(day).putLong(place).array();
  }

  public static Signature fromBytes(byte[] bytes, int offset, int length) {
    if (length != BYTES) {
      throw new IllegalArgumentException("a signature is " + BYTES + " bytes, not " + length);
    }
    ByteBuffer b = ByteBuffer.wrap(bytes, offset, length);
    long exact = b.getLong();
    int words = b.getInt();
    int[] bins = new int[BINS];
    for (int i = 0; i < BINS; i++) {
      bins[i] = b.getInt();
    }
    return new Signature(exact, words, bins, b.getLong(), b.getLong());
  }

  /** SplitMix64's finaliser: spreads nearby inputs over all 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && s.exact == exact && s.words == words && Arrays.equals(s.bins, bins)
        && s.day == day && s.place == place;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(exact);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Signature[%016x, %d words]", exact, words);
  }
}
