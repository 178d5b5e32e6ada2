package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code releases} launcher script, run by bash on a copy of the project whose jar is up to date and whose
 * JDKs are stubs that say who they are: the JDK it caches in target/ must follow a changed choice, a removed JDK
 * and an upgrade in place, and the AOT cache is recorded again exactly when the jar or the JDK changed.
 */
class LauncherTest {

  @TempDir Path root;
  private Path log;

  @BeforeEach
  void project() throws IOException {
    Files.copy(Path.of("releases"), root.resolve("releases"));
    Files.createDirectories(root.resolve("src/main/java/releases"));
    Files.writeString(root.resolve("src/main/java/releases/X.java"), "class X {}\n");
    Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    Files.createDirectories(root.resolve("seeds"));
    Instant old = Instant.now().minusSeconds(3600);
    try (Stream<Path> all = Files.walk(root.resolve("src"))) {
      for (Path p : all.toList()) {
        Files.setLastModifiedTime(p, FileTime.from(old));
      }
    }
    Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.from(old));
    Files.createDirectories(root.resolve("target"));
    Files.writeString(root.resolve("target/releases.jar"), "");
    log = root.resolve("java.log");
    stubJdk("a", "25.0.1");
    stubJdk("b", "25.0.1");
  }

  /** A JDK whose java logs its arguments, writes the AOT cache it is asked to record, and prints its name. */
  private Path stubJdk(String name, String version) throws IOException {
    Path home = root.resolve("jdk-" + name);
    Files.createDirectories(home.resolve("bin"));
    Path java = home.resolve("bin/java");
    Files.writeString(java, """
        #!/bin/sh
        echo "%s $*" >> "$STUB_LOG"
        for a in "$@"; do
          case $a in -XX:AOTCacheOutput=*) : > "${a#-XX:AOTCacheOutput=}" ;; esac
        done
        echo "jdk %s"
        """.formatted(name, name));
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"stub\"\nJAVA_VERSION=\"" + version + "\"\n");
    return home;
  }

  private String launch(Path jdk) throws IOException, InterruptedException {
    return launch(root.resolve("releases"), jdk, null, 0);
  }

  /** Runs {@code script --version}; {@code path} (or null) is put first on PATH; the exit code must be {@code code}. */
  private String launch(Path script, Path jdk, Path path, int code) throws IOException, InterruptedException {
    return launch(script, jdk, path, code, "--version");
  }

  private String launch(Path script, Path jdk, Path path, int code, String arg) throws IOException, InterruptedException {
    return launch(script, jdk, path, code, arg, Map.of());
  }

  private String launch(Path script, Path jdk, Path path, int code, String arg, Map<String, String> extra)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(script.toString(), arg);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.equals("JAVA_HOME") || k.startsWith("RELEASES_"));
    env.putAll(extra);
    env.put("RELEASES_JAVA_HOME", jdk.toString());
    env.put("STUB_LOG", log.toString());
    if (path != null) {
      env.put("PATH", path + ":" + env.get("PATH"));
    }
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(code, p.waitFor(), out);
    return out.strip();
  }

  @Test
  void theLauncherWorksThroughSymlinks(@TempDir Path home) throws Exception {
    Files.setPosixFilePermissions(root.resolve("releases"), PosixFilePermissions.fromString("rwxr-xr-x"));
    // The jar is up to date, so no build may start; a Maven that is run anyway fails as Maven does away from a pom.
    Path tools = Files.createDirectories(home.resolve("tools"));
    Files.writeString(tools.resolve("mvn"), "#!/bin/sh\necho 'there is no POM in this directory'\nexit 1\n");
    Files.setPosixFilePermissions(tools.resolve("mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path link = Files.createSymbolicLink(bin.resolve("releases"), root.resolve("releases"));
    assertEquals("jdk a", launch(link, root.resolve("jdk-a"), tools, 0));
    // A relative link to that link, from another directory: the chain is followed to the project.
    Path other = Files.createDirectories(home.resolve("other"));
    Path chained = Files.createSymbolicLink(other.resolve("rel"), Path.of("../bin/releases"));
    assertEquals("jdk a", launch(chained, root.resolve("jdk-a"), tools, 0));
  }

  @Test
  void aFailedBuildShowsMavensLastLinesAndKeepsTheLog(@TempDir Path tools) throws Exception {
    Files.setPosixFilePermissions(root.resolve("releases"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Path mvn = tools.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\nfor i in $(seq 1 30); do echo \"line $i\"; done\necho 'ERROR: cannot find symbol X'\nexit 1\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setLastModifiedTime(root.resolve("src/main/java/releases/X.java"), FileTime.from(Instant.now().plusSeconds(60)));
    String out = launch(root.resolve("releases"), root.resolve("jdk-a"), tools, 1);
    List<String> lines = out.lines().toList();
    assertEquals("releases: build failed; the last lines of Maven's output:", lines.getFirst());
    assertEquals("ERROR: cannot find symbol X", lines.get(lines.size() - 2));
    assertEquals("releases: the whole log is " + root.resolve("target/build.log"), lines.getLast());
    assertEquals(22, lines.size(), out);
    assertTrue(Files.readString(root.resolve("target/build.log")).startsWith("line 1\n"));
  }

  private List<String> cachedJdk() throws IOException {
    return Files.readAllLines(root.resolve("target/jdk.cache"));
  }

  private long trainings() throws IOException {
    return Files.readAllLines(log).stream().filter(l -> l.contains("-XX:AOTCacheOutput=")).count();
  }

  @Test
  void theChosenJdkIsCachedAndTheCacheIsWhatTheNextRunUses() throws Exception {
    Path a = root.resolve("jdk-a");
    Path b = root.resolve("jdk-b");
    assertEquals("jdk a", launch(a));
    assertEquals(a.toString(), cachedJdk().get(1));
    // Point the cache, under the same key, at the other JDK: a run that follows it shows the cache is read.
    Files.write(root.resolve("target/jdk.cache"), List.of(cachedJdk().get(0), b.toString()));
    assertEquals("jdk b", launch(a));
  }

  @Test
  void anotherChoiceMissesTheCache() throws Exception {
    assertEquals("jdk a", launch(root.resolve("jdk-a")));
    assertEquals("jdk b", launch(root.resolve("jdk-b")));
    assertEquals(root.resolve("jdk-b").toString(), cachedJdk().get(1));
  }

  @Test
  void aCachedJdkThatWasRemovedIsLookedForAgain() throws Exception {
    Path a = root.resolve("jdk-a");
    Path b = root.resolve("jdk-b");
    assertEquals("jdk a", launch(a));
    Files.write(root.resolve("target/jdk.cache"), List.of(cachedJdk().get(0), b.toString()));
    Files.delete(b.resolve("bin/java"));
    assertEquals("jdk a", launch(a));
    assertEquals(a.toString(), cachedJdk().get(1));
  }

  @Test
  void theAotCacheIsRecordedOncePerJarAndJdk() throws Exception {
    Path a = root.resolve("jdk-a");
    assertEquals("jdk a", launch(a));
    assertEquals(1, trainings());
    assertTrue(Files.exists(root.resolve("target/releases.aot")));
    assertTrue(Files.readAllLines(log).getLast().contains("-XX:AOTCache=" + root.resolve("target/releases.aot")),
        "the run uses the cache: " + Files.readAllLines(log).getLast());
    launch(a);
    assertEquals(1, trainings(), "nothing changed, nothing recorded");
    // The same JDK directory upgraded in place: its classes differ, so the cache must be recorded again.
    stubJdk("a", "25.0.2");
    launch(a);
    assertEquals(2, trainings());
    // A new build of the jar.
    Files.setLastModifiedTime(root.resolve("target/releases.jar"), FileTime.from(Instant.now().plusSeconds(60)));
    launch(a);
    assertEquals(3, trainings());
  }

  @Test
  void aJdkOlderThan25RunsWithoutAnAotCache() throws Exception {
    Path old = stubJdk("old", "21.0.5");
    assertEquals("jdk old", launch(old));
    assertEquals(0, trainings());
    assertTrue(Files.readAllLines(log).getLast().contains("-jar"), Files.readAllLines(log).getLast());
    assertTrue(!Files.readAllLines(log).getLast().contains("AOTCache"), Files.readAllLines(log).getLast());
  }

  @Test
  void serveHasACacheOfItsOwnAndLeavesTheReadVerbsCacheAlone() throws Exception {
    Path a = root.resolve("jdk-a");
    launch(a);
    assertEquals(1, trainings());
    launch(root.resolve("releases"), a, null, 0, "serve");
    assertEquals(2, trainings(), "serve records its own cache");
    List<String> lines = Files.readAllLines(log);
    assertTrue(lines.stream().anyMatch(l -> l.contains("releases.cli.Training") && l.endsWith(" serve")), lines.toString());
    assertTrue(lines.getLast().contains("-XX:AOTCache=" + root.resolve("target/releases-serve.aot")), lines.getLast());
    launch(a);
    launch(root.resolve("releases"), a, null, 0, "serve");
    assertEquals(2, trainings(), "each cache is recorded once");
    assertTrue(Files.readAllLines(log).stream().anyMatch(l -> l.contains("releases.cli.Training") && l.endsWith(" cli")));
  }

  @Test
  void aCollectorChosenInTheJavaOptionsReplacesTheLaunchersOwn() throws Exception {
    Path a = root.resolve("jdk-a");
    launch(root.resolve("releases"), a, null, 0, "--version");
    String run = Files.readAllLines(log).getLast();
    assertTrue(run.contains("-XX:+UseSerialGC"), run);
    launch(root.resolve("releases"), a, null, 0, "export");
    run = Files.readAllLines(log).getLast();
    assertTrue(run.contains("-XX:+UseSerialGC") && run.contains("-XX:InlineSmallCode=1000") && !run.contains("TieredStopAtLevel"), run);
    launch(root.resolve("releases"), a, null, 0, "--version", Map.of("RELEASES_JAVA_OPTS", "-Xmx2g -XX:+UseG1GC"));
    run = Files.readAllLines(log).getLast();
    assertTrue(run.contains("-XX:+UseG1GC") && !run.contains("SerialGC") && run.contains("-XX:TieredStopAtLevel=1"), run);
  }
}
