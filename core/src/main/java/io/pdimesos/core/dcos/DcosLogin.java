package io.pdimesos.core.dcos;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.AuthException;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.ServiceHttp;
import io.pdimesos.core.http.TokenSession;
import java.time.Clock;

/**
 * A login to a DC/OS cluster that every service of the cluster shares: it logs in on the first
 * request ({@code POST /acs/api/v1/auth/login}) and again when the cluster refuses the token,
 * which is how an expired token shows (the admin router answers 401 whatever the reason). The
 * cluster's clock decides when a token expires, so the token's own {@code exp} is not read.
 * A refused login is an {@link AuthException} naming the account: wrong credentials end the
 * request, they never start a loop of logins.
 */
public final class DcosLogin implements TokenSession {
  static final String LOGIN_PATH = "/acs/api/v1/auth/login";

  private final ServiceHttp iam;
  private final DcosCredentials credentials;
  private final Clock clock;
  private String token;

  /** Logs in through {@code iam} (the cluster URL, no auth); {@code clock} dates login tokens. */
  public DcosLogin(ServiceHttp iam, DcosCredentials credentials, Clock clock) {
    this.iam = iam;
    this.credentials = credentials;
    this.clock = clock == null ? Clock.systemUTC() : clock;
  }

  @Override
  public synchronized String token(CancellationToken cancel) {
    if (token == null) {
      token = login(cancel);
    }
    return token;
  }

  @Override
  public synchronized boolean renew(String rejected, CancellationToken cancel) {
    if (token != null && !token.equals(rejected)) {
      return true; // another request logged in again meanwhile: send with that token
    }
    iam.log().detailed("DC/OS refused the token of " + credentials.describe()
        + " (it expired, or the cluster revoked it); logging in again");
    token = null;
    token = login(cancel);
    return true;
  }

  private String login(CancellationToken cancel) {
    ApiResponse r = iam.send(ApiRequest.post(LOGIN_PATH).jsonBody(credentials.loginBody(clock))
        // Logging in twice only mints two tokens, so a lost answer may be asked again.
        .idempotent(true).accept(401, 403).build(), cancel);
    if (r.status() == 401 || r.status() == 403) {
      throw new AuthException(r.status(), r.method(), r.url(),
          scrub(IamDialect.INSTANCE.serverMessage(r)), refusal());
    }
    String issued = r.json().path("token").asText("");
    if (issued.isEmpty()) {
      throw new BadResponseException(r.describe() + " answered HTTP " + r.status()
          + " without a token: is this the URL of a DC/OS cluster?", r.status(), r.method(),
          r.url(), null);
    }
    iam.log().detailed("Logged in to DC/OS as " + credentials.describe());
    return issued;
  }

  private String refusal() {
    String check = credentials.isServiceAccount()
        ? "check the account id, and that the public key DC/OS holds for it matches its private"
            + " key"
        : "check the user name and password";
    return "DC/OS refused the login of " + credentials.describe() + ": " + check;
  }

  @Override
  public synchronized String scrub(String text) {
    String out = text;
    if (out != null && token != null) {
      out = out.replace(token, "****");
    }
    String password = credentials.password();
    if (out != null && password != null && !password.isEmpty()) {
      out = out.replace(password, "****");
    }
    return out;
  }

  @Override
  public String toString() {
    return credentials.toString();
  }
}
