package releases.index.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import releases.cli.CliRunner;

/**
 * Precision and recall of copy detection over pairs of releases, on a generated corpus with planted copies:
 * a pair is a true copy when the generator wrote one as a copy of the other (or both of one original).
 */
class CopyDetectionTest {

  private static final int DOCS = Integer.getInteger("copies.docs", 10_000);

  @Test
  void findsPlantedCopiesAndMergesNothingElse(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    Path truth = dir.resolve("copies.tsv");
    CliRunner g = CliRunner.run("generate", "--docs", String.valueOf(DOCS), "--out", corpus.toString(), "--seed", "16",
        "--copies", "0.1", "--copies-truth", truth.toString(), "--format", "txt,html");
    assertEquals(0, g.code(), g.err());
    CliRunner i = CliRunner.run("index", "--corpus", corpus.toString(), "--index", dir.resolve("index").toString());
    assertEquals(0, i.code(), i.err());

    Map<String, String> original = new HashMap<>();
    for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      original.put(f[0], f[1]);
    }
    Map<String, Long> predicted = ClusterReader.clusters(dir.resolve("index"));
    assertEquals(DOCS, predicted.size());
    Map<String, String> truthCluster = new HashMap<>();
    predicted.keySet().forEach(id -> truthCluster.put(id, original.getOrDefault(id, id)));
    PairScore s = PairScore.of(predicted, truthCluster);
    System.out.printf("copy detection on %d generated releases (%d planted copies): precision %.4f, recall %.4f "
        + "(%d predicted pairs, %d true pairs, %d both)%n", DOCS, original.size(), s.precision(), s.recall(),
        s.predicted(), s.truth(), s.both());
    printMargins(dir.resolve("index"), original);
    assertTrue(s.precision() >= 0.99, "precision " + s.precision());
    assertTrue(s.recall() >= 0.95, "recall " + s.recall());
  }

  /**
   * How far the threshold is from both sides: the estimated similarity of planted copies to their originals, and
   * the highest similarity of a distinct release to any other in a sample (releases sharing boilerplate).
   */
  private static void printMargins(Path index, Map<String, String> original) throws java.io.IOException {
    Map<String, Signature> sigs = ClusterReader.signatures(index);
    double[] copy = original.entrySet().stream().filter(e -> sigs.containsKey(e.getValue()))
        .mapToDouble(e -> sigs.get(e.getKey()).similarity(sigs.get(e.getValue()))).sorted().toArray();
    java.util.List<String> ids = sigs.keySet().stream().filter(id -> !original.containsKey(id)).sorted().limit(2000)
        .toList();
    double[] best = new double[ids.size()];
    for (int a = 0; a < ids.size(); a++) {
      for (int b = a + 1; b < ids.size(); b++) {
        double sim = sigs.get(ids.get(a)).similarity(sigs.get(ids.get(b)));
        best[a] = Math.max(best[a], sim);
        best[b] = Math.max(best[b], sim);
      }
    }
    java.util.Arrays.sort(best);
    System.out.printf("similarity of planted copies: min %.3f, 1st percentile %.3f, median %.3f; "
        + "distinct releases' closest other (of %d): median %.3f, 99th percentile %.3f, max %.3f; threshold %.2f%n",
        copy[0], copy[copy.length / 100], copy[copy.length / 2], ids.size(), best[best.length / 2],
        best[best.length * 99 / 100], best[best.length - 1], CopyFinder.THRESHOLD);
  }
}
