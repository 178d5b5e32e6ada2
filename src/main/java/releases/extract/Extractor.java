package releases.extract;

/** Turns the text of one saved release into a {@link Release}. Placeholder until the real extractor lands. */
public final class Extractor {

  private Extractor() {}

  /** Extracts the release in {@code text}; never fails on odd input, leaving unknown fields null. */
  public static Release extract(String id, String path, String text) {
    return new Release(id, path, null, null, null, null, null, null, null, null, text.strip());
  }
}
