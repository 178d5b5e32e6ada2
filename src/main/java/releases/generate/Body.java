package releases.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Writes the news part of a body: the lead with its counties, narrative paragraphs and quote-mark traps. */
final class Body {

  private static final String[] ALIASES = {"Chato", "Flaco", "Shorty", "El Gordo", "Junior", "La Guera"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

  private final Page page;
  private final SplittableRandom rng;
  private final Places.State state;
  private final Vocabulary vocab = Vocabulary.INSTANCE;

  Body(Page page, SplittableRandom rng, Places.State state) {
    this.page = page;
    this.rng = rng;
    this.state = state;
  }

  /** The kinds of story a lead can open; the headline follows from it. */
  enum Story { ACTIVATION, ARREST, SENTENCE, REMOVAL }

  /** The first paragraph: dateline (may be empty), the lead sentence, and a few more. */
  String lead(String dateline, Story story, String city, boolean counties) {
    StringBuilder sb = new StringBuilder(1200).append(dateline);
    String day = rng.nextInt(3) == 0 ? "yesterday" : "on " + DAYS[rng.nextInt(DAYS.length)];
    switch (story) {
      case ACTIVATION -> {
        sb.append("U.S. Immigration and Customs Enforcement (ICE) ").append(day)
            .append(" began using a federal information sharing capability");
        if (counties) {
          sb.append(' ').append(countyPhrase());
        }
        sb.append('.');
      }
      case ARREST -> sb.append("Special agents with ICE Homeland Security Investigations (HSI) arrested ")
          .append(2 + rng.nextInt(150)).append(" people ").append(day).append(" in an operation targeting ")
          .append(vocab.content(rng)).append(' ').append(vocab.content(rng)).append('.');
      case SENTENCE -> sb.append("A former resident of ").append(city).append(" was sentenced ").append(day)
          .append(" to ").append(6 + rng.nextInt(240)).append(" months in federal prison for ")
          .append(vocab.content(rng)).append(' ').append(vocab.content(rng)).append('.');
      case REMOVAL -> sb.append("Officers with ICE Enforcement and Removal Operations (ERO) removed a man ")
          .append(day).append(" who was wanted in his home country for ").append(vocab.content(rng)).append('.');
    }
    sb.append(' ');
    vocab.paragraph(sb, rng, 2 + rng.nextInt(3));
    return sb.toString();
  }

  /** "in the following 3 Missouri counties: A, B and C", "in Stark and Tuscarawas counties", "in Imperial County". */
  private String countyPhrase() {
    List<String> names = new ArrayList<>(state.counties());
    int n = Math.min(names.size(), 1 + rng.nextInt(6));
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      chosen.add(names.remove(rng.nextInt(names.size())));
    }
    if (state.code().equals("MO") && rng.nextInt(5) == 0) {
      page.county("St. Louis City", state.name());
      page.county("St. Louis", state.name());
      chosen.forEach(c -> page.county(c, state.name()));
      return "in St. Louis City and County and in " + list(chosen) + " " + plural(chosen);
    }
    chosen.forEach(c -> page.county(c, state.name()));
    if (n == 1) {
      return "in " + chosen.get(0) + " " + state.countyWord();
    }
    return switch (rng.nextInt(3)) {
      case 0 -> "in the following " + n + " " + state.name() + " " + state.countyWordPlural() + ": " + list(chosen);
      case 1 -> "in " + n + " " + state.name() + " " + state.countyWordPlural() + ". Those " + state.countyWordPlural()
          + " are: " + list(chosen);
      default -> "in " + list(chosen) + " " + plural(chosen);
    };
  }

  private String plural(List<String> chosen) {
    return chosen.size() == 1 ? state.countyWord() : state.countyWordPlural();
  }

  static String list(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** A narrative paragraph; some carry a county from another state or quote marks that are not quotations. */
  String narrative(boolean allowCounties) {
    StringBuilder sb = new StringBuilder(1000);
    vocab.paragraph(sb, rng, 3 + rng.nextInt(5));
    // Rates per paragraph: a county of another state in about one release in eight, traps a little more often.
    int r = rng.nextInt(40);
    if (r == 0 && allowCounties) {
      Places.State other = Places.INSTANCE.pick(rng);
      if (!other.counties().isEmpty() && other != state) {
        String county = other.counties().get(rng.nextInt(other.counties().size()));
        String st = other.ap() != null ? other.ap() : other.name();
        page.county(county, other.name());
        sb.append(rng.nextBoolean()
            ? " Deputies from the " + county + " (" + st + ") Sheriff's Office assisted in the " + vocab.content(rng) + "."
            : " Officers from " + county + " " + other.countyWord() + " (" + st + ") also took part.");
      }
    } else if (r <= 3) {
      sb.append(" The \"Secure Communities\" program ").append(vocab.content(rng)).append(' ').append(vocab.content(rng))
          .append('.');
    } else if (r <= 5) {
      sb.append(" The ").append(vocab.content(rng)).append(", also known as \"").append(ALIASES[rng.nextInt(6)])
          .append(",\" was ").append(vocab.content(rng)).append(" in ").append(Vocabulary.number(rng)).append('.');
    } else if (r <= 7) {
      sb.append(" The agency does not treat people who are merely charged as \"criminal aliens\" for this ")
          .append(vocab.content(rng)).append('.');
    } else if (r == 8) {
      sb.append(" ICE\"s ").append(vocab.content(rng)).append(' ').append(vocab.content(rng)).append(" continued.");
    }
    return sb.toString();
  }
}
