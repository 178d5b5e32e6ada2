package releases.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plants near-duplicates in a generated corpus: a share of the documents are copies of an earlier one with small
 * edits of the kinds real piles hold (saved again as a web page, a paragraph added, numbers changed, a new
 * headline, page clutter, a wire service's header, a corrected reissue). Which document is a copy of which
 * depends on the seed and the document's index only.
 */
final class Copies {

  /** The kinds of edit; a copy gets one or two. */
  enum Edit { SAVED_AS_HTML, PARAGRAPH, NUMBERS, HEADLINE, CLUTTER, WIRE, CORRECTED }

  /** A planted copy: the document it copies and the edits made. */
  record Plan(long original, List<Edit> edits) {}

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private final double share;
  private final long seed;

  Copies(double share, long seed) {
    if (share < 0 || share > 0.5) {
      throw releases.UserException.usage("--copies must be between 0 and 0.5, not " + share);
    }
    this.share = share;
    this.seed = seed;
  }

  /** The plan of document {@code index}, or null when it is an original. */
  Plan plan(long index) {
    if (index == 0 || share == 0) {
      return null;
    }
    SplittableRandom rng = rng(index);
    if (rng.nextDouble() >= share) {
      return null;
    }
    // A copy of a recent document (a reissue follows its release), never of another copy.
    long original = index - 1 - rng.nextInt((int) Math.min(index, 2000));
    Plan earlier = plan(original);
    if (earlier != null) {
      original = earlier.original();
    }
    Edit[] all = Edit.values();
    List<Edit> edits = new ArrayList<>(List.of(all[rng.nextInt(all.length)]));
    if (rng.nextInt(3) == 0) {
      Edit second = all[rng.nextInt(all.length)];
      if (!edits.contains(second)) {
        edits.add(second);
      }
    }
    return new Plan(original, List.copyOf(edits));
  }

  /** The copy's text: the original's with the plan's edits (all but the saved form, which the writer applies). */
  String text(ReleaseGenerator.Generated original, Plan plan, long index) {
    SplittableRandom rng = rng(index ^ 0x7ABCL);
    String text = original.text();
    for (Edit e : plan.edits()) {
      text = switch (e) {
        case SAVED_AS_HTML -> text;
        case PARAGRAPH -> addParagraph(text, rng);
        case NUMBERS -> numbers(text, rng);
        case HEADLINE -> headline(text, original.headline(), newHeadline(rng));
        case CLUTTER -> "Home | News | Media | About Us | Contact\n\nPrint this page\n\n" + text
            + "\n\nBack to top\n\nShare this page: Facebook | Twitter | LinkedIn | Email\n";
        case WIRE -> "WIRE NEWS SERVICE\n\nDistributed by Wire News Service for " + agency(rng)
            + "\n\n" + text + "\n\nSOURCE Wire News Service. Copyright " + (2007 + rng.nextInt(12))
            + " Wire News Service. All rights reserved.\n";
        case CORRECTED -> corrected(text, original.headline(), rng);
      };
    }
    return text;
  }

  private static String addParagraph(String text, SplittableRandom rng) {
    String[] blocks = text.split("\n\n");
    int at = Math.max(1, blocks.length - 1 - rng.nextInt(Math.max(1, blocks.length / 2)));
    StringBuilder p = Vocabulary.INSTANCE.paragraph(new StringBuilder(), rng, 2 + rng.nextInt(2));
    List<String> out = new ArrayList<>(List.of(blocks));
    out.add(Math.min(at, out.size()), p.toString().strip());
    return String.join("\n\n", out);
  }

  /** Some numbers of three digits or fewer in the paragraphs changed (a count corrected); header lines kept. */
  private static String numbers(String text, SplittableRandom rng) {
    String[] blocks = text.split("\n\n", -1);
    for (int i = 0; i < blocks.length; i++) {
      if (blocks[i].length() >= 120) {
        blocks[i] = numbersIn(blocks[i], rng);
      }
    }
    return String.join("\n\n", blocks);
  }

  private static String numbersIn(String text, SplittableRandom rng) {
    Matcher m = DIGITS.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String n = m.group();
      m.appendReplacement(out, n.length() <= 3 && rng.nextInt(3) == 0 ? String.valueOf(1 + rng.nextInt(999)) : n);
    }
    return m.appendTail(out).toString();
  }

  private static String headline(String text, String old, String fresh) {
    String replaced = text.replace(old, fresh);
    return replaced.equals(text) ? text.replace(old.toUpperCase(Locale.ROOT), fresh.toUpperCase(Locale.ROOT)) : replaced;
  }

  private static String newHeadline(SplittableRandom rng) {
    Vocabulary v = Vocabulary.INSTANCE;
    return "Agency " + v.content(rng) + " " + v.content(rng) + " in " + v.content(rng) + " " + v.content(rng) + " case";
  }

  private static String corrected(String text, String headline, SplittableRandom rng) {
    String label = rng.nextBoolean() ? "CORRECTED: " : "UPDATED: ";
    String t = text.replace(headline, label + headline);
    if (t.equals(text)) {
      t = label.strip() + "\n\n" + text;
    }
    return t + "\n\nEditor's note: this release was " + (label.startsWith("C") ? "corrected" : "updated")
        + " to fix " + (rng.nextBoolean() ? "the spelling of a name" : "a figure in the " + (rng.nextBoolean()
        ? "second" : "third") + " paragraph") + ".\n";
  }

  private static String agency(SplittableRandom rng) {
    return rng.nextBoolean() ? "U.S. Immigration and Customs Enforcement" : "the Department of Homeland Security";
  }

  private SplittableRandom rng(long index) {
    return new SplittableRandom(CorpusGenerator.mix(seed ^ 0x5EEDC0B1E5L ^ (index * 0x9E3779B97F4A7C15L)));
  }
}
