package releases.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Extraction alone, in one thread, over the same texts several times; prints the thread's CPU time per pass, which
 * a busy machine disturbs far less than wall time. Run by bench/extract-cpu, also against an older build's classes:
 * it calls Extractor.extractAll where the build has it, else Extractor.extract.
 */
public final class ExtractionCpu {

  private ExtractionCpu() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Path> files = new ArrayList<>();
    try (var walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    files.sort(null);
    List<String> texts = new ArrayList<>(files.size());
    for (Path p : files) {
      texts.add(Files.readString(p));
    }
    Class<?> extractor = Class.forName("releases.extract.Extractor");
    Method all = null;
    try {
      all = extractor.getMethod("extractAll", String.class, String.class, String.class);
    } catch (NoSuchMethodException e) {
      all = extractor.getMethod("extract", String.class, String.class, String.class);
    }
    var threads = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    int sink = 0;
    for (int pass = 1; pass <= passes; pass++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < texts.size(); i++) {
        sink += all.invoke(null, "r" + i, files.get(i).toString(), texts.get(i)).hashCode() & 1;
      }
      long ms = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
      best = Math.min(best, ms);
      System.out.printf("pass %d: %d ms CPU for %d texts%n", pass, ms, texts.size());
    }
    System.out.printf("best pass: %d ms CPU, %.0f texts/s (%d)%n", best, texts.size() * 1000.0 / best, sink % 2);
  }
}
