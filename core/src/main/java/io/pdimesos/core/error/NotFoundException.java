package io.pdimesos.core.error;

import java.util.Collections;

/** The named app, job, deployment or task does not exist (Marathon 404, Chronos 400 "not found"). */
public class NotFoundException extends RejectedException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(int status, String method, String url, String serverMessage) {
    super(status, method, url, serverMessage, Collections.<FieldError>emptyList());
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
