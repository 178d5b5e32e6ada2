package releases.generate;

/** Text normalisation shared by the truth tests: what survives page breaks, hard wraps and curly quotes. */
final class TruthChecks {

  private TruthChecks() {}

  /** Whitespace runs (wraps, page breaks) become one space; curly quotes become straight ones. */
  static String flatten(String text) {
    return text.replace('\u201C', '"').replace('\u201D', '"').replaceAll("\\s+", " ");
  }
}
