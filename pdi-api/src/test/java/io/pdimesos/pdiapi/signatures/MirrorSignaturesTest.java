package io.pdimesos.pdiapi.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mirror is faithful: every public or protected type and member it declares is recorded in
 * signatures.txt (real PDI 9.4, see pdi-api/SOURCES.md) or in the project's supplement, with the
 * same modifiers and constant values; every recorded abstract member is declared; nothing that a
 * later PDI version removes is mirrored unless the supplement says how the plugins handle it.
 */
class MirrorSignaturesTest {
  private static List<String> signatures;
  private static List<String> supplement;
  private static MirrorClasses mirror;

  @BeforeAll
  static void load() throws Exception {
    signatures = lines("/signatures/signatures.txt");
    supplement = lines("/signatures/supplement.txt");
    mirror = MirrorClasses.load();
  }

  @Test
  void mirrorMatchesTheRecordedApi() {
    List<String> problems = new SignatureCheck(SignatureCatalog.parse(signatures, supplement), mirror).run();
    assertThat(problems).as("mirror differences (%d):%n  %s", problems.size(), String.join("\n  ", problems))
        .isEmpty();
    assertThat(mirror.types).hasSizeGreaterThan(100);
  }

  @Test
  void aWrongSignatureIsReported() {
    List<String> altered = replace(signatures,
        "org.pentaho.di.job.entry.JobEntryInterface\tmethod\tpublic abstract org.pentaho.di.core.Result execute(org.pentaho.di.core.Result, int)",
        "org.pentaho.di.job.entry.JobEntryInterface\tmethod\tpublic abstract org.pentaho.di.core.Result execute(org.pentaho.di.core.Result, long)");

    List<String> problems = new SignatureCheck(SignatureCatalog.parse(altered, supplement), mirror).run();

    assertThat(problems).anySatisfy(p -> assertThat(p)
        .contains("JobEntryInterface: not recorded: method public abstract org.pentaho.di.core.Result execute(org.pentaho.di.core.Result, int)"));
    assertThat(problems).anySatisfy(p -> assertThat(p)
        .contains("JobEntryInterface: abstract member missing from the mirror: method public abstract org.pentaho.di.core.Result execute(org.pentaho.di.core.Result, long)"));
  }

  @Test
  void aWrongConstantValueIsReported() {
    List<String> altered = replace(signatures, "PASSWORD_ENCRYPTED_PREFIX = \"Encrypted \"",
        "PASSWORD_ENCRYPTED_PREFIX = \"Encrypted\"");

    List<String> problems = new SignatureCheck(SignatureCatalog.parse(altered, supplement), mirror).run();

    assertThat(problems).anySatisfy(p -> assertThat(p).contains("Encr: not recorded")
        .contains("recorded constant: field public static final java.lang.String PASSWORD_ENCRYPTED_PREFIX = \"Encrypted\""));
  }

  @Test
  void aMissingAbstractMemberAnUnrecordedTypeAndAnUnhandledRemovalAreReported() {
    List<String> altered = new ArrayList<>(signatures);
    altered.add("org.pentaho.di.trans.step.StepMetaInterface\tmethod\tpublic abstract void notInTheMirror()");
    altered.add("# ==== org.pentaho.di.core.CheckResult -- test");
    altered.add("# DIFF 11.0 (0123abc): - method public int getType()");
    List<String> noSupplementForBowl = supplement.stream().filter(l -> !l.startsWith("org.pentaho.di.core.bowl.Bowl\thandled")).toList();

    List<String> problems = new SignatureCheck(SignatureCatalog.parse(altered, noSupplementForBowl), mirror).run();

    assertThat(problems).anySatisfy(p -> assertThat(p)
        .contains("StepMetaInterface: abstract member missing from the mirror: method public abstract void notInTheMirror()"));
    assertThat(problems).anySatisfy(p -> assertThat(p)
        .contains("CheckResult: removed or changed in PDI 11.0 and not marked handled: method public int getType()"));
    assertThat(problems).anySatisfy(p -> assertThat(p)
        .contains("org.pentaho.di.core.bowl.Bowl: type does not exist in PDI 9.4"));
  }

  private static List<String> replace(List<String> lines, String from, String to) {
    List<String> out = new ArrayList<>();
    boolean replaced = false;
    for (String line : lines) {
      if (line.contains(from)) {
        out.add(line.replace(from, to));
        replaced = true;
      } else {
        out.add(line);
      }
    }
    assertThat(replaced).as("fixture line present: " + from).isTrue();
    return out;
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = MirrorSignaturesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
