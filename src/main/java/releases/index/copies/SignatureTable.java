package releases.index.copies;

import java.util.Arrays;

/**
 * Many {@link Signature}s in flat arrays, for clustering a whole index at once: 156 bytes a release instead of
 * about 450 as objects, so that a million releases fit beside an index run in {@code -Xmx1g}. Each bin keeps its
 * low 16 bits; two different bins then agree by chance once in 65,536, which moves a similarity by less than
 * 0.0001.
 */
public final class SignatureTable {

  private static final int BINS = Signature.BINS;

  private int size;
  private long[] exact;
  private int[] words;
  private long[] day;
  private long[] place;
  private short[] bins;

  public SignatureTable() {
    this(1024);
  }

  /** A table with room for {@code capacity} rows before it grows (growing copies every array once). */
  public SignatureTable(int capacity) {
    int n = Math.max(16, capacity);
    exact = new long[n];
    words = new int[n];
    day = new long[n];
    place = new long[n];
    bins = new short[n * BINS];
  }

  public int size() {
    return size;
  }

  /** Adds {@code s} (null for a release without one: it has no words) as the next row. */
  public void add(Signature s) {
    if (size == exact.length) {
      int n = size * 2;
      exact = Arrays.copyOf(exact, n);
      words = Arrays.copyOf(words, n);
      day = Arrays.copyOf(day, n);
      place = Arrays.copyOf(place, n);
      bins = Arrays.copyOf(bins, n * BINS);
    }
    if (s == null) {
      day[size] = Signature.UNDATED;
    } else {
      exact[size] = s.exact();
      words[size] = s.words();
      day[size] = s.day();
      place[size] = s.place();
      for (int b = 0; b < BINS; b++) {
        bins[size * BINS + b] = (short) s.bins()[b];
      }
    }
    size++;
  }

  /** Adds the signature stored as {@link Signature#toBytes} at {@code bytes[offset..]}. */
  public void add(byte[] bytes, int offset, int length) {
    add(Signature.fromBytes(bytes, offset, length));
  }

  long exact(int i) {
    return exact[i];
  }

  int words(int i) {
    return words[i];
  }

  int bin(int i, int b) {
    return bins[i * BINS + b];
  }

  /** As {@link Signature#compatible}. */
  boolean compatible(int a, int b) {
    boolean days = day[a] == Signature.UNDATED || day[b] == Signature.UNDATED
        || Math.abs(day[a] - day[b]) <= Signature.DAYS_APART;
    return days && (place[a] == 0 || place[b] == 0 || place[a] == place[b]);
  }

  /** As {@link Signature#similarity}, over the bins' low 16 bits. */
  double similarity(int a, int b) {
    int same = 0;
    for (int k = 0; k < BINS; k++) {
      if (bins[a * BINS + k] == bins[b * BINS + k]) {
        same++;
      }
    }
    return same / (double) BINS;
  }
}
