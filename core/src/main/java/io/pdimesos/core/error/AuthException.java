package io.pdimesos.core.error;

import java.util.Collections;

/**
 * 401 (credentials missing or wrong) or 403 (credentials fine, permission missing). The message
 * says which, and never contains the credentials themselves.
 */
public class AuthException extends RejectedException {
  private static final long serialVersionUID = 1L;

  public AuthException(int status, String method, String url, String serverMessage) {
    super(status, method, url, hint(status, serverMessage), Collections.<FieldError>emptyList());
  }

  /**
   * With the caller's own advice instead of the generic one ("DC/OS refused the login of service
   * account 'etl': ..."), followed by the server's message.
   */
  public AuthException(int status, String method, String url, String serverMessage,
      String advice) {
    super(status, method, url, withServer(advice, serverMessage),
        Collections.<FieldError>emptyList());
  }

  @Override
  public Kind kind() {
    return status() == 403 ? Kind.FORBIDDEN : Kind.UNAUTHORIZED;
  }

  private static String hint(int status, String serverMessage) {
    String what = status == 403
        ? "forbidden: the credentials were accepted but lack permission"
        : "unauthorized: check the user name and password or token";
    return withServer(what, serverMessage);
  }

  private static String withServer(String what, String serverMessage) {
    return serverMessage == null || serverMessage.isEmpty() ? what
        : what + " (" + serverMessage + ")";
  }
}
