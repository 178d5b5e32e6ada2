package releases.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import releases.generate.Body.Story;
import releases.generate.Headers.Layout;

/** Writes one realistic release and its ground truth from a per-document random stream. */
final class ReleaseGenerator {

  /** A generated release: the file's text, what an ideal extractor should find in it, and its headline. */
  record Generated(String text, Truth truth, Layout layout, String headline) {}

  private static final LocalDate FIRST = LocalDate.of(2007, 1, 1);
  private static final int DAYS = (int) (LocalDate.of(2018, 12, 31).toEpochDay() - FIRST.toEpochDay()) + 1;

  private final OfficialPool officials;

  ReleaseGenerator(OfficialPool officials) {
    this.officials = officials;
  }

  Generated generate(String id, SplittableRandom rng) {
    LocalDate date = FIRST.plusDays(rng.nextInt(DAYS));
    int year = date.getYear();
    Places.State state = Places.INSTANCE.pick(rng);
    String city = state.cities().get(rng.nextInt(state.cities().size()));
    Layout layout = Headers.pick(rng, year);
    boolean headerPlace = layout == Layout.NAVIGATION || layout == Layout.GLUED;
    // Without a dateline the release has no state; only layouts with no place in the header may lack one.
    boolean hasDateline = headerPlace || rng.nextInt(30) != 0;
    boolean dated = layout != Layout.BANNER || rng.nextInt(4) != 0;
    Page page = new Page(rng, hasDateline ? state.name() : null);
    Body body = new Body(page, rng, state);
    Story story = Story.values()[rng.nextInt(Story.values().length)];
    boolean counties = hasDateline && !state.counties().isEmpty() && story == Story.ACTIVATION;
    String headline = headline(story, state, city, counties, rng);
    String subtitle = rng.nextInt(5) < 3 ? subtitle(rng) : null;
    String headerCity = rng.nextInt(5) == 0 ? state.cities().get(rng.nextInt(state.cities().size())) : city;

    Frame frame;
    if (layout == Layout.REPOST) {
      frame = repost(page, date, headline, hasDateline, rng);
    } else {
      frame = new Frame(layout == Layout.NAVIGATION ? "\n\n\n\n" : layout == Layout.AGENCY ? "\n\n" : "", "", 0, false);
      Headers.write(page, layout, new Headers.Facts(date, dated, state, headerCity, headline, subtitle), rng);
    }

    String dateline = !hasDateline ? ""
        : frame.wire() ? Dateline.wire(state, city, date, rng)
        : Dateline.write(state, city, year, rng);
    page.paragraph(body.lead(dateline, story, city, counties));

    List<Official> speakers = speakers(state, hasDateline, rng);
    QuoteWriter quotes = new QuoteWriter(page, rng, year, rng.nextInt(10) == 0);
    List<Official> order = new ArrayList<>(speakers);
    for (Official o : speakers) {
      if (rng.nextInt(3) == 0) {
        order.add(o); // a second quote, attributed by surname
      }
    }
    // Quotes, boilerplate and narrative interleave at random, quotes keeping their order.
    List<Integer> kinds = new ArrayList<>();
    order.forEach(o -> kinds.add(0));
    int boiler = 1 + rng.nextInt(4);
    int narrative = 3 + rng.nextInt(6);
    for (int i = 0; i < boiler + narrative; i++) {
      kinds.add(i < boiler ? 1 : 2);
    }
    for (int i = kinds.size() - 1; i > 0; i--) {
      kinds.set(i, kinds.set(rng.nextInt(i + 1), kinds.get(i)));
    }
    int[] programs = rng.ints(0, Boilerplate.PROGRAM.length).distinct().limit(boiler).toArray();
    int q = 0;
    int b = 0;
    for (int kind : kinds) {
      switch (kind) {
        case 0 -> quotes.quote(order.get(q++));
        case 1 -> page.paragraph(Boilerplate.PROGRAM[programs[b++]]);
        default -> page.paragraph(body.narrative(hasDateline));
      }
    }
    clutter(page, layout, year, rng);
    Truth truth = new Truth(id, dated ? date : null, hasDateline ? city : null, hasDateline ? state.name() : null,
        hasDateline ? state.code() : null, page.counties(), page.quotes());
    return new Generated(page.text(frame.lead(), frame.trailer(), frame.wrap()), truth, layout, headline);
  }

  /** What surrounds a page's blocks: blank lines before, blog furniture after, the wrap column, a wire dateline. */
  private record Frame(String lead, String trailer, int wrap, boolean wire) {}

  /** A repost: a label, a blog or wire stamp, the headline recased, often hard-wrapped, blog furniture at the end. */
  private static Frame repost(Page page, LocalDate date, String headline, boolean hasDateline, SplittableRandom rng) {
    int variant = rng.nextInt(3);
    boolean wire = variant > 0 && hasDateline;
    page.header(Headers.label(rng));
    if (!wire) {
      page.header(DateForms.blogDay(date));
    } else if (variant == 1) {
      page.header(DateForms.wireStamp(date, rng));
    }
    page.header(rng.nextBoolean() ? headline.toUpperCase(Locale.ROOT) : Headers.titleCase(headline));
    int wrap = rng.nextInt(5) < 3 ? 64 + rng.nextInt(16) : 0;
    String trailer = "\n\nPosted by " + (rng.nextBoolean() ? "admin" : "newsdesk") + " at " + (1 + rng.nextInt(12))
        + ":" + (10 + rng.nextInt(50)) + " PM\n\nLabels: immigration, news\n\n" + rng.nextInt(9) + " comments";
    return new Frame("", trailer, wrap, wire);
  }

  /** One to three people: national officials (a few quoted far more often) and people of the release's state. */
  private List<Official> speakers(Places.State state, boolean local, SplittableRandom rng) {
    List<Official> chosen = new ArrayList<>();
    int n = rng.nextInt(6) == 0 ? 0 : 1 + rng.nextInt(3);
    List<Official> national = officials.national();
    List<Official> here = local ? officials.inState(state.code()) : List.of();
    for (int tries = 0; chosen.size() < n && tries < 20; tries++) {
      Official o;
      if (!here.isEmpty() && rng.nextBoolean()) {
        o = here.get(rng.nextInt(here.size()));
      } else {
        // Squaring a uniform draw skews towards the front of the list: a few national names dominate.
        double u = rng.nextDouble();
        o = national.get((int) (u * u * national.size()));
      }
      boolean clash = chosen.stream().anyMatch(c -> c.last().equals(o.last()));
      if (!clash) {
        chosen.add(o);
      }
    }
    return chosen;
  }

  private static String headline(Story story, Places.State state, String city, boolean counties,
      SplittableRandom rng) {
    Vocabulary v = Vocabulary.INSTANCE;
    return switch (story) {
      case ACTIVATION -> counties
          ? "Additional " + state.name() + " " + state.countyWordPlural()
              + " to benefit from ICE program to enhance identification and removal of criminal aliens"
          : "ICE expands information sharing program to identify criminal aliens in " + state.name();
      case ARREST -> "ICE arrests " + (2 + rng.nextInt(150)) + " in " + city + " " + v.content(rng) + " operation";
      case SENTENCE -> city + " man sentenced to " + (6 + rng.nextInt(240)) + " months for " + v.content(rng) + " "
          + v.content(rng);
      case REMOVAL -> "ICE removes fugitive wanted for " + v.content(rng) + " " + v.content(rng);
    };
  }

  private static String subtitle(SplittableRandom rng) {
    String s = Vocabulary.INSTANCE.sentence(new StringBuilder(), rng, 5, 11).toString();
    return s.substring(0, s.length() - 1);
  }

  /** Footers and page furniture: agency footer, social links, "-- ICE --", maintenance stamps. */
  private static void clutter(Page page, Layout layout, int year, SplittableRandom rng) {
    if (rng.nextInt(10) < 7) {
      page.paragraph(Boilerplate.FOOTER[rng.nextInt(Boilerplate.FOOTER.length)]);
    }
    if (rng.nextInt(5) < 2) {
      page.paragraph(Boilerplate.SOCIAL[rng.nextInt(Boilerplate.SOCIAL.length)]);
    }
    if (rng.nextInt(10) < 3) {
      page.paragraph("-- ICE --");
    }
    boolean modern = layout == Layout.BANNER || layout == Layout.GLUED;
    if (rng.nextInt(10) < (modern ? 6 : 1)) {
      // A maintenance stamp, always later than the release: never the release date.
      LocalDate stamp = LocalDate.of(Math.min(2021, year + 1 + rng.nextInt(4)), 1 + rng.nextInt(12),
          1 + rng.nextInt(28));
      page.paragraph((rng.nextBoolean() ? "Updated: " : "Last Reviewed/Updated: ")
          + DateForms.format(stamp, DateForms.Form.NUMERIC_PADDED));
    }
  }
}
