package releases.index.copies;

import java.util.HashMap;
import java.util.Map;

/** Pairwise precision and recall of a clustering against a true one: pairs put together, and pairs that belong so. */
public record PairScore(long predicted, long truth, long both) {

  /** Both maps send each item to its cluster's key. */
  public static <A, B> PairScore of(Map<String, A> predicted, Map<String, B> truth) {
    Map<A, Long> p = new HashMap<>();
    Map<B, Long> t = new HashMap<>();
    Map<String, Long> joint = new HashMap<>();
    predicted.forEach((id, c) -> {
      p.merge(c, 1L, Long::sum);
      t.merge(truth.get(id), 1L, Long::sum);
      joint.merge(c + "\u0000" + truth.get(id), 1L, Long::sum);
    });
    return new PairScore(pairs(p), pairs(t), pairs(joint));
  }

  private static long pairs(Map<?, Long> sizes) {
    return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
  }

  public double precision() {
    return predicted == 0 ? 1 : both / (double) predicted;
  }

  public double recall() {
    return truth == 0 ? 1 : both / (double) truth;
  }
}
