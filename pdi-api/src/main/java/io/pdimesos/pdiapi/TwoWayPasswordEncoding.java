package io.pdimesos.pdiapi;

import java.math.BigInteger;
import org.pentaho.di.core.Const;

/**
 * PDI's default ("Kettle") two-way password encoder, from its documented behaviour: the password's
 * bytes (platform charset) read as a big integer, XOR-ed with a fixed decimal seed, written in
 * base 16. It is obfuscation, not encryption; it exists so stored passwords match real PDI's.
 */
public final class TwoWayPasswordEncoding {
  /** PDI's default seed; {@code KETTLE_TWO_WAY_PASSWORD_ENCODER_SEED} overrides it, as in PDI. */
  static final String DEFAULT_SEED = "0933910847463829827159347601486730416058";

  private TwoWayPasswordEncoding() {
  }

  public static String encode(String password) {
    if (password == null || password.isEmpty()) {
      return "";
    }
    BigInteger plain = new BigInteger(password.getBytes());
    return new BigInteger(seed()).xor(plain).toString(16);
  }

  public static String decode(String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return "";
    }
    try {
      BigInteger plain = new BigInteger(encoded, 16).xor(new BigInteger(seed()));
      return new String(plain.toByteArray());
    } catch (NumberFormatException notHex) {
      // PDI answers an undecodable value with an empty password rather than an error.
      return "";
    }
  }

  private static String seed() {
    String configured = System.getProperty(Const.KETTLE_TWO_WAY_PASSWORD_ENCODER_SEED);
    return configured == null || configured.trim().isEmpty() ? DEFAULT_SEED : configured.trim();
  }
}
