package releases.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import releases.generate.Official.Post;

/** A few hundred invented officials for one corpus: national agency heads, partners and people in each state. */
final class OfficialPool {

  private static final String[] FIRST = (
      "Marcus Daniel Robert Linda Susan James Maria Angela Thomas Karen Steven Patricia Michael Denise Carlos Gloria "
      + "Raymond Teresa Walter Janet Victor Sandra Howard Monica Gregory Elena Russell Paula Dennis Irene Frank Nadia "
      + "Leonard Carol Rafael Diane Harold Yvonne Brian Sharon Arthur Lorraine Eugene Beatrice Philip Rosa Samuel Joan")
      .split(" ");
  private static final String[] LAST = (
      "Rappel Venner Mockley Halvorsen Brandt Okafor Delgado Prentiss Whitcomb Castellan Fairley Marsh Oyelaran "
      + "Thornbury Quintero Albrecht Kessler Dunmore Hargrove Lindqvist Mercado Pelletier Ramsay Sutter Valdivia "
      + "Wexford Yarbrough Zamora Beckett Corliss Eckhart Fennimore Gallardo Hollis Ingram Jessup Kowalczyk Lattimore "
      + "Mayfield Norcross Ostrander Pruitt Radcliffe Sorensen Tolliver Underhill Vasquez Whitlock Abernathy Blackwood "
      + "Crandall Drummond Ellison Fitzhugh Garroway Holloway Iverson Jorgensen Kincaid Lockhart").split(" ");
  private static final String[] NATIONAL_ORGS = {
    "Secure Communities", "Enforcement and Removal Operations", "Homeland Security Investigations",
    "the Office of Detention Policy and Planning", "the Office of State and Local Coordination"
  };
  private static final String[] COUNTRIES = {"Mexico", "Guatemala", "Honduras", "El Salvador", "Colombia"};

  private final List<Official> national = new ArrayList<>();
  private final Map<String, List<Official>> byState = new HashMap<>();
  private final Set<String> names = new HashSet<>();
  private final SplittableRandom rng;

  private OfficialPool(long seed) {
    rng = new SplittableRandom(seed * 31 + 7);
  }

  static OfficialPool build(long seed) {
    OfficialPool pool = new OfficialPool(seed);
    pool.fill();
    return pool;
  }

  /** National officials, most quoted first. */
  List<Official> national() {
    return national;
  }

  List<Official> inState(String code) {
    return byState.getOrDefault(code, List.of());
  }

  int size() {
    return names.size();
  }

  private void fill() {
    for (int i = 0; i < 40; i++) {
      String org = NATIONAL_ORGS[i % NATIONAL_ORGS.length];
      int start = 2005 + rng.nextInt(10);
      String top = rng.nextBoolean() ? "Assistant Director" : "Executive Director";
      national.add(person(null, career(start, org, top, !org.startsWith("the "))));
    }
    for (int i = 0; i < 6; i++) {
      national.add(person(null, List.of(new Post(2005 + 2 * i, "Director", "US-VISIT", true))));
      national.add(person(null, List.of(new Post(2005 + 2 * i, "Assistant Director",
          "the FBI's Criminal Justice Information Services Division", false))));
    }
    for (Places.State s : Places.INSTANCE.states()) {
      int field = 1 + s.weight() / 3;
      for (int i = 0; i < field; i++) {
        int start = 2005 + rng.nextInt(12);
        boolean hsi = rng.nextBoolean();
        String org = hsi ? "ICE Homeland Security Investigations" : "ICE Enforcement and Removal Operations";
        add(s, person(s.code(), career(start, org, hsi ? "Special Agent in Charge" : "Field Office Director", true)));
      }
      for (int i = 0; i < Math.min(2, s.counties().size()); i++) {
        String county = s.counties().get(rng.nextInt(s.counties().size())) + " " + s.countyWord();
        add(s, person(s.code(), List.of(new Post(2005, "Sheriff", county, true))));
      }
      add(s, person(s.code(), List.of(new Post(2005, "Gov.", null, false))));
      add(s, person(s.code(), List.of(new Post(2005, rng.nextBoolean() ? "Rep." : "Sen.", null, false))));
      add(s, person(s.code(), List.of(new Post(2005, "U.S. Attorney", null, false))));
      if (s.weight() >= 4) {
        String country = COUNTRIES[rng.nextInt(COUNTRIES.length)];
        add(s, person(s.code(), List.of(new Post(2005, "Consul General", country, false))));
      }
    }
  }

  /** An acting title first, then the permanent one, sometimes a promotion later: one person, several titles. */
  private List<Post> career(int start, String org, String top, boolean prefix) {
    List<Post> posts = new ArrayList<>();
    posts.add(new Post(start, "Acting " + top, org, prefix));
    int confirmed = start + 1 + rng.nextInt(2);
    posts.add(new Post(confirmed, top, org, prefix));
    if (rng.nextInt(3) == 0) {
      posts.add(new Post(confirmed + 2 + rng.nextInt(3), "Deputy Director", org, prefix));
    }
    return posts;
  }

  private void add(Places.State s, Official o) {
    byState.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(o);
  }

  private Official person(String state, List<Post> posts) {
    while (true) {
      String first = FIRST[rng.nextInt(FIRST.length)];
      String last = LAST[rng.nextInt(LAST.length)];
      if (names.add(first + " " + last)) {
        String middle = rng.nextInt(3) == 0 ? null : (char) ('A' + rng.nextInt(26)) + ".";
        String suffix = rng.nextInt(16) == 0 ? "Jr." : null;
        return new Official(first, middle, last, suffix, state, posts);
      }
    }
  }
}
