package io.pdimesos.pdiapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.RowMetaAndData;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.RowDataUtil;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaBigNumber;
import org.pentaho.di.core.row.value.ValueMetaBoolean;
import org.pentaho.di.core.row.value.ValueMetaDate;
import org.pentaho.di.core.row.value.ValueMetaInteger;
import org.pentaho.di.core.row.value.ValueMetaNumber;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.core.row.value.ValueMetaTimestamp;

class RowsAndResultTest {

  @Test
  void numbersConvertToAndFromTextWithPdisDefaultMask() throws Exception {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.US);
    try {
      ValueMetaString text = new ValueMetaString("cpus");
      assertThat(text.getNumber("0.5")).isEqualTo(0.5);
      assertThat(text.getNumber(" 2 ")).isEqualTo(2.0);
      assertThat(text.getNumber("")).isNull();
      assertThatThrownBy(() -> text.getNumber("1.5x")).isInstanceOf(KettleValueException.class)
          .hasMessageContaining("cpus").hasMessageContaining("[1.5x]");
      ValueMetaNumber number = new ValueMetaNumber("cpus");
      assertThat(number.getString(3.0)).isEqualTo("3.0");
      assertThat(number.getString(0.25)).isEqualTo("0.25");
      assertThat(number.getString(-1.5)).isEqualTo("-1.5");
      assertThat(new ValueMetaNumber("n").convertData(text, "1.25")).isEqualTo(1.25);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aRowPrintsAsPdiLogsItAtRowLevel() throws Exception {
    RowMeta rowMeta = new RowMeta();
    rowMeta.addValueMeta(new ValueMetaString("app"));
    rowMeta.addValueMeta(new ValueMetaInteger("instances"));
    rowMeta.addValueMeta(new ValueMetaString("missing"));
    assertThat(rowMeta.getString(new Object[] {"/web", 3L, null, "over-allocated"})).isEqualTo("[/web], [3], [null]");
  }

  @Test
  void valueMetaTypesAndConversions() throws Exception {
    assertThat(new ValueMetaString("s").getType()).isEqualTo(ValueMetaInterface.TYPE_STRING);
    assertThat(new ValueMetaInteger("i").getTypeDesc()).isEqualTo("Integer");
    assertThat(new ValueMetaNumber("n").isNumeric()).isTrue();
    assertThat(new ValueMetaBigNumber("b").getTypeDesc()).isEqualTo("BigNumber");
    assertThat(new ValueMetaTimestamp("t").getTypeDesc()).isEqualTo("Timestamp");
    assertThat(new ValueMetaDate("d").isDate()).isTrue();

    ValueMetaBoolean flag = new ValueMetaBoolean("ok");
    assertThat(flag.getString(true)).isEqualTo("Y");
    assertThat(flag.getString(false)).isEqualTo("N");
    flag.setLength(5);
    assertThat(flag.getString(true)).isEqualTo("true");
    assertThat(new ValueMetaString("s").getBoolean("yes")).isTrue();
    assertThat(new ValueMetaString("s").getBoolean("no")).isFalse();
    assertThat(new ValueMetaString("s").getInteger(" 42 ")).isEqualTo(42L);
    assertThatThrownBy(() -> new ValueMetaString("s").getInteger("x")).isInstanceOf(KettleValueException.class);
    assertThat(new ValueMetaInteger("i").getString(7L)).isEqualTo("7");
    assertThat(new ValueMetaInteger("i").getNumber(7L)).isEqualTo(7.0);
    assertThat(new ValueMetaBigNumber("b").getString(new BigDecimal("2.50"))).isEqualTo("2.50");
    assertThat(new ValueMetaString("s").getString(null)).isNull();
    assertThat(new ValueMetaDate("d").getString(new Date(0)))
        .isEqualTo(new java.text.SimpleDateFormat("yyyy/MM/dd HH:mm:ss.SSS").format(new Date(0)));
    assertThat(new ValueMetaString("s").convertData(new ValueMetaInteger("i"), 5L)).isEqualTo("5");
    assertThatThrownBy(() -> new ValueMetaDate("d").getBoolean(new Date(0)))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("outside the pdi-api mirror");
  }

  @Test
  void rowMetaLooksFieldsUpIgnoringCase() throws Exception {
    RowMeta meta = new RowMeta();
    ValueMetaString app = new ValueMetaString("appId");
    app.setOrigin("step");
    meta.addValueMeta(app);
    meta.addValueMeta(new ValueMetaInteger("instances"));
    assertThat(meta.indexOfValue("APPID")).isZero();
    assertThat(meta.searchValueMeta("Instances").getName()).isEqualTo("instances");
    assertThat(meta.getFieldNames()).containsExactly("appId", "instances");
    RowMeta copy = meta.clone();
    copy.getValueMeta(0).setName("other");
    assertThat(meta.getValueMeta(0).getName()).isEqualTo("appId");
    assertThat(copy.getValueMeta(0).getOrigin()).isEqualTo("step");
    meta.removeValueMeta("INSTANCES");
    assertThat(meta.size()).isEqualTo(1);
    assertThatThrownBy(() -> meta.removeValueMeta("nope")).isInstanceOf(KettleValueException.class);
  }

  @Test
  void rowDataGrowsWithSpareRoom() {
    Object[] row = RowDataUtil.allocateRowData(2);
    assertThat(row).hasSize(2 + RowDataUtil.OVER_ALLOCATE_SIZE);
    Object[] grown = RowDataUtil.addValueData(new Object[] {"a"}, 1, "b");
    assertThat(grown[0]).isEqualTo("a");
    assertThat(grown[1]).isEqualTo("b");
    assertThat(RowDataUtil.resizeArray(grown, 2)).isSameAs(grown);
    assertThat(RowDataUtil.removeItem(new Object[] {"a", "b", "c"}, 1)).containsExactly("a", "c");
  }

  @Test
  void resultCarriesRowsAndCounters() throws Exception {
    Result result = new Result();
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isZero();
    RowMetaAndData row = new RowMetaAndData();
    row.addValue(new ValueMetaString("task"), "t-1");
    row.addValue("port", ValueMetaInterface.TYPE_INTEGER, 8080L);
    result.setRows(new java.util.ArrayList<>(List.of(row)));
    result.setResult(true);
    result.increaseErrors(2);

    Result copy = result.clone();
    assertThat(copy.getRows()).hasSize(1).isNotSameAs(result.getRows());
    assertThat(copy.getRows().get(0).getString("TASK", null)).isEqualTo("t-1");
    assertThat(copy.getRows().get(0).getInteger("port", -1)).isEqualTo(8080L);
    assertThat(copy.getRows().get(0).getString("missing", "dflt")).isEqualTo("dflt");
    assertThat(copy.getNrErrors()).isEqualTo(2);
    assertThat(result.lightClone().getRows()).isEmpty();

    Result sum = new Result();
    sum.add(copy);
    assertThat(sum.getNrErrors()).isEqualTo(2);
    assertThat(sum.getRows()).hasSize(1);
    assertThat(new Result(3).getEntryNr()).isEqualTo(3);
  }
}
