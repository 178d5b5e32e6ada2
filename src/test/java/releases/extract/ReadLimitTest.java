package releases.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import releases.ingest.Corpus;
import releases.ingest.ReadLimit;
import releases.ingest.ReadTimeout;
import releases.ingest.SourceReader;

/**
 * A file whose reader hangs is skipped with its reason and the run goes on, on one thread and on two; a reader that
 * checks its clock, or waits, stops when the file is given up; one that does neither is left behind without holding
 * up the run. The hanging readers are injected: nothing here times real reading.
 */
class ReadLimitTest {

  private static final Duration LIMIT = Duration.ofSeconds(1);
  private static final String RELEASE = """
      FOR IMMEDIATE RELEASE
      March 3, 2011

      County opens a new library branch

      SPRINGFIELD, Ill. - The county opened a library branch on Tuesday, the director said.
      """;

  @TempDir
  Path dir;

  /** The good files must not be the ones out of time: their reader and extractor are loaded and warmed first. */
  @BeforeAll
  static void warmUp(@TempDir Path warm) throws IOException, InterruptedException {
    Files.writeString(warm.resolve("warm.txt"), RELEASE);
    Corpus corpus = new Corpus(warm).withReadLimit(Duration.ZERO);
    for (int i = 0; i < 20; i++) {
      new CorpusExtraction(corpus, 1, s -> true).run(corpus.files(), outcome -> { });
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aReaderThatChecksItsClockStopsAndTheRunGoesOn(int threads) throws Exception {
    CountDownLatch ended = new CountDownLatch(1);
    List<Outcome> outcomes = run(threads, () -> {
      try {
        while (true) {
          ReadLimit.check();
          Thread.onSpinWait();
        }
      } finally {
        ended.countDown();
      }
    });
    assertSkippedInTheMiddle(outcomes);
    assertTrue(ended.await(30, TimeUnit.SECONDS), "the hanging reader is still running");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aReaderThatWaitsIsInterrupted(int threads) throws Exception {
    CountDownLatch ended = new CountDownLatch(1);
    List<Outcome> outcomes = run(threads, () -> {
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        ended.countDown();
      }
    });
    assertSkippedInTheMiddle(outcomes);
    assertTrue(ended.await(30, TimeUnit.SECONDS), "the waiting reader was not interrupted");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aReaderThatIgnoresEverythingIsLeftBehind(int threads) throws Exception {
    AtomicBoolean release = new AtomicBoolean();
    CountDownLatch ended = new CountDownLatch(1);
    try {
      List<Outcome> outcomes = run(threads, () -> {
        while (!release.get()) {
          Thread.interrupted(); // deaf to being told to stop
          Thread.onSpinWait();
        }
        ended.countDown();
      });
      assertSkippedInTheMiddle(outcomes);
    } finally {
      release.set(true);
    }
    assertTrue(ended.await(30, TimeUnit.SECONDS));
  }

  @Test
  void aPdfAndAMailboxStopAtTheirNextCheckOnceOutOfTime() throws Exception {
    Path forms = Path.of("src/test/resources/forms");
    for (Path file : List.of(forms.resolve("pdf_letterhead/source.pdf"), forms.resolve("mbox_two_and_broken/source.mbox"))) {
      Object[] thrown = new Object[1];
      CountDownLatch done = new CountDownLatch(1);
      Duration limit = Duration.ofMillis(500);
      try {
        ReadLimit.run(limit, () -> {
          long late = System.nanoTime() + limit.toNanos() + 100_000_000L;
          while (System.nanoTime() < late) {
            Thread.interrupted(); // out of time before reading starts, the caller gone on without us
            Thread.onSpinWait();
          }
          try {
            thrown[0] = SourceReader.read(file, "x");
          } catch (Exception | Error e) {
            thrown[0] = e;
          } finally {
            done.countDown();
          }
          return null;
        });
      } catch (ReadTimeout expected) {
        assertEquals("took longer than 0.5 s to read", expected.getMessage());
      }
      assertTrue(done.await(30, TimeUnit.SECONDS));
      assertInstanceOf(ReadTimeout.class, thrown[0], file + " read on: " + thrown[0]);
    }
  }

  /** Reads good.txt, hang.txt and later.txt, the injected {@code hang} standing in for the reader of hang.txt. */
  private List<Outcome> run(int threads, Hang hang) throws IOException, InterruptedException {
    for (String name : List.of("good.txt", "hang.txt", "later.txt")) {
      Files.writeString(dir.resolve(name), RELEASE);
    }
    Corpus corpus = new Corpus(dir).withReadLimit(LIMIT);
    CorpusExtraction.FileReader reader = (file, id) -> {
      if (file.getFileName().toString().equals("hang.txt")) {
        hang.run();
      }
      return SourceReader.read(file, id);
    };
    List<Outcome> outcomes = new ArrayList<>();
    new CorpusExtraction(corpus, threads, f -> false, s -> true, reader).run(corpus.files(), outcomes::add);
    return outcomes;
  }

  private static void assertSkippedInTheMiddle(List<Outcome> outcomes) {
    assertEquals(3, outcomes.size());
    assertInstanceOf(Outcome.Extracted.class, outcomes.get(0));
    Outcome.Skipped skipped = assertInstanceOf(Outcome.Skipped.class, outcomes.get(1));
    assertEquals("took longer than 1 s to read", skipped.reason());
    assertInstanceOf(Outcome.Extracted.class, outcomes.get(2));
  }

  interface Hang {
    void run() throws IOException;
  }
}
