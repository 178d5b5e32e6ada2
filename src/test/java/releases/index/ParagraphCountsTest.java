package releases.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParagraphCountsTest {

  @Test
  void aCountIsNeverBelowTheTruthAndRarelyAboveItAtTheLoadItIsSizedFor() {
    int distinct = 1_000_000;
    ParagraphCounts counts = new ParagraphCounts(distinct);
    Random random = new Random(3);
    long[] prints = random.longs(distinct).toArray();
    Map<Long, Integer> truth = new HashMap<>();
    for (int i = 0; i < distinct; i++) {
      int times = i % 10 == 0 ? 1 + random.nextInt(5) : 1; // a tenth recur, as boilerplate and quotes do
      for (int t = 0; t < times; t++) {
        int now = counts.add(prints[i]);
        truth.merge(prints[i], 1, Integer::sum);
        assertTrue(now >= Math.min(ParagraphCounts.MAX, truth.get(prints[i])));
      }
    }
    int high = 0;
    for (long p : prints) {
      int exact = Math.min(ParagraphCounts.MAX, truth.get(p));
      int got = counts.get(p);
      assertTrue(got >= exact, "below the truth");
      if (exact < ParagraphCounts.MAX && got >= ParagraphCounts.MAX) {
        high++; // would be taken for boilerplate until the exact count at the end of the run
      }
    }
    assertTrue(high < distinct / 1000, high + " of " + distinct + " taken for boilerplate");
    assertEquals(2L << 20, counts.bytes(), "8 counters a paragraph: 2^23 counters of 2 bits");
  }
}
