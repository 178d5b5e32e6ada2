package releases.generate;

import java.util.List;
import java.time.format.DateTimeFormatter;
import java.io.ByteArrayOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import releases.UserException;

/**
 * Writes a generated corpus: N release files in directories of a thousand, and optionally the ground truth as JSON
 * lines. Each document draws from its own random stream (seeded from the corpus seed and its index), so the bytes
 * written depend on the seed only, never on the number of threads.
 */
public final class CorpusGenerator {

  private static final int CHUNK = 1000;

  /**
   * What to generate.
   *
   * @param truth   where to write the ground truth, or null for none
   * @param threads worker threads (at least one)
   * @param formats the saved forms to write, taken in turn ({@code txt}, {@code html}, {@code pdf}, {@code docx},
   *                {@code eml}, {@code mbox}, {@code warc}); a chunk's mbox and warc releases share one file each
   * @param copies  the share of documents written as near-duplicates of an earlier one (0 for none)
   * @param copiesTruth where to write which document copies which, or null
   */
  public record Options(long docs, Path out, long seed, Path truth, int threads, List<String> formats, double copies,
      Path copiesTruth) {
    public Options(long docs, Path out, long seed, Path truth, int threads) {
      this(docs, out, seed, truth, threads, List.of("txt"));
    }

    public Options(long docs, Path out, long seed, Path truth, int threads, List<String> formats) {
      this(docs, out, seed, truth, threads, formats, 0, null);
    }

    public Options {
      Objects.requireNonNull(out, "out");
      formats = List.copyOf(formats);
      if (formats.isEmpty() || !Forms.ALL.containsAll(formats)) {
        throw UserException.usage("unknown --format in " + formats + ": use any of txt, html, pdf, docx, eml, mbox, warc");
      }
      if (docs < 1) {
        throw UserException.usage("--docs must be at least 1, not " + docs);
      }
      if (threads < 1) {
        throw UserException.usage("--threads must be at least 1, not " + threads);
      }
      if (copies > 0 && (formats.contains("mbox") || formats.contains("warc"))) {
        throw UserException.usage("--copies plants copies as files of their own: use it without mbox and warc");
      }
      if (copiesTruth != null && copies == 0) {
        throw UserException.usage("--copies-truth needs --copies");
      }
    }
  }

  /** What was written. */
  public record Summary(long docs, long bytes, long millis) {}

  private final Options options;
  private final ReleaseGenerator generator;
  private final Copies copies;
  private final int fileDigits;
  private final int dirDigits;

  public CorpusGenerator(Options options) {
    this.options = options;
    this.generator = new ReleaseGenerator(OfficialPool.build(options.seed()));
    this.copies = new Copies(options.copies(), options.seed());
    this.fileDigits = Math.max(6, Long.toString(options.docs() - 1).length());
    this.dirDigits = Math.max(4, Long.toString((options.docs() - 1) / CHUNK).length());
  }

  /** The id of document {@code index}: "0000/000123". */
  String id(long index) {
    return String.format("%0" + dirDigits + "d/%0" + fileDigits + "d", index / CHUNK, index);
  }

  /** Generates one document in memory, exactly as {@link #run()} writes it. */
  ReleaseGenerator.Generated generate(long index) {
    return generator.generate(id(index), new SplittableRandom(mix(options.seed() ^ index)));
  }

  public Summary run() throws IOException, InterruptedException {
    long start = System.nanoTime();
    Path out = options.out();
    if (Files.exists(out) && !isEmptyDirectory(out)) {
      throw UserException.failure("output directory " + out + " is not empty: choose a new one or remove it");
    }
    Files.createDirectories(out);
    long chunks = (options.docs() + CHUNK - 1) / CHUNK;
    long bytes = 0;
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "generate");
      t.setDaemon(true);
      return t;
    });
    try (BufferedWriter truth = options.truth() == null ? null
        : Files.newBufferedWriter(options.truth(), StandardCharsets.UTF_8);
        BufferedWriter copyTruth = options.copiesTruth() == null ? null
        : Files.newBufferedWriter(options.copiesTruth(), StandardCharsets.UTF_8)) {
      // A bounded window of chunks in flight keeps memory flat and the truth file in document order.
      ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
      for (long c = 0; c < chunks || !inFlight.isEmpty(); ) {
        if (c < chunks && inFlight.size() < options.threads() * 2) {
          long first = c++ * CHUNK;
          inFlight.add(pool.submit(() -> writeChunk(first, Math.min(options.docs(), first + CHUNK))));
          continue;
        }
        Chunk done = await(inFlight.removeFirst());
        bytes += done.bytes();
        if (truth != null) {
          truth.write(done.truth());
        }
        if (copyTruth != null) {
          copyTruth.write(done.copies());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Summary(options.docs(), bytes, (System.nanoTime() - start) / 1_000_000);
  }

  private record Chunk(long bytes, String truth, String copies) {}

  private Chunk writeChunk(long from, long to) throws IOException {
    Path dir = options.out().resolve(id(from).substring(0, dirDigits));
    Files.createDirectories(dir);
    StringBuilder truth = new StringBuilder(options.truth() == null ? 0 : (int) (to - from) * 700);
    long bytes = 0;
    StringBuilder mbox = new StringBuilder();
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    int messages = 0;
    int pages = 0;
    String folder = id(from).substring(0, dirDigits);
    StringBuilder copied = new StringBuilder();
    for (long i = from; i < to; i++) {
      Copies.Plan plan = copies.plan(i);
      ReleaseGenerator.Generated g = plan == null ? generate(i) : copy(plan, i);
      Truth t = g.truth();
      String url = "https://agency.example/news/" + id(i);
      String form = options.formats().get((int) (i % options.formats().size()));
      if (plan != null) {
        form = plan.edits().contains(Copies.Edit.SAVED_AS_HTML) ? "html" : "txt";
        copied.append(id(i)).append('\t').append(id(plan.original())).append('\t')
            .append(plan.edits().stream().map(e -> e.name().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(","))).append('\n');
      }
      byte[] b = switch (form) {
        case "html" -> write(id(i) + ".html", Forms.html(g.text(), url).getBytes(StandardCharsets.UTF_8));
        case "pdf" -> write(id(i) + ".pdf", Forms.pdf(g.text()));
        case "docx" -> write(id(i) + ".docx", Forms.docx(g.text()));
        case "eml" -> write(id(i) + ".eml", Forms.eml(g.text(), mailDate(t), id(i)).getBytes(StandardCharsets.UTF_8));
        case "mbox" -> {
          t = t.withId(folder + "/mail#" + ++messages);
          String m = Forms.mboxMessage(Forms.eml(g.text(), mailDate(t), id(i)), "Thu Jan  1 00:00:00 2015");
          mbox.append(m);
          yield m.getBytes(StandardCharsets.UTF_8);
        }
        case "warc" -> {
          t = t.withId(folder + "/crawl#" + ++pages);
          byte[] r = Forms.warcResponse(url, "2019-03-02T04:05:06Z", Forms.html(g.text(), url));
          warc.writeBytes(r);
          yield r;
        }
        default -> write(id(i) + ".txt", g.text().getBytes(StandardCharsets.UTF_8));
      };
      bytes += b.length;
      if (options.truth() != null) {
        truth.append(t.toJson()).append('\n');
      }
    }
    if (messages > 0) {
      write(folder + "/mail.mbox", mbox.toString().getBytes(StandardCharsets.UTF_8));
    }
    if (pages > 0) {
      write(folder + "/crawl.warc.gz", warc.toByteArray());
    }
    return new Chunk(bytes, truth.toString(), copied.toString());
  }

  /** Document {@code index} as a planted copy: the original's text edited, and its truth under the copy's id. */
  private ReleaseGenerator.Generated copy(Copies.Plan plan, long index) {
    ReleaseGenerator.Generated original = generate(plan.original());
    return new ReleaseGenerator.Generated(copies.text(original, plan, index), original.truth().withId(id(index)),
        original.layout(), original.headline());
  }

  private byte[] write(String name, byte[] bytes) throws IOException {
    Files.write(options.out().resolve(name), bytes);
    return bytes;
  }

  /** An e-mail sent on the release's day, or with no Date header when the release has no date. */
  private static String mailDate(Truth t) {
    return t.date() == null ? null
        : t.date().atTime(9, 30).atOffset(java.time.ZoneOffset.ofHours(-5)).format(DateTimeFormatter.RFC_1123_DATE_TIME);
  }

  private static Chunk await(Future<Chunk> f) throws IOException, InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case IOException io -> throw io;
        case UncheckedIOException u -> throw u.getCause();
        case RuntimeException re -> throw re;
        default -> throw new IllegalStateException(e.getCause());
      }
    }
  }

  private static boolean isEmptyDirectory(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return false;
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    }
  }

  /** Spreads nearby seeds (seed ^ index differ in few bits) over the whole state space (SplitMix64 finaliser). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
