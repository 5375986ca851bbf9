package org.pentaho.di.core;

import java.io.PrintWriter;
import java.io.StringWriter;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.List;

public class Const {
  public static final String CR = OutsideMirror.runtime(System.getProperty("line.separator"));

  public static final String EMPTY_STRING = "";

  public static final int MARGIN = 4;

  public static final int MIDDLE_PCT = 35;

  public static final int FORM_MARGIN = 5;

  public static final String XML_ENCODING = "UTF-8";

  public static final String STRING_TRANS_DEFAULT_EXT = "ktr";

  public static final String INTERNAL_VARIABLE_PREFIX = "Internal";

  public static final String INTERNAL_VARIABLE_KETTLE_VERSION = "Internal.Kettle.Version";

  public static final String INTERNAL_VARIABLE_KETTLE_BUILD_VERSION = "Internal.Kettle.Build.Version";

  public static final String INTERNAL_VARIABLE_KETTLE_BUILD_DATE = "Internal.Kettle.Build.Date";

  public static final String INTERNAL_VARIABLE_JOB_FILENAME_DIRECTORY = "Internal.Job.Filename.Directory";

  public static final String INTERNAL_VARIABLE_JOB_FILENAME_NAME = "Internal.Job.Filename.Name";

  public static final String INTERNAL_VARIABLE_JOB_NAME = "Internal.Job.Name";

  public static final String INTERNAL_VARIABLE_JOB_REPOSITORY_DIRECTORY = "Internal.Job.Repository.Directory";

  public static final String INTERNAL_VARIABLE_JOB_RUN_ID = "Internal.Job.Run.ID";

  public static final String INTERNAL_VARIABLE_JOB_RUN_ATTEMPTNR = "Internal.Job.Run.AttemptNr";

  public static final String INTERNAL_VARIABLE_ENTRY_CURRENT_DIRECTORY = "Internal.Entry.Current.Directory";

  public static final String INTERNAL_VARIABLE_TRANSFORMATION_FILENAME_DIRECTORY = "Internal.Transformation.Filename.Directory";

  public static final String INTERNAL_VARIABLE_TRANSFORMATION_FILENAME_NAME = "Internal.Transformation.Filename.Name";

  public static final String INTERNAL_VARIABLE_TRANSFORMATION_NAME = "Internal.Transformation.Name";

  public static final String INTERNAL_VARIABLE_TRANSFORMATION_REPOSITORY_DIRECTORY = "Internal.Transformation.Repository.Directory";

  public static final String INTERNAL_VARIABLE_STEP_PARTITION_ID = "Internal.Step.Partition.ID";

  public static final String INTERNAL_VARIABLE_STEP_PARTITION_NR = "Internal.Step.Partition.Number";

  public static final String INTERNAL_VARIABLE_SLAVE_SERVER_NUMBER = "Internal.Slave.Transformation.Number";

  public static final String INTERNAL_VARIABLE_SLAVE_SERVER_NAME = "Internal.Slave.Server.Name";

  public static final String INTERNAL_VARIABLE_CLUSTER_SIZE = "Internal.Cluster.Size";

  public static final String INTERNAL_VARIABLE_STEP_UNIQUE_NUMBER = "Internal.Step.Unique.Number";

  public static final String INTERNAL_VARIABLE_CLUSTER_MASTER = "Internal.Cluster.Master";

  public static final String INTERNAL_VARIABLE_CLUSTER_RUN_ID = "Internal.Cluster.Run.ID";

  public static final String INTERNAL_VARIABLE_STEP_UNIQUE_COUNT = "Internal.Step.Unique.Count";

  public static final String INTERNAL_VARIABLE_STEP_NAME = "Internal.Step.Name";

  public static final String INTERNAL_VARIABLE_STEP_COPYNR = "Internal.Step.CopyNr";

  public static final String KETTLE_XML_EMPTY_TAG_YIELDS_EMPTY_VALUE = "KETTLE_XML_EMPTY_TAG_YIELDS_EMPTY_VALUE";

  public static final String KETTLE_PASSWORD_ENCODER_PLUGIN = OutsideMirror.runtime("KETTLE_PASSWORD_ENCODER_PLUGIN");

  public static final String KETTLE_TWO_WAY_PASSWORD_ENCODER_SEED = OutsideMirror.runtime("KETTLE_TWO_WAY_PASSWORD_ENCODER_SEED");

  public static int toInt(String text, int number) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return number;
    }
  }

  public static long toLong(String text, long number) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return number;
    }
  }

  public static double toDouble(String text, double number) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException | NullPointerException e) {
      return number;
    }
  }

  public static String trim(String text) {
    return text == null ? null : text.trim();
  }

  public static boolean isWindows() {
    return System.getProperty("os.name", "").startsWith("Windows");
  }

  public static String NVL(String text, String text2) {
    return text == null ? text2 : text;
  }

  public static String getStackTracker(Throwable error) {
    StringWriter text = new StringWriter();
    error.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  public static boolean isEmpty(String text) {
    return text == null || text.length() == 0;
  }

  public static boolean isEmpty(StringBuffer stringBuffer) {
    return stringBuffer == null || stringBuffer.length() == 0;
  }

  public static boolean isEmpty(String[] texts) {
    return texts == null || texts.length == 0;
  }

  public static boolean isEmpty(CharSequence charSequence) {
    return charSequence == null || charSequence.length() == 0;
  }

  public static boolean isEmpty(CharSequence[] charSequences) {
    return charSequences == null || charSequences.length == 0;
  }

  public static boolean isEmpty(Object[] row) {
    return row == null || row.length == 0;
  }

  public static boolean isEmpty(List<?> list) {
    return list == null || list.isEmpty();
  }
}
