package io.pdimesos.pdiapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FormAttachment;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.layout.FormLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.variables.Variables;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.di.trans.step.StepMetaInterface;
import org.pentaho.di.ui.core.PropsUI;
import org.pentaho.di.ui.core.widget.ColumnInfo;
import org.pentaho.di.ui.core.widget.ComboVar;
import org.pentaho.di.ui.core.widget.TableView;
import org.pentaho.di.ui.core.widget.TextVar;
import org.pentaho.di.ui.job.dialog.JobDialog;
import org.pentaho.di.ui.trans.step.BaseStepDialog;
import io.pdimesos.pdiapi.sample.SampleStepMeta;

/**
 * PDI 9.4's own widgets as the real Spoon showed them (pdi-it's SpoonDialogsIT, which reports the
 * same facts from PDI's classes): where the mirror differed, these pin the real behaviour. Needs
 * an X display (run under xvfb-run); skipped without one.
 */
class SpoonWidgetsTest {
  private Display display;
  private Shell shell;

  @BeforeEach
  void shell() {
    Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no X display (run under xvfb-run)");
    display = new Display();
    shell = new Shell(display, PropsUI.getInstance().getJobsDialogStyle());
    shell.setLayout(new FormLayout());
  }

  @AfterEach
  void dispose() {
    if (display != null) {
      display.dispose();
    }
  }

  /** PDI: "OK", "Test connection" and "Cancel" all 134 px wide in Spoon here, 4 px apart, the middle one centred. */
  @Test
  void bottomButtonsAreAllAsWideAsTheWidestPlusTenAndCentred() {
    Button[] buttons = {button("OK"), button("Test connection"), button("Cancel")};
    int widest = Arrays.stream(buttons).mapToInt(b -> {
      b.pack(true);
      return b.getBounds().width;
    }).max().getAsInt();
    BaseStepDialog.positionBottomButtons(shell, buttons, 4, null);
    shell.setSize(600, 400);
    shell.layout(true, true);

    Rectangle client = shell.getClientArea();
    int width = buttons[0].getBounds().width;
    assertThat(Arrays.stream(buttons).map(b -> b.getBounds().width)).containsOnly(width);
    // PDI's widest-plus-10 (made even), and the margin: PDI attaches each button's right side to
    // the button itself, which SWT's FormLayout counts from its left.
    assertThat(width).isEqualTo(widest + 10 + (widest % 2) + 4);
    assertThat(buttons[1].getBounds().x - buttons[0].getBounds().x).isEqualTo(width + 4);
    assertThat(buttons[2].getBounds().x - buttons[1].getBounds().x).isEqualTo(width + 4);
    int middle = buttons[1].getBounds().x + width / 2;
    assertThat(middle).isCloseTo(client.width / 2, offset(4));
    assertThat(Arrays.stream(buttons).map(b -> b.getBounds().y + b.getBounds().height))
        .as("at the very bottom").containsOnly(client.height);
  }

  /** PDI: the Help button (with its icon, 68 px in Spoon here) at the bottom left of entry and step dialogs. */
  @Test
  void entryAndStepDialogsGetAHelpButtonWithAnIconAtTheBottomLeft() {
    Button help = JobDialog.setShellImage(shell, null);
    shell.setSize(600, 400);
    shell.layout(true, true);
    assertThat(help.getText()).isEqualTo("Help");
    assertThat(help.getImage()).isNotNull();
    assertThat(help.getBounds().x).isZero();
    assertThat(help.getBounds().y + help.getBounds().height).isEqualTo(shell.getClientArea().height);

    TransMeta trans = new TransMeta();
    trans.addStep(new StepMeta("In the transformation", new SampleStepMeta()));
    new BaseStepDialog(shell, (StepMetaInterface) new SampleStepMeta(), trans, "In the transformation") { }
        .setShellImage(shell, new SampleStepMeta());
    assertThat(Arrays.stream(shell.getChildren()).filter(c -> c instanceof Button)
        .map(c -> ((Button) c).getText())).containsExactly("Help", "Help");
  }

  /** PDI's BaseStepDialog finds its step in the transformation by name; Spoon always adds it first. */
  @Test
  void aStepDialogFailsForAStepThatIsNotInTheTransformation() {
    BaseStepDialog dialog = new BaseStepDialog(shell, (StepMetaInterface) new SampleStepMeta(), new TransMeta(), "Nowhere") { };
    assertThatThrownBy(() -> dialog.setShellImage(shell, new SampleStepMeta()))
        .isInstanceOf(NullPointerException.class);
  }

  /** PDI: entry dialogs trimmed, resizable, with minimise and maximise; no style under an unset property; labels to 35%. */
  @Test
  void propsGiveSpoonsDialogStyleAndLabelSplit() {
    PropsUI props = PropsUI.getInstance();
    assertThat(props.getJobsDialogStyle()).isEqualTo(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MAX | SWT.MIN);
    assertThat(props.getDialogStyle("x")).isZero();
    assertThat(props.getMiddlePct()).isEqualTo(35);
    assertThat(props.isOSLookShown()).isFalse();
  }

  /** PDI: the text or combo ends 13 px before the widget's right edge, where its "$" marker sits. */
  @Test
  void textVarAndComboVarKeepRoomForThePdiVariableMarker() {
    Variables space = new Variables();
    TextVar text = new TextVar(space, shell, SWT.SINGLE | SWT.BORDER);
    ComboVar combo = new ComboVar(space, shell, SWT.BORDER);
    place(text, null);
    place(combo, text);
    shell.setSize(600, 400);
    shell.layout(true, true);

    assertThat(children(text)).isEqualTo("Text");
    assertThat(text.getLayout()).isInstanceOf(FormLayout.class);
    assertThat(text.getTextWidget().getBounds().width).isEqualTo(300 - 13);
    assertThat(children(combo)).isEqualTo("CCombo");
    assertThat(combo.getCComboWidget().getBounds().width).isEqualTo(300 - 13);
  }

  /** PDI: add() appends a row; the table's first, empty row stays; the row-number column is "#". */
  @Test
  void tableViewAddAppendsARowAfterTheEmptyFirstOne() {
    TableView table = new TableView(new Variables(), shell, SWT.BORDER, new ColumnInfo[] {
        new ColumnInfo("Key", ColumnInfo.COLUMN_TYPE_TEXT, false),
        new ColumnInfo("Value", ColumnInfo.COLUMN_TYPE_TEXT, false)}, 1, null, PropsUI.getInstance());
    table.add("k1", "v1");
    assertThat(table.table.getColumnCount()).isEqualTo(3);
    assertThat(table.table.getColumn(0).getText()).isEqualTo("#");
    assertThat(table.table.getItemCount()).isEqualTo(2);
    assertThat(table.nrNonEmpty()).isEqualTo(1);
    assertThat(table.getItem(1)).containsExactly("k1", "v1");
  }

  private Button button(String text) {
    Button b = new Button(shell, SWT.PUSH);
    b.setText(text);
    return b;
  }

  private static void place(Control c, Control above) {
    FormData data = new FormData();
    data.left = new FormAttachment(0, 0);
    data.right = new FormAttachment(0, 300);
    data.top = above == null ? new FormAttachment(0, 0) : new FormAttachment(above, 4);
    c.setLayoutData(data);
  }

  private static String children(org.eclipse.swt.widgets.Composite c) {
    return Arrays.stream(c.getChildren()).map(k -> k.getClass().getSimpleName()).collect(Collectors.joining(","));
  }
}
