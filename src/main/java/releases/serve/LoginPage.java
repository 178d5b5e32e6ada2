package releases.serve;

/** The form that asks for the token when a browser arrives without the session cookie. */
final class LoginPage {

  private LoginPage() {}

  static String render(String next, String message) {
    String safe = safeNext(next);
    return Layout.page("Sign in", "", "<h1>Sign in</h1><form class=\"login\" method=\"post\" action=\"/login\">"
        + "<label for=\"token\">Access token</label> <input type=\"password\" id=\"token\" name=\"token\" "
        + "autocomplete=\"current-password\" required> <input type=\"hidden\" name=\"next\" value=\"" + Html.esc(safe)
        + "\"><button type=\"submit\">Sign in</button></form>"
        + (message == null ? "" : "<p class=\"error\" id=\"login-error\" role=\"alert\">" + Html.esc(message) + "</p>")
        + "<p>Ask whoever runs this server for the token.</p>");
  }

  /** Only a path on this server is followed after signing in, never another site ({@code //evil}, {@code http:}). */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.length() > 2000) {
      return "/";
    }
    return next;
  }
}
