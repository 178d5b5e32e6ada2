package releases.generate;

import java.util.List;
import java.util.Objects;

/**
 * An invented person who is quoted in releases, with the posts held over time.
 *
 * @param middle the middle initial with its dot ("D."), or null
 * @param suffix "Jr." or null
 * @param state  the USPS code of the state the person serves in, or null for national officials
 * @param posts  the posts held, oldest first; each lasts until the next one starts
 */
record Official(String first, String middle, String last, String suffix, String state, List<Post> posts) {

  /**
   * A title held from a year on.
   *
   * @param role         the title in title case ("Acting Assistant Director", "Sheriff", "Rep.")
   * @param organization the body spoken for as written after "of" ("the FBI's ... Division"), or null
   * @param prefix       true when the organization may also stand before the title ("Secure Communities Director")
   */
  record Post(int from, String role, String organization, boolean prefix) {
    Post {
      Objects.requireNonNull(role, "role");
    }

    /** The organization as the ground truth gives it: as written, without a leading article. */
    String organizationName() {
      return organization == null ? null : organization.startsWith("the ") ? organization.substring(4) : organization;
    }
  }

  Official {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    posts = List.copyOf(posts);
    if (posts.isEmpty()) {
      throw new IllegalArgumentException("an official needs a post");
    }
  }

  Post postIn(int year) {
    Post current = posts.get(0);
    for (Post p : posts) {
      if (p.from() <= year) {
        current = p;
      }
    }
    return current;
  }

  /** The full name as the truth records it for one writing of it: "William J. Hochul Jr." or "William Hochul Jr.". */
  String fullName(boolean withMiddle) {
    StringBuilder sb = new StringBuilder(first);
    if (withMiddle && middle != null) {
      sb.append(' ').append(middle);
    }
    sb.append(' ').append(last);
    if (suffix != null) {
      sb.append(' ').append(suffix);
    }
    return sb.toString();
  }

  /** The name as printed: the suffix is written with or without its comma. */
  String written(boolean withMiddle, boolean suffixComma) {
    String name = fullName(withMiddle);
    return suffix != null && suffixComma ? name.substring(0, name.length() - suffix.length() - 1) + ", " + suffix : name;
  }
}
