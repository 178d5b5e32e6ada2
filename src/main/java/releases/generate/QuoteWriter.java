package releases.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import releases.generate.Official.Post;

/**
 * Writes the quote paragraphs of one release in the attribution forms real releases use, and records for each
 * quote who said it as the release introduces that person.
 */
final class QuoteWriter {

  /** How a speaker was introduced in this release: later quotes use the surname and resolve to this. */
  private record Intro(String speaker, boolean middle, String role, String organization) {}

  private final Page page;
  private final SplittableRandom rng;
  private final int year;
  private final String open;
  private final String close;
  private final Map<Official, Intro> introduced = new HashMap<>();

  QuoteWriter(Page page, SplittableRandom rng, int year, boolean curly) {
    this.page = page;
    this.rng = rng;
    this.year = year;
    this.open = curly ? "\u201C" : "\"";
    this.close = curly ? "\u201D" : "\"";
  }

  /** Appends one quote by {@code o} (one paragraph, sometimes two) to the page. */
  void quote(Official o) {
    Post post = o.postIn(year);
    String org = post.organization();
    List<String> segments = new ArrayList<>();
    String first = words(1 + rng.nextInt(3));
    StringBuilder p = new StringBuilder(600);
    Intro intro = introduced.get(o);
    int form = intro != null ? 10 + rng.nextInt(3) : rng.nextInt(10);
    if (org == null && (form == 1 || form == 3)) {
      form = 0;
    }
    if (post.role().endsWith(".") && (form == 0 || form == 5 || form == 6 || form == 8)) {
      form = 4; // "said Gov. NAME", never "NAME, Gov."
    }
    if (!post.prefix() && form == 1) {
      form = 3;
    }
    boolean comma = form <= 5 || form >= 10;
    String seg = comma ? first.substring(0, first.length() - 1) + "," : first;
    if (form == 0 || form == 6) {
      // Attribution before the quote: NAME, TITLE, said, "Q."
      intro = introduce(o, post, org != null);
      p.append(name(o, intro)).append(", ").append(title(post, org != null)).append(", said, ").append(open);
      seg = first;
    } else {
      p.append(open);
    }
    int start = p.length();
    p.append(seg).append(close);
    int end = start + seg.length();
    segments.add(seg);
    if (intro == null) {
      intro = introduce(o, post, form == 1 || form == 3 || (form == 5 && org != null));
      String n = name(o, intro);
      p.append(' ').append(switch (form) {
        case 1 -> "said " + prefixed(post) + " " + n + ".";
        case 2 -> post.role() + " " + n + " said.";
        case 3 -> "said the " + post.role() + " of " + org + " " + n + ".";
        case 4 -> "said " + post.role() + " " + n + ".";
        case 5 -> "said " + n + ", " + title(post, org != null) + ".";
        case 7 -> post.role() + " " + n + ".";
        case 8 -> "said " + n + ", " + title(post, false) + ".";
        default -> "said " + post.role() + " " + n + ".";
      });
    } else if (form >= 10) {
      String surname = o.last();
      p.append(' ').append(switch (form) {
        case 10 -> surname + " said.";
        case 11 -> "said " + post.role() + " " + surname + ".";
        default -> "said " + surname + ".";
      });
    }
    if (comma && form != 0 && rng.nextInt(3) == 0) {
      String more = words(1 + rng.nextInt(2));
      p.append(' ').append(open).append(more).append(close);
      segments.add(more);
    }
    page.paragraph(p.toString(), start, end);
    if (rng.nextInt(8) == 0) {
      // A quote that runs on into the next paragraph with no new attribution.
      String next = words(1 + rng.nextInt(2));
      page.paragraph(open + next + close);
      segments.add(next);
    }
    page.quote(new Truth.Quote(intro.speaker(), intro.role(), intro.organization(), segments));
  }

  /** "Secure Communities Acting Executive Director", or AP's "Acting Secure Communities Executive Director". */
  private String prefixed(Post post) {
    if (post.role().startsWith("Acting ") && rng.nextBoolean()) {
      return "Acting " + post.organization() + " " + post.role().substring(7);
    }
    return post.organization() + " " + post.role();
  }

  private Intro introduce(Official o, Post post, boolean orgShown) {
    boolean middle = o.middle() != null && rng.nextInt(4) != 0;
    Intro intro = new Intro(o.fullName(middle), middle, post.role(), orgShown ? post.organizationName() : null);
    introduced.put(o, intro);
    String org = post.organization();
    if (orgShown && (org.endsWith(" County") || org.endsWith(" Parish"))) {
      page.county(org.substring(0, org.lastIndexOf(' ')), page.stateName());
    }
    return intro;
  }

  private String name(Official o, Intro in) {
    String name = o.written(in.middle(), rng.nextBoolean());
    if (in.middle() && rng.nextInt(10) == 0) {
      // A page break inside the name, after the middle initial ("Daniel D." / "Roberts").
      return name.replace(o.middle() + " ", o.middle() + "\n\n");
    }
    return name;
  }

  /** The title as it reads after a name: lower case unless it is an abbreviation, with "of ORG" when shown. */
  private static String title(Post post, boolean withOrg) {
    String role = post.role().contains(".") ? post.role() : post.role().toLowerCase(Locale.ROOT);
    return withOrg ? role + " of " + post.organization() : role;
  }

  private String words(int sentences) {
    return Vocabulary.INSTANCE.paragraph(new StringBuilder(), rng, sentences).toString();
  }
}
