package releases.generate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/** The header layouts of release-formats.md: what stands above the body on each kind of saved page. */
final class Headers {

  /** The five layouts, in the order of release-formats.md. */
  enum Layout { NAVIGATION, AGENCY, BANNER, GLUED, REPOST }

  /** What a header needs to know about the release. */
  record Facts(LocalDate date, boolean dated, Places.State state, String headerCity, String headline,
      String subtitle) {}

  private static final String[] TOPICS = {"Secure Communities", "Enforcement and Removal", "287(g)",
    "Worksite Enforcement", "Human Smuggling", "Document and Benefit Fraud"};
  private static final String[] LABELS = {"I.C.E. News Release", "ICE News Release", "Press Release",
    "NEWS FROM ICE"};

  private Headers() {}

  /** Layouts follow the agency's site redesigns, so the release year decides which are likely; reposts are any year. */
  static Layout pick(SplittableRandom rng, int year) {
    if (rng.nextInt(7) == 0) {
      return Layout.REPOST;
    }
    if (year >= 2014) {
      return rng.nextInt(4) == 0 ? Layout.BANNER : Layout.GLUED;
    }
    if (year >= 2010) {
      return Layout.values()[rng.nextInt(3)];
    }
    return rng.nextInt(4) == 0 ? Layout.BANNER : Layout.AGENCY;
  }

  static void write(Page page, Layout layout, Facts f, SplittableRandom rng) {
    switch (layout) {
      case NAVIGATION -> {
        page.header("[News Room (http://www.ice.gov/news/)](http://www.ice.gov/news/) \u00BB "
            + "[Recent Releases (http://www.ice.gov/news/releases/)](http://www.ice.gov/news/releases/)");
        page.header("News Releases");
        page.header(DateForms.format(f.date(), DateForms.Form.CAPS) + " "
            + f.headerCity().toUpperCase(Locale.ROOT) + ", " + f.state().code());
        page.header(f.headline());
      }
      case AGENCY -> {
        if (rng.nextBoolean()) {
          page.header("[Skip Navigation](#)");
        }
        if (rng.nextInt(3) == 0) {
          page.header("**U.S. Immigration\nand Customs\nEnforcement**");
        }
        page.header("U.S. Immigration and Customs Enforcement");
        page.header("News Releases");
        page.header(DateForms.format(f.date(), DateForms.spelled(rng)) + (rng.nextInt(3) == 0 ? " " : ""));
        page.header(f.subtitle() == null ? f.headline() : f.headline() + " *" + f.subtitle() + "*");
      }
      case BANNER -> {
        page.header("![U.S. flag](/sites/all/themes/ice/images/flag.png) An official website of the United States "
            + "government");
        page.header("Official Website of the Department of Homeland Security");
        page.header("Report Crimes: Email or Call 1-866-DHS-2-ICE");
        page.header(TOPICS[rng.nextInt(TOPICS.length)]);
        if (f.dated()) {
          page.header(DateForms.format(f.date(),
              rng.nextBoolean() ? DateForms.Form.NUMERIC_PADDED : DateForms.Form.NUMERIC));
        }
        page.header(f.headline());
        if (f.subtitle() != null) {
          page.header(f.subtitle());
        }
      }
      case GLUED -> {
        page.header("Skip to main content");
        page.header(rng.nextBoolean() ? "Newsroom" : "ICE Newsroom");
        page.header(DateForms.format(f.date(), DateForms.Form.SPELLED) + f.headerCity() + ", " + f.state().code()
            + ", United States" + TOPICS[rng.nextInt(TOPICS.length)]);
        page.header(f.headline());
        if (rng.nextInt(3) == 0) {
          page.header("![Agents at a booking station](/sites/default/files/images/news/booking.jpg)");
        }
      }
      case REPOST -> throw new IllegalArgumentException("reposts are written by Repost");
    }
  }

  static String label(SplittableRandom rng) {
    return LABELS[rng.nextInt(LABELS.length)];
  }

  /** Headline case: major words capitalised, short function words not (except first). */
  static String titleCase(String s) {
    String[] words = s.split(" ");
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean small = i > 0 && w.length() <= 3 && w.equals(w.toLowerCase(Locale.ROOT))
          && !w.matches("[0-9].*");
      sb.append(i > 0 ? " " : "");
      sb.append(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return sb.toString();
  }
}
