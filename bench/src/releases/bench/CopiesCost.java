package releases.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import releases.index.copies.CopyFinder;
import releases.index.copies.Signature;

/**
 * The CPU cost of copy detection alone, on one thread: signatures of every .txt file under a directory (the raw
 * text standing for a body), then the corpus-wide clustering. Two rounds; the second is the one to quote.
 * Usage: java -cp CLASSES:releases.jar:lib/* releases.bench.CopiesCost DIR
 */
public final class CopiesCost {

  private CopiesCost() {}

  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= 2; round++) {
      long start = cpu.getCurrentThreadCpuTime();
      Signature[] sigs = new Signature[texts.size()];
      for (int i = 0; i < sigs.length; i++) {
        sigs[i] = Signature.of(texts.get(i), java.time.LocalDate.of(2010, 1, 1 + i % 28), "Ohio");
      }
      long signed = cpu.getCurrentThreadCpuTime();
      int[] rep = CopyFinder.clusters(sigs, Comparator.naturalOrder());
      long clustered = cpu.getCurrentThreadCpuTime();
      long joined = 0;
      for (int i = 0; i < rep.length; i++) {
        joined += rep[i] != i ? 1 : 0;
      }
      System.out.printf("round %d, %d texts: signatures %.2f s CPU, clustering %.2f s CPU (%d joined to another)%n",
          round, sigs.length, (signed - start) / 1e9, (clustered - signed) / 1e9, joined);
    }
  }
}
