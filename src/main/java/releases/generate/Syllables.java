package releases.generate;

import java.util.SplittableRandom;

/** Builds pronounceable invented words from onsets, vowels, codas and common English endings. */
final class Syllables {

  private static final String[] ONSETS = {
    "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w",
    "b", "d", "l", "m", "n", "p", "r", "s", "t", "br", "cr", "dr", "gr", "pr", "tr", "st", "pl", "ch", "sh", "th", ""
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "i", "o", "a", "e", "ai", "ea", "ou"};
  private static final String[] CODAS = {"", "", "", "n", "r", "s", "t", "l", "nd", "nt", "st", "ck", "m", "rd"};
  private static final String[] ENDINGS = {"", "", "", "", "", "", "tion", "ment", "ing", "ed", "al", "er", "s", "s"};

  private Syllables() {}

  static String word(SplittableRandom rng) {
    StringBuilder sb = new StringBuilder(12);
    int r = rng.nextInt(20);
    int syllables = r < 9 ? 1 : r < 17 ? 2 : 3;
    for (int i = 0; i < syllables; i++) {
      sb.append(ONSETS[rng.nextInt(ONSETS.length)]);
      sb.append(VOWELS[rng.nextInt(VOWELS.length)]);
      sb.append(CODAS[rng.nextInt(CODAS.length)]);
    }
    sb.append(ENDINGS[rng.nextInt(ENDINGS.length)]);
    return sb.toString();
  }
}
