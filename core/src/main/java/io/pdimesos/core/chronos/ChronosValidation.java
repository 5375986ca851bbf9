package io.pdimesos.core.chronos;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Client-side checks for what Chronos accepts silently but handles badly, or rejects with an
 * unhelpful message (reference chronos.md §3, §4, §6.4). Errors throw
 * {@link IllegalArgumentException} naming the field; doubtful but legal values come back as
 * warnings.
 */
public final class ChronosValidation {
  /** Run-now arguments end up in the Mesos task id, where ':' and '/' break the launch. */
  private static final Pattern SAFE_ARGUMENTS = Pattern.compile("[A-Za-z0-9_.=, -]*");
  private static final Pattern CUSTOM_ZONE = Pattern.compile("GMT[+-]\\d{1,2}(:?\\d{2})?");
  private static final Set<String> NETWORKS = new HashSet<String>(
      Arrays.asList("HOST", "BRIDGE", "USER"));
  private static final Set<String> ZONE_IDS = new HashSet<String>(
      Arrays.asList(TimeZone.getAvailableIDs()));

  private ChronosValidation() {}

  /**
   * Checks a whole job before it is posted.
   *
   * @return warnings (never null)
   * @throws IllegalArgumentException for the first definite error, naming the field
   */
  public static List<String> validate(ChronosJob job, ChronosVersion version) {
    List<String> warnings = new ArrayList<String>();
    checkName(job.name(), version);
    boolean dependent = job.isDependent();
    boolean scheduled = job.field("schedule") != null && !job.field("schedule").isNull();
    if (dependent && scheduled) {
      throw new IllegalArgumentException("Job '" + job.name() + "' has both a schedule and"
          + " parents: a Chronos job is either scheduled (schedule) or dependent (parents)");
    }
    if (dependent) {
      if (job.parents().isEmpty()) {
        throw new IllegalArgumentException("Job '" + job.name() + "': parents is empty; a"
            + " dependent job needs at least one parent job");
      }
      if (job.parents().contains(job.name())) {
        throw new IllegalArgumentException("Job '" + job.name() + "' lists itself as a parent");
      }
    } else if (!scheduled) {
      // Chronos would invent R1/<now>/PT24H: run once right away, then disable the job (#704).
      throw new IllegalArgumentException("Job '" + job.name() + "' has neither a schedule nor"
          + " parents; give a schedule such as R/2030-01-01T02:00:00Z/P1D (or R0/…/P1D for a job"
          + " only run on demand) or a list of parents");
    } else {
      Iso8601Schedule s = Iso8601Schedule.parse(job.schedule());
      warnings.addAll(s.warnings());
      String zoneWarning = timeZoneWarning(job.scheduleTimeZone());
      if (zoneWarning != null) {
        warnings.add(zoneWarning);
      }
    }
    if (job.command() == null || job.command().trim().isEmpty()) {
      JsonNode c = job.container();
      if (c == null) {
        warnings.add("Job '" + job.name() + "' has no command");
      }
    }
    checkContainer(job);
    JsonNode uris = job.field("uris");
    JsonNode fetch = job.field("fetch");
    if (uris != null && uris.size() > 0 && fetch != null && fetch.size() > 0) {
      throw new IllegalArgumentException("Job '" + job.name() + "' has both uris and fetch;"
          + " Chronos refuses them together: move the uris into fetch");
    }
    List<String> counters = new ArrayList<String>();
    for (String f : ChronosJob.COUNTER_FIELDS) {
      if (job.field(f) != null) {
        counters.add(f);
      }
    }
    if (!counters.isEmpty()) {
      warnings.add("Job '" + job.name() + "' carries the server's counters " + counters
          + ": Chronos takes them as given on a post, overwriting its own");
    }
    if (version == ChronosVersion.V3 && (job.field("epsilon") != null
        || job.field("async") != null)) {
      warnings.add("Job '" + job.name() + "': epsilon and async are Chronos 2.x fields; 3.x"
          + " ignores them");
    }
    if (version == ChronosVersion.V2 && job.field("concurrent") != null) {
      warnings.add("Job '" + job.name() + "': concurrent is a Chronos 3.x field; 2.x ignores it");
    }
    return warnings;
  }

  /** Throws unless {@code name} is a valid job name for {@code version} (AUTO: the 3.x rule). */
  public static void checkName(String name, ChronosVersion version) {
    ChronosVersion v = version == ChronosVersion.V2 ? ChronosVersion.V2 : ChronosVersion.V3;
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("The Chronos job name is empty");
    }
    if (!v.namePattern().matcher(name).matches()) {
      throw new IllegalArgumentException("Job name '" + name + "' is not valid for " + v.label()
          + ": only " + v.allowedNames() + " are allowed");
    }
  }

  /**
   * Null when Chronos will read {@code id} as meant; else why not. Chronos hands the id to
   * {@code java.util.TimeZone}, which silently turns an unknown id into GMT.
   */
  public static String timeZoneWarning(String id) {
    if (id == null || id.trim().isEmpty()) {
      return null;
    }
    String z = id.trim();
    if (!ZONE_IDS.contains(z) && !CUSTOM_ZONE.matcher(z).matches() && !z.equals("UTC")) {
      return "scheduleTimeZone '" + z + "' is not a known time zone id: Chronos silently uses GMT"
          + " instead; use a region id such as Europe/Berlin";
    }
    if (z.length() == 3 && !z.equals("UTC") && !z.equals("GMT")) {
      return "scheduleTimeZone '" + z + "' is a three-letter id, which is ambiguous (BST is"
          + " Bangladesh to Java); prefer a region id such as Europe/London";
    }
    return null;
  }

  /** Throws unless the run-now arguments are safe inside a Mesos task id. */
  public static void checkArguments(String arguments) {
    if (arguments == null || arguments.isEmpty()) {
      return;
    }
    if (!SAFE_ARGUMENTS.matcher(arguments).matches()) {
      StringBuilder bad = new StringBuilder();
      for (char c : arguments.toCharArray()) {
        if (!SAFE_ARGUMENTS.matcher(String.valueOf(c)).matches()
            && bad.indexOf(String.valueOf(c)) < 0) {
          bad.append(c);
        }
      }
      throw new IllegalArgumentException("Run arguments '" + arguments + "' contain '" + bad
          + "': Chronos puts them into the Mesos task id, where only letters, digits, space and"
          + " _ . = , - are safe (no ; : or /)");
    }
  }

  private static void checkContainer(ChronosJob job) {
    JsonNode c = job.container();
    if (c == null) {
      return;
    }
    if (!c.hasNonNull("image") || c.get("image").asText().trim().isEmpty()) {
      // Chronos ignores a container without image entirely, running the command on the host.
      throw new IllegalArgumentException("Job '" + job.name() + "': container.image is empty;"
          + " Chronos would silently drop the container and run the command on the agent");
    }
    if (c.hasNonNull("network")) {
      String n = c.get("network").asText();
      if (!NETWORKS.contains(n)) {
        String hint = NETWORKS.contains(n.toUpperCase(java.util.Locale.ROOT))
            ? " (write it in upper case: " + n.toUpperCase(java.util.Locale.ROOT) + ")" : "";
        throw new IllegalArgumentException("Job '" + job.name() + "': container.network '" + n
            + "' must be exactly HOST, BRIDGE or USER" + hint);
      }
    }
    if (c.hasNonNull("type")) {
      String t = c.get("type").asText().toUpperCase(java.util.Locale.ROOT);
      if (!t.equals("DOCKER") && !t.equals("MESOS")) {
        throw new IllegalArgumentException("Job '" + job.name() + "': container.type '"
            + c.get("type").asText() + "' must be DOCKER or MESOS");
      }
    }
  }
}
