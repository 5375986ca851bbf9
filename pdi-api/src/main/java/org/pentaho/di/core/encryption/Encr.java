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

  public static void init(String a0) throws KettleException {
    // The mirror has one built-in encoder (PDI's default plugin "Kettle"); nothing to look up.
    if (!"Kettle".equals(a0)) {
      throw new KettleException("Unable to find plugin with ID '" + a0 + "' (the pdi-api mirror only has 'Kettle')");
    }
  }

  @Deprecated public static final boolean checkSignatureShort(String a0, String a1) {
    throw OutsideMirror.unsupported("Encr.checkSignatureShort");
  }

  @Deprecated public static final String getSignatureShort(String a0) {
    throw OutsideMirror.unsupported("Encr.getSignatureShort");
  }

  public static final String encryptPassword(String a0) {
    return TwoWayPasswordEncoding.encode(a0);
  }

  public static final String decryptPassword(String a0) {
    return TwoWayPasswordEncoding.decode(a0);
  }

  public static final String PASSWORD_ENCRYPTED_PREFIX = "Encrypted ";

  public static final String encryptPasswordIfNotUsingVariables(String a0) {
    if (VariableSubstitution.containsVariable(a0)) {
      return a0;
    }
    return PASSWORD_ENCRYPTED_PREFIX + encryptPassword(a0);
  }

  public static final String decryptPasswordOptionallyEncrypted(String a0) {
    if (a0 != null && a0.startsWith(PASSWORD_ENCRYPTED_PREFIX)) {
      return decryptPassword(a0.substring(PASSWORD_ENCRYPTED_PREFIX.length()));
    }
    return a0;
  }

  public static void main(String[] a0) throws KettleException {
    throw OutsideMirror.unsupported("Encr.main");
  }
}
