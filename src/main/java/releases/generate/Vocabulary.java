package releases.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * English-like words drawn with Zipf frequencies: real function and agency words at the top ranks, then a few
 * thousand invented words, so term statistics look like a real corpus (a few very common words, a long tail).
 */
final class Vocabulary {

  private static final String[] FUNCTION = (
      "the of and to in a for that on with by as was is were be from at this which has have an its their or who "
      + "will not more than all after into under also been other were about over during these those such both "
      + "each any most through against between while when where").split(" ");

  private static final String[] DOMAIN = (
      "immigration enforcement criminal aliens removal investigation agents federal local officers program "
      + "fingerprints biometric information sharing custody jail charged convicted sentenced smuggling fraud "
      + "detention border arrested operation task force partners community public safety identify records "
      + "databases deportation court judge prison months years indictment guilty plea prosecution trafficking "
      + "weapons narcotics document benefit employer worksite visa passport citizenship naturalization fugitive "
      + "gang members victims children labor cash seized vehicles firearms conspiracy laundering counterfeit "
      + "goods customs cargo shipment export technology nationwide jurisdictions capability initiative agency "
      + "department homeland security investigators special field office director attorney district sheriff "
      + "officials deputies booking identification priority threat offenders felony conviction hearing")
      .split(" ");

  private static final Set<String> FUNCTION_WORDS = Set.copyOf(Arrays.asList(FUNCTION));

  /** Words the invented ones must never spell: they would create counties, attributions or quote traps by chance. */
  private static final Set<String> RESERVED = Set.of(
      "county", "counties", "parish", "parishes", "said", "says", "city", "state", "states", "updated", "ice");

  static final Vocabulary INSTANCE = new Vocabulary(3600, 1.07);

  private final String[] words;
  private final double[] cdf;

  private Vocabulary(int invented, double exponent) {
    SplittableRandom rng = new SplittableRandom(0x5EEDL);
    Set<String> made = new LinkedHashSet<>(Arrays.asList(FUNCTION));
    made.addAll(Arrays.asList(DOMAIN));
    List<String> pseudo = new ArrayList<>();
    while (pseudo.size() < invented) {
      String w = Syllables.word(rng);
      if (w.length() > 2 && !RESERVED.contains(w) && made.add(w)) {
        pseudo.add(w);
      }
    }
    // Function words lead; agency words are spread through the invented ones so that they are common, not dominant.
    List<String> ranked = new ArrayList<>(Arrays.asList(FUNCTION));
    int step = pseudo.size() / (DOMAIN.length * 4);
    for (int i = 0, d = 0; i < pseudo.size(); i++) {
      if (d < DOMAIN.length && i % step == 0) {
        ranked.add(DOMAIN[d++]);
      }
      ranked.add(pseudo.get(i));
    }
    words = ranked.toArray(String[]::new);
    cdf = new double[words.length];
    double sum = 0;
    for (int i = 0; i < words.length; i++) {
      sum += 1.0 / Math.pow(i + 1, exponent);
      cdf[i] = sum;
    }
    for (int i = 0; i < cdf.length; i++) {
      cdf[i] /= sum;
    }
  }

  int size() {
    return words.length;
  }

  String word(SplittableRandom rng) {
    int i = Arrays.binarySearch(cdf, rng.nextDouble());
    return words[Math.min(words.length - 1, i >= 0 ? i : -i - 1)];
  }

  /** A word past the function words, for headlines and leads where "of" or "the" would read wrong. */
  String content(SplittableRandom rng) {
    String w;
    do {
      w = word(rng);
    } while (w.length() < 4 || FUNCTION_WORDS.contains(w));
    return w;
  }

  /** One sentence of {@code min..max} words, capitalised, with the odd comma and number, ending in a period. */
  StringBuilder sentence(StringBuilder sb, SplittableRandom rng, int min, int max) {
    int n = min + rng.nextInt(max - min + 1);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(i > 1 && rng.nextInt(12) == 0 ? ", " : " ");
      }
      if (i > 0 && rng.nextInt(40) == 0) {
        sb.append(number(rng));
        continue;
      }
      String w = word(rng);
      if (i == 0) {
        sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
      } else {
        sb.append(w);
      }
    }
    return sb.append('.');
  }

  /** A paragraph of {@code sentences} sentences of natural, varying length. */
  StringBuilder paragraph(StringBuilder sb, SplittableRandom rng, int sentences) {
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sentence(sb, rng, 6, 30);
    }
    return sb;
  }

  static String number(SplittableRandom rng) {
    int n = rng.nextInt(4) == 0 ? 1000 + rng.nextInt(90_000) : 2 + rng.nextInt(400);
    return n >= 1000 ? String.format("%,d", n) : Integer.toString(n);
  }
}
