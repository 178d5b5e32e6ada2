package releases.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import releases.UserException;

/**
 * The one Jetty handler: security headers on every response, GET only (and the login form's POST), the token
 * check, then the route; every error becomes one status and one line, as JSON under /api/ and as a page elsewhere.
 */
final class Dispatch extends Handler.Abstract {

  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private final Map<String, Routes.Route> routes;
  private final Guard guard;

  Dispatch(Map<String, Routes.Route> routes, Guard guard) {
    this.routes = routes;
    this.guard = guard;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    boolean api = path.startsWith("/api/");
    Reply reply;
    try {
      reply = answer(request, path);
    } catch (HttpError e) {
      reply = error(api, e.status(), e.getMessage());
    } catch (UserException e) {
      reply = error(api, e.usage() ? 400 : 500, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply = error(api, 503, "the server is stopping");
    } catch (IOException | RuntimeException e) {
      System.err.println("releases serve: " + request.getMethod() + " " + path + ": " + e);
      reply = error(api, 500, "internal error: " + e.getClass().getSimpleName());
    }
    write(request, response, callback, reply);
    return true;
  }

  private Reply answer(Request request, String path) throws IOException, InterruptedException {
    String method = request.getMethod();
    boolean post = method.equals("POST");
    if (!method.equals("GET") && !method.equals("HEAD") && !post) {
      return error(path.startsWith("/api/"), 405, "this server is read-only: only GET is allowed").with("Allow", "GET, HEAD");
    }
    if (request.getLength() > Limits.BODY) {
      throw new HttpError(413, "the request body is larger than " + Limits.BODY + " bytes");
    }
    String forwarded = request.getHeaders().get("X-Forwarded-Proto");
    boolean secure = request.isSecure() || "https".equalsIgnoreCase(forwarded);
    Call credentials = new Call(method, path, Map.of(), request.getHeaders().get(HttpHeader.AUTHORIZATION),
        request.getHeaders().get(HttpHeader.COOKIE), Request.getRemoteAddr(request), secure);
    if (path.equals("/login")) {
      return post ? login(request, credentials) : Reply.html(LoginPage.render(param(request, "next"), null));
    }
    if (post) {
      return error(path.startsWith("/api/"), 405, "this server is read-only: only GET is allowed").with("Allow", "GET, HEAD");
    }
    if (!path.startsWith("/static/") && !guard.admits(credentials)) {
      return refused(request, path);
    }
    Routes.Route route = routes.get(path);
    if (route == null) {
      throw new HttpError(404, "no page at " + path);
    }
    return route.handle(new Call(method, path, params(request), credentials.authorization(), credentials.cookie(),
        credentials.remote(), secure));
  }

  private Reply login(Request request, Call c) throws InterruptedException {
    Fields form;
    try {
      form = FormFields.getFields(request, 10, Limits.BODY);
    } catch (RuntimeException e) {
      throw new HttpError(400, "the login form could not be read");
    }
    String next = LoginPage.safeNext(form.getValue("next"));
    if (guard.open()) {
      return Reply.redirect(next);
    }
    String session = guard.login(form.getValue("token"), c.remote());
    if (session == null) {
      return Reply.html(401, LoginPage.render(next, "wrong token"));
    }
    return Reply.redirect(next).with("Set-Cookie", Guard.COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Strict"
        + (c.secure() ? "; Secure" : ""));
  }

  private static Reply refused(Request request, String path) {
    String message = "a token is needed: sign in, or send Authorization: Bearer TOKEN";
    if (path.startsWith("/api/")) {
      return Reply.json(401, Map.of("error", message)).with("WWW-Authenticate", "Bearer realm=\"releases\"");
    }
    String query = request.getHttpURI().getQuery();
    return Reply.html(401, LoginPage.render(path + (query == null ? "" : "?" + query), null))
        .with("WWW-Authenticate", "Bearer realm=\"releases\"");
  }

  private static Map<String, List<String>> params(Request request) {
    Fields fields;
    try {
      fields = Request.extractQueryParameters(request);
    } catch (RuntimeException e) {
      throw UserException.usage("the address is not properly encoded");
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Fields.Field f : fields) {
      out.computeIfAbsent(f.getName(), k -> new ArrayList<>()).addAll(f.getValues());
    }
    return out;
  }

  private static String param(Request request, String name) {
    List<String> v = params(request).get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  static Reply error(boolean api, int status, String message) {
    return api ? Reply.json(status, Map.of("error", message)) : Reply.html(status, Layout.error(status, message));
  }

  private static void write(Request request, Response response, Callback callback, Reply reply) {
    response.setStatus(reply.status());
    HttpFields.Mutable h = response.getHeaders();
    h.put(HttpHeader.CONTENT_TYPE, reply.type());
    h.put("Content-Security-Policy", CSP);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    h.put("X-Frame-Options", "DENY");
    if (!reply.headers().containsKey("Cache-Control")) {
      h.put(HttpHeader.CACHE_CONTROL, "no-store");
    }
    reply.headers().forEach(h::put);
    h.put(HttpHeader.CONTENT_LENGTH, reply.body().length);
    boolean head = request.getMethod().equals("HEAD");
    response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(reply.body()), callback);
  }
}
