package releases.index.copies;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Groups signatures into clusters of near-duplicates: equal normalised texts join at once; otherwise locality
 * sensitive hashing (the {@link Signature#BINS} bins cut into bands of {@link #ROWS}) proposes the pairs that share
 * a band, and a pair joins when its estimated similarity reaches {@link #THRESHOLD}. Either way, a pair joins only
 * when its dates and dateline states allow one release ({@link Signature#compatible}). Joins are transitive.
 */
public final class CopyFinder {

  /**
   * The least estimated Jaccard similarity of 5-word shingles for two releases to be copies. Chosen on generated
   * corpora with planted copies (docs/copies.md): planted copies score 0.8 and up, the closest distinct generated
   * releases stay below 0.35. The seeds that share most of a text score 0.70-0.77: their dates and places keep
   * them apart ({@link Signature#compatible}).
   */
  public static final double THRESHOLD = 0.6;
  /** Rows per band: with 21 bands of 3, a pair at similarity 0.6 shares a band with probability 0.99. */
  static final int ROWS = 3;
  /** Texts shorter than this join only on equal text: a few shingles say too little. */
  static final int MIN_WORDS = 20;
  /** Runs of one band key up to this size are compared pair by pair; longer runs link each member to two others. */
  private static final int ALL_PAIRS = 48;

  private CopyFinder() {}

  /**
   * The cluster of each signature, as the index of its representative: the member that comes first in
   * {@code order} (the earliest dated release, say). Null signatures and empty texts stay alone.
   */
  public static int[] clusters(Signature[] sigs, Comparator<Integer> order) {
    SignatureTable table = new SignatureTable();
    for (Signature s : sigs) {
      table.add(s);
    }
    return clusters(table, order);
  }

  /** The same over a {@link SignatureTable}, row by row. */
  public static int[] clusters(SignatureTable sigs, Comparator<Integer> order) {
    int n = sigs.size();
    UnionFind uf = new UnionFind(n);
    joinExact(sigs, uf);
    long[] keys = new long[n];
    int bands = Signature.BINS / ROWS;
    for (int band = 0; band < bands; band++) {
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (sigs.words(i) >= MIN_WORDS) {
          long h = band;
          for (int r = 0; r < ROWS; r++) {
            h = Signature.mix(h * 0x100000001B3L + sigs.bin(i, band * ROWS + r));
          }
          // The band's hash in the top 40 bits, the member in the low 24: one primitive sort finds the runs.
          keys[m++] = (h & 0xFFFF_FFFF_FF00_0000L) | i;
        }
      }
      Arrays.sort(keys, 0, m);
      for (int s = 0; s < m; ) {
        int e = s + 1;
        while (e < m && (keys[e] >>> 24) == (keys[s] >>> 24)) {
          e++;
        }
        if (e - s > 1) {
          joinRun(keys, s, e, sigs, uf);
        }
        s = e;
      }
    }
    return uf.representatives(order);
  }

  private static void joinRun(long[] keys, int s, int e, SignatureTable sigs, UnionFind uf) {
    if (e - s <= ALL_PAIRS) {
      for (int a = s; a < e; a++) {
        for (int b = a + 1; b < e; b++) {
          tryJoin((int) (keys[a] & 0xFFFFFF), (int) (keys[b] & 0xFFFFFF), sigs, uf);
        }
      }
      return;
    }
    int first = (int) (keys[s] & 0xFFFFFF);
    for (int k = s + 1; k < e; k++) {
      int x = (int) (keys[k] & 0xFFFFFF);
      tryJoin(first, x, sigs, uf);
      tryJoin((int) (keys[k - 1] & 0xFFFFFF), x, sigs, uf);
    }
  }

  private static void tryJoin(int a, int b, SignatureTable sigs, UnionFind uf) {
    if (uf.find(a) != uf.find(b) && sigs.compatible(a, b) && sigs.similarity(a, b) >= THRESHOLD) {
      uf.union(a, b);
    }
  }

  private static void joinExact(SignatureTable sigs, UnionFind uf) {
    // The hash's top 40 bits and the row in the low 24, sorted as primitives; neighbours then compare whole hashes.
    long[] keys = new long[sigs.size()];
    int m = 0;
    for (int i = 0; i < sigs.size(); i++) {
      if (sigs.words(i) > 0) {
        keys[m++] = (sigs.exact(i) & 0xFFFF_FFFF_FF00_0000L) | i;
      }
    }
    Arrays.sort(keys, 0, m);
    for (int s = 0; s < m; ) {
      int e = s + 1;
      while (e < m && (keys[e] >>> 24) == (keys[s] >>> 24)) {
        e++;
      }
      for (int a = s; a < e; a++) {
        for (int b = a + 1; b < e && b - a <= ALL_PAIRS; b++) {
          int x = (int) (keys[a] & 0xFFFFFF);
          int y = (int) (keys[b] & 0xFFFFFF);
          if (sigs.exact(x) == sigs.exact(y) && sigs.compatible(x, y)) {
            uf.union(x, y);
          }
        }
      }
      s = e;
    }
  }

  /** Disjoint sets with path halving. */
  private static final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      parent[find(a)] = find(b);
    }

    /** For each member, the member of its set that comes first in {@code order}. */
    int[] representatives(Comparator<Integer> order) {
      int n = parent.length;
      int[] best = new int[n];
      Arrays.fill(best, -1);
      for (int i = 0; i < n; i++) {
        int root = find(i);
        if (best[root] < 0 || order.compare(i, best[root]) < 0) {
          best[root] = i;
        }
      }
      int[] out = new int[n];
      for (int i = 0; i < n; i++) {
        out[i] = best[find(i)];
      }
      return out;
    }
  }
}
