package org.pentaho.di.core.encryption;

import io.pdimesos.pdiapi.TwoWayPasswordEncoding;
import io.pdimesos.pdiapi.VariableSubstitution;

import io.pdimesos.pdiapi.OutsideMirror;
import org.pentaho.di.core.exception.KettleException;

public class Encr {
  public Encr() {
    throw OutsideMirror.unsupported("Encr constructor");
  }

  @Deprecated public boolean init() {
    throw OutsideMirror.unsupported("Encr.init");
  }

  public static void init(String text) throws KettleException {
    // The mirror has one built-in encoder (PDI's default plugin "Kettle"); nothing to look up.
    if (!"Kettle".equals(text)) {
      throw new KettleException("Unable to find plugin with ID '" + text + "' (the pdi-api mirror only has 'Kettle')");
    }
  }

  @Deprecated public static final boolean checkSignatureShort(String text, String text2) {
    throw OutsideMirror.unsupported("Encr.checkSignatureShort");
  }

  @Deprecated public static final String getSignatureShort(String text) {
    throw OutsideMirror.unsupported("Encr.getSignatureShort");
  }

  public static final String encryptPassword(String text) {
    return TwoWayPasswordEncoding.encode(text);
  }

  public static final String decryptPassword(String text) {
    return TwoWayPasswordEncoding.decode(text);
  }

  public static final String PASSWORD_ENCRYPTED_PREFIX = "Encrypted ";

  public static final String encryptPasswordIfNotUsingVariables(String text) {
    if (VariableSubstitution.containsVariable(text)) {
      return text;
    }
    return PASSWORD_ENCRYPTED_PREFIX + encryptPassword(text);
  }

  public static final String decryptPasswordOptionallyEncrypted(String text) {
    if (text != null && text.startsWith(PASSWORD_ENCRYPTED_PREFIX)) {
      return decryptPassword(text.substring(PASSWORD_ENCRYPTED_PREFIX.length()));
    }
    return text;
  }

  public static void main(String[] texts) throws KettleException {
    throw OutsideMirror.unsupported("Encr.main");
  }
}
