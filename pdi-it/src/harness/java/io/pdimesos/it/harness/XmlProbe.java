package io.pdimesos.it.harness;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.pentaho.di.core.KettleEnvironment;
import org.pentaho.di.core.encryption.Encr;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.trans.TransMeta;

/**
 * Loads each .kjb/.ktr given through PDI's real JobMeta/TransMeta (our entries and steps read
 * their settings through the plugin registry) and saves it back through getXML(), as Spoon does
 * on open and save. Also asks PDI's real Encr to encrypt and decrypt the values in a passwords
 * file (lines "encrypt TAB plain" or "decrypt TAB stored").
 *
 * <p>Arguments: the report file, the folder for the saved files, the passwords file, then the
 * files to load.
 */
public final class XmlProbe {
  private XmlProbe() {}

  public static void main(String[] args) throws Exception {
    Report report = new Report(args[0]);
    File saved = new File(args[1]);
    KettleEnvironment.init();
    BufferedReader passwords = new BufferedReader(new InputStreamReader(new FileInputStream(args[2]),
        StandardCharsets.UTF_8));
    for (String line = passwords.readLine(); line != null; line = passwords.readLine()) {
      String[] parts = line.split("\t", 2);
      if (parts[0].equals("encrypt")) {
        report.put("encrypted", parts[1], Encr.encryptPasswordIfNotUsingVariables(parts[1]));
      } else {
        report.put("decrypted", parts[1], Encr.decryptPasswordOptionallyEncrypted(parts[1]));
      }
    }
    passwords.close();
    for (int i = 3; i < args.length; i++) {
      File file = new File(args[i]);
      try {
        String xml = file.getName().endsWith(".kjb") ? new JobMeta(file.getPath(), null).getXML()
            : new TransMeta(file.getPath()).getXML();
        File out = new File(saved, file.getName());
        Writer writer = new OutputStreamWriter(new FileOutputStream(out), StandardCharsets.UTF_8);
        writer.write(xml);
        writer.close();
        report.put("saved", file.getPath(), out.getPath());
      } catch (Throwable e) {
        report.error("failed", e, file.getPath());
      }
    }
    report.close();
    System.exit(0);
  }
}
