package releases.serve;

/** Every bound on what one request may ask for; a request past one gets a 400 that names it. */
final class Limits {

  /** Characters of query text. */
  static final int QUERY = 500;
  /** Characters of any other parameter value (a state, an official's name, an id). */
  static final int VALUE = 200;
  /** Values of one repeated parameter (state=..&state=..). */
  static final int VALUES = 20;
  /** Hits, quotes or officials in one page or one download. */
  static final int PAGE = 100;
  /** Officials listed by one API call or download. */
  static final int OFFICIALS = 1000;
  /** How deep paging may go. */
  static final int OFFSET = 10_000;
  /** Values of one facet dimension. */
  static final int FACET = 200;
  /** Bytes of a request body (only the login form has one). */
  static final int BODY = 4096;
  /** Bytes of a request line and headers together. */
  static final int HEADERS = 8192;

  private Limits() {}
}
