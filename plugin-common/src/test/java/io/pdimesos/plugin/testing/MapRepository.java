package io.pdimesos.plugin.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pentaho.di.repository.ObjectId;
import org.pentaho.di.repository.Repository;

/**
 * A Mockito {@link Repository} whose job-entry and step attribute calls read and write a map, the
 * way a database repository keeps one row per (element, nr, code). Like PDI's repositories it
 * stores "" as null.
 */
public final class MapRepository {
  public final Map<String, Object> attributes = new LinkedHashMap<>();
  public final Repository rep = mock(Repository.class);

  public MapRepository() {
    try {
      doAnswer(i -> put(i.getArgument(1), 0, i.getArgument(2), i.getArgument(3))).when(rep)
          .saveJobEntryAttribute(any(), any(), anyString(), anyString());
      doAnswer(i -> put(i.getArgument(1), i.getArgument(2), i.getArgument(3), i.getArgument(4))).when(rep)
          .saveJobEntryAttribute(any(), any(), anyInt(), anyString(), anyString());
      doAnswer(i -> put(i.getArgument(1), 0, i.getArgument(2), i.getArgument(3))).when(rep)
          .saveJobEntryAttribute(any(), any(), anyString(), anyBoolean());
      when(rep.getJobEntryAttributeString(any(), anyString()))
          .thenAnswer(i -> get(i.getArgument(0), 0, i.getArgument(1)));
      when(rep.getJobEntryAttributeString(any(), anyInt(), anyString()))
          .thenAnswer(i -> get(i.getArgument(0), i.getArgument(1), i.getArgument(2)));
      when(rep.getJobEntryAttributeBoolean(any(), anyString(), anyBoolean())).thenAnswer(i -> {
        Object v = get(i.getArgument(0), 0, i.getArgument(1));
        return v == null ? i.getArgument(2) : (Boolean) v;
      });
      when(rep.countNrJobEntryAttributes(any(), anyString()))
          .thenAnswer(i -> count(i.getArgument(0), i.getArgument(1)));

      doAnswer(i -> put(i.getArgument(1), 0, i.getArgument(2), i.getArgument(3))).when(rep)
          .saveStepAttribute(any(), any(), anyString(), anyString());
      doAnswer(i -> put(i.getArgument(1), i.getArgument(2), i.getArgument(3), i.getArgument(4))).when(rep)
          .saveStepAttribute(any(), any(), anyInt(), anyString(), anyString());
      doAnswer(i -> put(i.getArgument(1), 0, i.getArgument(2), i.getArgument(3))).when(rep)
          .saveStepAttribute(any(), any(), anyString(), anyBoolean());
      when(rep.getStepAttributeString(any(), anyString()))
          .thenAnswer(i -> get(i.getArgument(0), 0, i.getArgument(1)));
      when(rep.getStepAttributeString(any(), anyInt(), anyString()))
          .thenAnswer(i -> get(i.getArgument(0), i.getArgument(1), i.getArgument(2)));
      when(rep.getStepAttributeBoolean(any(), anyInt(), anyString(), anyBoolean())).thenAnswer(i -> {
        Object v = get(i.getArgument(0), i.getArgument(1), i.getArgument(2));
        return v == null ? i.getArgument(3) : (Boolean) v;
      });
      when(rep.countNrStepAttributes(any(), anyString()))
          .thenAnswer(i -> count(i.getArgument(0), i.getArgument(1)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private Object put(ObjectId element, int nr, String code, Object value) {
    attributes.put(element + "/" + nr + "/" + code, "".equals(value) ? null : value);
    return null;
  }

  private Object get(ObjectId element, int nr, String code) {
    return attributes.get(element + "/" + nr + "/" + code);
  }

  private int count(ObjectId element, String code) {
    int n = 0;
    while (attributes.containsKey(element + "/" + n + "/" + code)) {
      n++;
    }
    return n;
  }
}
