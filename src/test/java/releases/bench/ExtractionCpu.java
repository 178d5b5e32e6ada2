package releases.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Extraction alone, in one thread, over the same texts several times; prints the thread's CPU time per pass, which
 * a busy machine disturbs far less than wall time. bench/extract-cpu runs it once per build, in a JVM of its own.
 * Given several class paths, it loads each build in a class loader of its own and their passes take turns; but the
 * builds then share the JDK's compiled code and its profiles, which narrows their differences, so figures to compare
 * come from separate JVMs. It calls Extractor.extractAll where a build has it, else Extractor.extract.
 */
public final class ExtractionCpu {

  private ExtractionCpu() {}

  /** Arguments: DIR PASSES CLASSPATH [CLASSPATH ...]. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int passes = Integer.parseInt(args[1]);
    List<String> builds = List.of(args).subList(2, args.length);
    List<Path> files = new ArrayList<>();
    try (var walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    files.sort(null);
    List<String> texts = new ArrayList<>(files.size());
    for (Path p : files) {
      texts.add(Files.readString(p));
    }
    List<Method> entries = new ArrayList<>();
    for (String build : builds) {
      entries.add(entry(build));
    }
    var threads = ManagementFactory.getThreadMXBean();
    long[][] ms = new long[builds.size()][passes];
    int sink = 0;
    for (int pass = 0; pass < passes; pass++) {
      for (int b = 0; b < builds.size(); b++) {
        Method all = entries.get(b);
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < texts.size(); i++) {
          sink += all.invoke(null, "r" + i, files.get(i).toString(), texts.get(i)).hashCode() & 1;
        }
        ms[b][pass] = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        System.out.printf("pass %d, build %d: %d ms CPU for %d texts%n", pass + 1, b + 1, ms[b][pass], texts.size());
      }
    }
    for (int b = 0; b < builds.size(); b++) {
      long[] sorted = ms[b].clone();
      Arrays.sort(sorted);
      // The first pass warms the JIT and is left out of the median when there are more.
      long[] warm = passes > 2 ? Arrays.copyOfRange(ms[b], 1, passes) : ms[b];
      Arrays.sort(warm);
      System.out.printf("build %d (%s): best %d ms CPU (%.0f texts/s), median %d ms%n", b + 1, label(builds.get(b)),
          sorted[0], texts.size() * 1000.0 / sorted[0], warm[warm.length / 2]);
    }
    System.out.println("(" + (sink % 2) + ")");
  }

  private static Method entry(String classPath) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String part : classPath.split(":")) {
      if (!part.isEmpty()) {
        urls.add(Path.of(part).toUri().toURL());
      }
    }
    ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Class<?> extractor = Class.forName("releases.extract.Extractor", true, loader);
    try {
      return extractor.getMethod("extractAll", String.class, String.class, String.class);
    } catch (NoSuchMethodException e) {
      return extractor.getMethod("extract", String.class, String.class, String.class);
    }
  }

  private static String label(String classPath) {
    String first = classPath.split(":")[0];
    return first.endsWith("/target/classes") ? first.substring(0, first.length() - "/target/classes".length()) : first;
  }
}
