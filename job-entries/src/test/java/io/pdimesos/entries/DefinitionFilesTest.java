package io.pdimesos.entries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pentaho.di.core.variables.Variables;

class DefinitionFilesTest {
  @Test
  void pathsAndFileUrlsAreReadDirectly(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("app.json");
    Files.writeString(f, "{\"id\":\"/a\"}");
    assertThat(DefinitionFiles.read(f.toString(), new Variables())).isEqualTo("{\"id\":\"/a\"}");
    assertThat(DefinitionFiles.read(f.toUri().toString(), new Variables())).isEqualTo("{\"id\":\"/a\"}");
    assertThatThrownBy(() -> DefinitionFiles.read(dir.resolve("none.json").toString(), new Variables()))
        .hasMessageStartingWith("there is no file ");
  }

  @Test
  void otherSchemesNeedPdisVfs() {
    assertThat(DefinitionFiles.scheme("C:\\defs\\app.json")).isNull();
    assertThat(DefinitionFiles.scheme("/defs/app.json")).isNull();
    assertThat(DefinitionFiles.scheme("hdfs://nn/defs/app.json")).isEqualTo("hdfs");
    // the mirror has no KettleVFS: the error says what to do instead
    assertThatThrownBy(() -> DefinitionFiles.read("s3://bucket/app.json", new Variables()))
        .hasMessageContaining("no VFS access for 's3' URLs");
  }
}
