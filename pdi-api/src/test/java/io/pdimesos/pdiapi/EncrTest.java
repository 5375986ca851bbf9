package io.pdimesos.pdiapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.encryption.Encr;

/**
 * Expected values are the pairs pinned by PDI's own KettleTwoWayPasswordEncoderTest
 * (pentaho/pentaho-kettle core/src/test/java/org/pentaho/di/core/encryption), so a password stored by
 * a plugin built against the mirror reads back in real PDI and vice versa.
 */
class EncrTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'     '|2be98afc86aa7f2e4cb79ce309ed2ef9a",
      "Test of different encryptions!!@#$%|54657374206f6620646966666572656e742067d0fbddb11ad39b8ba50aef31fed1eb9f",
      "'  Spaces left'|2be98afe84af48285a81cbd30d297a9ce",
      "Spaces right|2be98afc839d79387ae0aee62d795a7ce",
      "'     Spaces  '|2be98afe84a87d2c49809af73db81ef9a",
      "1234567890|2be98afc86aa7c3d6f84dfb2689caf68a"})
  void encodesLikePdi(String plain, String encoded) {
    assertThat(Encr.encryptPassword(plain)).isEqualTo(encoded);
    assertThat(Encr.decryptPassword(encoded)).isEqualTo(plain);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "String|Encrypted 2be98afc86aa7f2e4cb799d64cc9ba1dd",
      "' %% VAR String'|Encrypted 2be988fed4f87a4a599599d64cc9ba1dd",
      "${%%$$$$|Encrypted 2be98afc86aa7f2e4ef02eb359ad6eb9e",
      "' ${VAR} String'|' ${VAR} String'",
      "' %%VAR%% String'|' %%VAR%% String'"})
  void encryptsUnlessTheValueUsesVariables(String plain, String stored) {
    assertThat(Encr.encryptPasswordIfNotUsingVariables(plain)).isEqualTo(stored);
    assertThat(Encr.decryptPasswordOptionallyEncrypted(stored)).isEqualTo(plain);
  }

  @Test
  void resolvesPasswordsHeldInVariables() {
    org.pentaho.di.core.variables.Variables vars = new org.pentaho.di.core.variables.Variables();
    vars.setVariable("PW", "Encrypted 2be98afc86aa7f2e4cb799d64cc9ba1dd");
    assertThat(org.pentaho.di.core.util.Utils.resolvePassword(vars, "${PW}")).isEqualTo("String");
    assertThat(org.pentaho.di.core.util.Utils.resolvePassword(vars, "plain")).isEqualTo("plain");
  }

  @Test
  void emptyAndNullPasswords() {
    assertThat(Encr.encryptPasswordIfNotUsingVariables(null)).isEqualTo("Encrypted ");
    assertThat(Encr.encryptPasswordIfNotUsingVariables("")).isEqualTo("Encrypted ");
    assertThat(Encr.decryptPasswordOptionallyEncrypted("Encrypted ")).isEmpty();
    assertThat(Encr.decryptPasswordOptionallyEncrypted("plain")).isEqualTo("plain");
    assertThat(Encr.PASSWORD_ENCRYPTED_PREFIX).isEqualTo("Encrypted ");
  }
}
