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

  public static int toInt(String a0, int a1) {
    try {
      return Integer.parseInt(a0);
    } catch (NumberFormatException e) {
      return a1;
    }
  }

  public static long toLong(String a0, long a1) {
    try {
      return Long.parseLong(a0);
    } catch (NumberFormatException e) {
      return a1;
    }
  }

  public static double toDouble(String a0, double a1) {
    try {
      return Double.parseDouble(a0);
    } catch (NumberFormatException | NullPointerException e) {
      return a1;
    }
  }

  public static String trim(String a0) {
    return a0 == null ? null : a0.trim();
  }

  public static boolean isWindows() {
    return System.getProperty("os.name", "").startsWith("Windows");
  }

  public static String NVL(String a0, String a1) {
    return a0 == null ? a1 : a0;
  }

  public static String getStackTracker(Throwable a0) {
    StringWriter text = new StringWriter();
    a0.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  public static boolean isEmpty(String a0) {
    return a0 == null || a0.length() == 0;
  }

  public static boolean isEmpty(StringBuffer a0) {
    return a0 == null || a0.length() == 0;
  }

  public static boolean isEmpty(String[] a0) {
    return a0 == null || a0.length == 0;
  }

  public static boolean isEmpty(CharSequence a0) {
    return a0 == null || a0.length() == 0;
  }

  public static boolean isEmpty(CharSequence[] a0) {
    return a0 == null || a0.length == 0;
  }

  public static boolean isEmpty(Object[] a0) {
    return a0 == null || a0.length == 0;
  }

  public static boolean isEmpty(List<?> a0) {
    return a0 == null || a0.isEmpty();
  }
}
