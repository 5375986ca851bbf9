package io.pdimesos.core.dcos;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.ServiceDialect;
import java.io.IOException;

/**
 * DC/OS's identity service writes errors as {@code {"title", "description", "code"}}: the title
 * is the HTTP status text, the description says what went wrong (dcos-oauth
 * {@code common/utils.go} {@code HttpError}; the DC/OS CLI reads the same three fields,
 * {@code pkg/dcos/error.go}). The message is the description, with the code when there is one.
 */
final class IamDialect extends ServiceDialect {
  static final IamDialect INSTANCE = new IamDialect();

  private IamDialect() {
    super("DC/OS IAM");
  }

  @Override
  protected String serverMessage(ApiResponse r) {
    String body = r.body() == null ? "" : r.body().trim();
    if (body.startsWith("{")) {
      try {
        JsonNode n = Json.MAPPER.readTree(body);
        String description = n.path("description").asText("");
        if (!description.isEmpty()) {
          String code = n.path("code").asText("");
          return code.isEmpty() ? description : description + " [" + code + "]";
        }
      } catch (IOException ignored) {
        // not JSON after all: the base class quotes the text
      }
    }
    return super.serverMessage(r);
  }
}
