package releases.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import releases.extract.CorpusExtraction;
import releases.generate.CorpusGenerator;

/** {@code releases generate}: writes a synthetic corpus of realistic releases, with ground truth, for tests and benchmarks. */
final class GenerateCommand implements Callable<Integer> {

  private final CommandSpec spec = Specs.command(this, "generate",
      "Write N synthetic releases in every layout of real ones, deterministic for a seed.",
      "Files go to DIR/0000/000000.txt, a thousand a directory; --truth writes what an ideal extractor finds.");

  GenerateCommand() {
    spec.addOption(Specs.value("--docs", "N", long.class, null, "Number of releases to write.").required(true).build());
    spec.addOption(Specs.value("--out", "DIR", Path.class, null, "New or empty output directory.").required(true).build());
    spec.addOption(Specs.value("--seed", "S", long.class, "1", "Random seed (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(Specs.value("--truth", "FILE", Path.class, null,
        "Also write the ground truth, one JSON object a line.").build());
    spec.addOption(Specs.value("--threads", "N", Integer.class, null, "Worker threads (default: one per core).").build());
    spec.addOption(Specs.value("--format", "LIST", String.class, "txt",
        "Saved forms, taken in turn: txt, html, pdf, docx, eml, mbox, warc (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(Specs.value("--copies", "SHARE", double.class, "0",
        "Share of documents written as near-duplicates of an earlier one, with small edits (0 to 0.5).").build());
    spec.addOption(Specs.value("--copies-truth", "FILE", Path.class, null,
        "Also write which document copies which: COPY<TAB>ORIGINAL<TAB>EDITS a line.").build());
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    long docs = Specs.get(spec, "--docs");
    Path out = Specs.get(spec, "--out");
    long seed = Specs.get(spec, "--seed");
    Path truth = Specs.get(spec, "--truth");
    Integer threads = Specs.get(spec, "--threads");
    int n = threads != null ? threads : CorpusExtraction.defaultThreads();
    List<String> formats = List.of(((String) Specs.get(spec, "--format")).split("\\s*,\\s*"));
    double copies = Specs.get(spec, "--copies");
    Path copiesTruth = Specs.get(spec, "--copies-truth");
    CorpusGenerator.Summary s = new CorpusGenerator(
        new CorpusGenerator.Options(docs, out, seed, truth, n, formats, copies, copiesTruth)).run();
    spec.commandLine().getErr().printf("generated %d %s (%.1f MB) in %s in %.1f s%n",
        s.docs(), s.docs() == 1 ? "release" : "releases", s.bytes() / 1e6, out, s.millis() / 1000.0);
    return ExitCode.OK;
  }
}
