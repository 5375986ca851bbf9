package io.pdimesos.pdiapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pentaho.di.repository.ObjectId;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.repository.StringObjectId;

class MemoryRepositoryTest {
  private final Repository rep = MemoryRepository.create();
  private final ObjectId job = new StringObjectId("job");
  private final ObjectId entry = new StringObjectId("entry");

  @Test
  void jobEntryAttributesRoundTrip() throws Exception {
    rep.saveJobEntryAttribute(job, entry, "url", "http://m:8080");
    rep.saveJobEntryAttribute(job, entry, "wait", true);
    rep.saveJobEntryAttribute(job, entry, "instances", 3L);
    rep.saveJobEntryAttribute(job, entry, 0, "label_key", "team");
    rep.saveJobEntryAttribute(job, entry, 1, "label_key", "tier");

    assertThat(rep.getJobEntryAttributeString(entry, "url")).isEqualTo("http://m:8080");
    assertThat(rep.getJobEntryAttributeBoolean(entry, "wait")).isTrue();
    assertThat(rep.getJobEntryAttributeInteger(entry, "instances")).isEqualTo(3L);
    assertThat(rep.countNrJobEntryAttributes(entry, "label_key")).isEqualTo(2);
    assertThat(rep.getJobEntryAttributeString(entry, 1, "label_key")).isEqualTo("tier");
    assertThat(rep.getJobEntryAttributeString(entry, "missing")).isNull();
    assertThat(rep.getJobEntryAttributeBoolean(entry, "missing", true)).isTrue();
    assertThat(rep.getJobEntryAttributeInteger(entry, "missing")).isZero();
  }

  @Test
  void stepAttributesRoundTripAndTheRestIsOutsideTheMirror() throws Exception {
    ObjectId step = new StringObjectId("step");
    rep.saveStepAttribute(new StringObjectId("trans"), step, 2, "field", "status");
    assertThat(rep.getStepAttributeString(step, 2, "field")).isEqualTo("status");
    assertThat(rep.countNrStepAttributes(step, "field")).isEqualTo(1);
    assertThatThrownBy(() -> rep.loadDatabaseMetaFromJobEntryAttribute(entry, "db", "db_id", null))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
