package releases.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import releases.extract.CorpusExtraction;
import releases.generate.CorpusGenerator;

/** {@code releases generate}: writes a synthetic corpus of realistic releases, with ground truth, for tests and benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write N synthetic releases in every layout of real ones, deterministic for a seed.",
      "Files go to DIR/0000/000000.txt, a thousand a directory; --truth writes what an ideal extractor finds."
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--docs", required = true, paramLabel = "N", description = "Number of releases to write.")
  long docs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "New or empty output directory.")
  Path out;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--truth", paramLabel = "FILE", description = "Also write the ground truth, one JSON object a line.")
  Path truth;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  Integer threads;

  @Override
  public Integer call() throws IOException, InterruptedException {
    int n = threads != null ? threads : CorpusExtraction.defaultThreads();
    CorpusGenerator.Summary s = new CorpusGenerator(new CorpusGenerator.Options(docs, out, seed, truth, n)).run();
    spec.commandLine().getErr().printf("generated %d releases (%.1f MB) in %s in %.1f s%n",
        s.docs(), s.bytes() / 1e6, out, s.millis() / 1000.0);
    return ExitCode.OK;
  }
}
