package releases.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenSearch cluster of a few nodes on the loopback interface, run from an unpacked distribution for the
 * length of a test class: free ports picked, green awaited, and every node stopped by its process id.
 */
final class LocalCluster implements AutoCloseable {

  /** OpenSearch refuses to run as root; this is the conventional unprivileged "nobody". */
  private static final String NOBODY = "65534";
  /** Two nodes are green in about 30 s on an idle machine, but take minutes on a busy one. */
  private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

  private final Path home;
  private final Path work;
  private final List<Process> nodes = new ArrayList<>();
  private final List<Path> logs = new ArrayList<>();
  private final Thread cleanup = new Thread(this::stop, "stop-opensearch");
  private final String url;

  private LocalCluster(Path home, Path work, int size) throws IOException {
    this.home = home;
    this.work = work;
    int[] http = new int[size];
    int[] transport = new int[size];
    for (int i = 0; i < size; i++) {
      http[i] = freePort();
      transport[i] = freePort();
    }
    this.url = "http://127.0.0.1:" + http[0];
    deleteTree(work); // what a killed earlier run left behind
    Runtime.getRuntime().addShutdownHook(cleanup);
    String cluster = "releases-it-" + ProcessHandle.current().pid();
    StringBuilder seeds = new StringBuilder();
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < size; i++) {
      seeds.append(i == 0 ? "" : ",").append("127.0.0.1:").append(transport[i]);
      names.append(i == 0 ? "" : ",").append("node-").append(i);
    }
    for (int i = 0; i < size; i++) {
      Path dir = work.resolve("node-" + i);
      Path config = dir.resolve("config");
      copyTree(home.resolve("config"), config);
      // The JVM options name files relative to the distribution, which the node's user may not write to.
      Path jvm = config.resolve("jvm.options");
      Files.writeString(jvm, Files.readString(jvm).replace("logs/", dir.resolve("logs") + "/")
          .replace("HeapDumpPath=data", "HeapDumpPath=" + dir.resolve("data")));
      Files.createDirectories(dir.resolve("data"));
      Files.createDirectories(dir.resolve("logs"));
      List<String> cmd = new ArrayList<>();
      if (isRoot()) {
        giveToNobody(work);
        cmd.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
      }
      cmd.addAll(List.of("bash", home.resolve("bin/opensearch").toString(),
          "-Ecluster.name=" + cluster, "-Enode.name=node-" + i, "-Enetwork.host=127.0.0.1",
          "-Ehttp.port=" + http[i], "-Etransport.port=" + transport[i],
          "-Ediscovery.seed_hosts=" + seeds, "-Ecluster.initial_cluster_manager_nodes=" + names,
          "-Epath.data=" + dir.resolve("data"), "-Epath.logs=" + dir.resolve("logs"),
          // A nearly full build disk must not stop shards from being allocated.
          "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
      Path log = dir.resolve("console.log");
      pb.redirectOutput(log.toFile());
      Map<String, String> env = pb.environment();
      String java = System.getProperty("java.home");
      env.put("OPENSEARCH_JAVA_HOME", java);
      env.put("JAVA_HOME", java);
      env.put("OPENSEARCH_PATH_CONF", config.toString());
      // Test nodes live minutes and hold a few documents: the quick compiler starts them sooner.
      env.put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m -XX:TieredStopAtLevel=1");
      env.put("HOME", dir.toString());
      logs.add(log);
      nodes.add(pb.start());
    }
  }

  /** Starts {@code size} nodes from the distribution at {@code home}, working under {@code work}, and waits for green. */
  static LocalCluster start(Path home, Path work, int size) throws IOException, InterruptedException {
    LocalCluster c = new LocalCluster(home, work, size);
    try {
      c.awaitGreen(size);
      return c;
    } catch (IOException | InterruptedException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  String url() {
    return url;
  }

  /** Whether this machine can run the cluster at all; null when it can, else why not. */
  static String unsupportedReason(Path home) {
    if (Runtime.version().feature() < 21) {
      return "OpenSearch 3 needs Java 21 or newer; this JVM is " + Runtime.version();
    }
    if (home == null || !Files.isRegularFile(home.resolve("bin/opensearch"))) {
      return "no OpenSearch distribution at " + home + " (run through `mvn verify`, which unpacks it)";
    }
    if (isRoot() && Stream.of(System.getenv("PATH").split(":")).noneMatch(p -> Files.isExecutable(Path.of(p, "setpriv")))) {
      return "running as root, and setpriv is missing to start OpenSearch as an unprivileged user";
    }
    return null;
  }

  private void awaitGreen(int size) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    String health = url + "/_cluster/health?wait_for_status=green&wait_for_nodes=" + size + "&timeout=2s";
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < nodes.size(); i++) {
        if (!nodes.get(i).isAlive()) {
          throw new IllegalStateException("OpenSearch node " + i + " exited with " + nodes.get(i).exitValue() + ":\n" + tail(logs.get(i)));
        }
      }
      try {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(health)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() == 200 && res.body().contains("\"status\":\"green\"")) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the OpenSearch cluster was not green after " + START_TIMEOUT + ":\n" + tail(logs.get(0)));
  }

  /** Stops every node by its process id: politely first, then by force. */
  private void stop() {
    for (Process p : nodes) {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
    }
    for (Process p : nodes) {
      try {
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop();
    try {
      deleteTree(work);
    } catch (IOException e) {
      System.err.println("LocalCluster: could not delete " + work + ": " + e.getMessage());
    }
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook runs stop() again, which is harmless.
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void giveToNobody(Path dir) throws IOException {
    try {
      Process p = new ProcessBuilder("chown", "-R", NOBODY + ":" + NOBODY, dir.toString()).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IOException("chown of " + dir + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      all.forEach(p -> {
        try {
          Path target = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
