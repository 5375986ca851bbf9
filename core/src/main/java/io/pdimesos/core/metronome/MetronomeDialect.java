package io.pdimesos.core.metronome;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.error.Printable;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.ServiceDialect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Metronome says no (reference metronome.md §2, read from its Scala code; the RAML examples
 * are wrong): 422 {@code {message, details:[{path, errors}]}} for invalid objects, 404 bodies that
 * echo the missing ids, 409 for an existing job, active runs, dependent jobs or schedules, 400
 * {@code {message, requestPath}} for a bad path id or {@code embed}, 500 {@code {requestPath}}.
 * Play HTML-escapes those messages; they are unescaped here so the user reads them as written.
 */
public final class MetronomeDialect extends ServiceDialect {
  private static final Pattern CHILDREN = Pattern.compile("children=\\[([^\\]]*)\\]");
  /** Ids the server echoes are quoted at most this long (a real id is far shorter). */
  private static final int ID_CHARS = 100;
  /**
   * Dependent jobs named in a refused delete: what is not a job id is not one (a hostile or
   * broken answer), and the list stays short enough to be read in a message.
   */
  private static final int MAX_DEPENDANTS = 50;

  public MetronomeDialect() {
    super("Metronome");
  }

  @Override
  public ClusterException decode(ApiResponse r) {
    int s = r.status();
    JsonNode body = jsonObject(r);
    String said = body != null && body.hasNonNull("message")
        ? unescape(body.get("message").asText()) : null;
    String message = said != null ? Printable.quote(said, Printable.QUOTE_CHARS)
        : serverMessage(r);
    if (s == 404) {
      return notFound(r, body, message);
    }
    if (s == 409) {
      return conflict(r, message, said == null ? "" : said);
    }
    if (s == 422 && body != null && body.path("details").isArray()) {
      return new RejectedException(s, r.method(), r.url(), message,
          fieldErrors(body.get("details")));
    }
    if (s == 500 && body != null && body.has("requestPath") && !body.has("message")) {
      return new RejectedException(s, r.method(), r.url(), "internal server error serving "
          + Printable.quote(unescape(body.get("requestPath").asText()), Printable.QUOTE_CHARS)
          + " (the cause is in Metronome's log)",
          Collections.<RejectedException.FieldError>emptyList());
    }
    if (s == 401 || s == 403) {
      return super.decode(r);
    }
    if (s >= 400 && s < 500 && body != null) {
      return new RejectedException(s, r.method(), r.url(), message,
          Collections.<RejectedException.FieldError>emptyList());
    }
    return super.decode(r);
  }

  /**
   * Only a body that echoes the id (job, run or schedule) means "no such object". Any other 404
   * (Play's "Unknown route.", a proxy's page) means the URL is wrong, which a caller must not
   * mistake for a missing job: a delete would report success.
   */
  private static ClusterException notFound(ApiResponse r, JsonNode body, String message) {
    if (body != null && body.hasNonNull("id")) {
      String id = quoteId(body.get("id"));
      String what = body.hasNonNull("jobSpec")
          ? "job '" + quoteId(body.get("jobSpec")) + "', run '" + id + "'" : "'" + id + "'";
      return new NotFoundException(404, r.method(), r.url(), message + " (" + what + ")");
    }
    return new RejectedException(404, r.method(), r.url(), (message.isEmpty() ? "Not Found"
        : message) + " (this is no Metronome object: check the Metronome URL and context path,"
        + " e.g. /service/metronome behind the DC/OS admin router)",
        Collections.<RejectedException.FieldError>emptyList());
  }

  private static String quoteId(JsonNode id) {
    return Printable.quote(id.asText(), ID_CHARS);
  }

  /**
   * @param message the server's message as quoted for the user
   * @param said the message as the server sent it, whose list of dependent jobs is read whole
   */
  private static MetronomeConflictException conflict(ApiResponse r, String message,
      String said) {
    MetronomeConflictException.Reason reason = MetronomeConflictException.Reason.OTHER;
    List<String> children = new ArrayList<String>();
    if (message.startsWith("Job with this id already exists")) {
      reason = MetronomeConflictException.Reason.JOB_EXISTS;
    } else if (message.startsWith("There are active job runs")) {
      reason = MetronomeConflictException.Reason.ACTIVE_RUNS;
    } else if (message.startsWith("There are jobs with a dependency on")) {
      reason = MetronomeConflictException.Reason.DEPENDANTS;
      Matcher m = CHILDREN.matcher(said);
      if (m.find()) {
        for (String c : m.group(1).split(",")) {
          if (children.size() == MAX_DEPENDANTS) {
            break;
          }
          if (MetronomeIds.isJobId(c.trim())) {
            children.add(c.trim());
          }
        }
      }
    } else if (message.contains("schedule")) {
      reason = MetronomeConflictException.Reason.SCHEDULE_EXISTS;
    }
    return new MetronomeConflictException(r.method(), r.url(), message, reason, children);
  }

  /** Undoes Play's {@code HtmlFormat.escape} (ErrorHandler.scala). */
  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#x27;", "'").replace("&#39;", "'").replace("&amp;", "&");
  }
}
