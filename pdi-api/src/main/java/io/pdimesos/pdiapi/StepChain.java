package io.pdimesos.pdiapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pentaho.di.core.RowSet;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransHopMeta;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepDataInterface;
import org.pentaho.di.trans.step.StepErrorMeta;
import org.pentaho.di.trans.step.StepInterface;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.di.trans.step.StepMetaInterface;

/**
 * Runs the project's steps of one transformation the way Pan would, but one after the other: every
 * step copy runs to completion in hop order and hands its rows on through unbounded
 * {@link QueueRowSet}s, so no step ever waits for another. Standard PDI steps are not
 * re-implemented: a <em>source</em> stands in for an input step (rows given by the test) and a
 * <em>sink</em> for an output step (rows collected, with the layout they arrived in).
 *
 * <pre>
 * StepChain chain = new StepChain(transMeta, trans);
 * chain.source("CSV file input", csvLayout, csvRows);
 * chain.step("Bulk scale", actionMeta, actionMeta.getStepData());
 * chain.sink("Text file output");
 * chain.sink("Failed rows");
 * chain.hop("CSV file input", "Bulk scale");
 * chain.hop("Bulk scale", "Text file output");
 * chain.errorHop("Bulk scale", "Failed rows").setErrorDescriptionsValuename("error");
 * assertThat(chain.run(1000)).isTrue();
 * chain.rows("Text file output"); chain.rowMeta("Failed rows"); chain.stepCopy("Bulk scale").getLinesRejected();
 * </pre>
 *
 * The steps, stand-ins (as {@link StandInStepMeta}) and hops are added to the TransMeta, so a
 * step's {@code getFields}/{@code check} see their input through {@code getPrevStepFields}.
 * Like PDI's Trans, run() wires the hops, lets every step claim its error hop
 * ({@code identifyErrorOutput}), initialises every step (nothing runs if one init fails), then
 * runs them. A step that fails counts an error and stops the transformation; the steps after it
 * are then not started (PDI's would see the stop flag), and sinks keep what reached them. A source
 * copies its rows to each of its hops; a real step with several output hops follows its
 * {@link StepMeta#isDistributes()} (PDI's default is round robin, "copy" is opt-in). Single copies
 * only; no partitioning, no info streams.
 */
public final class StepChain {
  private final TransMeta transMeta;
  private final Trans trans;
  private final Map<String, Node> nodes = new LinkedHashMap<String, Node>();
  /** The hops in declaration order, each as {from, to}. */
  private final List<Node[]> hops = new ArrayList<Node[]>();
  private boolean ran;

  public StepChain(TransMeta transMeta, Trans trans) {
    this.transMeta = transMeta;
    this.trans = trans;
  }

  /** A stand-in for an input step: emits these rows with this layout, then is done. */
  public StepChain source(String name, RowMetaInterface rowMeta, List<Object[]> rows) {
    Node node = add(name, Kind.SOURCE);
    node.stepMeta = standIn(name, new StandInStepMeta(rowMeta));
    node.sourceMeta = rowMeta;
    node.sourceRows = new ArrayList<Object[]>(rows);
    return this;
  }

  /** One of the project's steps: its StepMeta is taken from the TransMeta by name, or created and added. */
  public StepChain step(String name, StepMetaInterface meta, StepDataInterface data) {
    StepMeta stepMeta = transMeta.findStep(name);
    if (stepMeta == null) {
      stepMeta = new StepMeta(name, meta);
      transMeta.addStep(stepMeta);
    } else {
      stepMeta.setStepMetaInterface(meta);
    }
    return step(stepMeta, data);
  }

  /** One of the project's steps, with a StepMeta the test prepared (distribution, error hop...). */
  public StepChain step(StepMeta stepMeta, StepDataInterface data) {
    if (transMeta.findStep(stepMeta.getName()) == null) {
      transMeta.addStep(stepMeta);
    }
    Node node = add(stepMeta.getName(), Kind.STEP);
    node.stepMeta = stepMeta;
    node.data = data;
    node.step = stepMeta.getStepMetaInterface().getStep(stepMeta, data, 0, transMeta, trans);
    return this;
  }

  /** A stand-in for an output step: collects every row that reaches it. */
  public StepChain sink(String name) {
    add(name, Kind.SINK).stepMeta = standIn(name, new StandInStepMeta(null));
    return this;
  }

  /** A hop, also added to the TransMeta (so getPrevStepFields answers as in Spoon). */
  public StepChain hop(String from, String to) {
    addHop(from, to);
    return this;
  }

  /**
   * The error hop of step {@code from}: a hop to {@code to} plus, on from's StepMeta, an enabled
   * StepErrorMeta targeting it (kept if the test set one, created without error fields otherwise).
   * Returned so the test can name the error fields. The step's meta must support error handling.
   */
  public StepErrorMeta errorHop(String from, String to) {
    Node source = node(from);
    if (source.kind != Kind.STEP) {
      throw new IllegalArgumentException("only a step can have an error hop, not the stand-in " + from);
    }
    if (!source.stepMeta.supportsErrorHandling()) {
      // Spoon offers no error hop for such a step, and PDI would pass it ordinary rows.
      throw new IllegalArgumentException("step " + from + " does not support error handling (supportsErrorHandling() is false)");
    }
    addHop(from, to).setErrorHop(true);
    StepErrorMeta errorMeta = source.stepMeta.getStepErrorMeta();
    if (errorMeta == null) {
      errorMeta = new StepErrorMeta(transMeta, source.stepMeta);
      source.stepMeta.setStepErrorMeta(errorMeta);
    }
    errorMeta.setTargetStep(node(to).stepMeta);
    errorMeta.setEnabled(true);
    return errorMeta;
  }

  /**
   * Runs the chain once. Returns true when every step initialised and none counted an error;
   * throws IllegalStateException if a step still asks for more after maxCalls calls to processRow.
   */
  public boolean run(long maxCalls) {
    if (ran) {
      throw new IllegalStateException("a StepChain runs once; build a new one");
    }
    ran = true;
    List<Node> order = hopOrder();
    wire();
    List<Node> initialised = new ArrayList<Node>();
    for (Node node : order) {
      if (node.kind == Kind.STEP) {
        if (!StepRunner.initialize(node.step, node.stepMeta.getStepMetaInterface(), node.data)) {
          // PDI does not start a transformation whose steps did not all initialise.
          for (Node done : initialised) {
            done.step.dispose(done.stepMeta.getStepMetaInterface(), done.data);
          }
          return false;
        }
        initialised.add(node);
      }
    }
    trans.setRunning(true);
    try {
      runInOrder(order, maxCalls);
    } finally {
      trans.setRunning(false);
    }
    return errors() == 0;
  }

  private void runInOrder(List<Node> order, long maxCalls) {
    for (Node node : order) {
      if (node.kind == Kind.SOURCE) {
        emit(node);
      } else if (node.kind == Kind.STEP) {
        if (trans.isStopped()) {
          node.step.dispose(node.stepMeta.getStepMetaInterface(), node.data);
          node.step.setOutputDone();
        } else {
          StepRunner.process(node.step, node.stepMeta.getStepMetaInterface(), node.data, maxCalls);
        }
      } else {
        collect(node);
      }
    }
  }

  /** The rows that reached a sink, in arrival order (hop by hop, in the order the hops were declared). */
  public List<Object[]> rows(String sink) {
    return Collections.unmodifiableList(sinkNode(sink).collected);
  }

  /** The layout of the rows that reached a sink, or null when none did. */
  public RowMetaInterface rowMeta(String sink) {
    return sinkNode(sink).collectedMeta;
  }

  /** The running copy of one of the project's steps (counters, errors, log). */
  public StepInterface stepCopy(String name) {
    Node node = node(name);
    if (node.kind != Kind.STEP) {
      throw new IllegalArgumentException(name + " is a stand-in, not a step");
    }
    return node.step;
  }

  /** The errors counted by all steps together. */
  public long errors() {
    long errors = 0;
    for (Node node : nodes.values()) {
      if (node.kind == Kind.STEP) {
        errors += node.step.getErrors();
      }
    }
    return errors;
  }

  private Node add(String name, Kind kind) {
    String key = name.toLowerCase(Locale.ROOT);
    if (nodes.containsKey(key)) {
      throw new IllegalArgumentException("step name used twice (PDI compares names ignoring case): " + name);
    }
    Node node = new Node(name, kind);
    nodes.put(key, node);
    return node;
  }

  private Node node(String name) {
    Node node = nodes.get(name.toLowerCase(Locale.ROOT));
    if (node == null) {
      throw new IllegalArgumentException("no source, step or sink named " + name);
    }
    return node;
  }

  private Node sinkNode(String name) {
    Node node = node(name);
    if (node.kind != Kind.SINK) {
      throw new IllegalArgumentException(name + " is not a sink");
    }
    return node;
  }

  private TransHopMeta addHop(String from, String to) {
    Node fromNode = node(from);
    Node toNode = node(to);
    TransHopMeta hop = new TransHopMeta(fromNode.stepMeta, toNode.stepMeta);
    hops.add(new Node[] {fromNode, toNode});
    transMeta.addTransHop(hop);
    return hop;
  }

  /** The stand-in's StepMeta in the TransMeta (one the test added under that name is kept). */
  private StepMeta standIn(String name, StandInStepMeta meta) {
    StepMeta stepMeta = transMeta.findStep(name);
    if (stepMeta == null) {
      stepMeta = new StepMeta(name, meta);
      transMeta.addStep(stepMeta);
    }
    return stepMeta;
  }

  /** Kahn's order over the hops, ties in declaration order; a loop is refused. */
  private List<Node> hopOrder() {
    Map<Node, Integer> incoming = new LinkedHashMap<Node, Integer>();
    for (Node node : nodes.values()) {
      incoming.put(node, 0);
    }
    for (Node[] hop : hops) {
      incoming.put(hop[1], incoming.get(hop[1]) + 1);
    }
    List<Node> order = new ArrayList<Node>();
    while (order.size() < nodes.size()) {
      Node next = null;
      for (Map.Entry<Node, Integer> entry : incoming.entrySet()) {
        if (entry.getValue() == 0 && !order.contains(entry.getKey())) {
          next = entry.getKey();
          break;
        }
      }
      if (next == null) {
        throw new IllegalStateException("the hops form a loop; PDI refuses such a transformation too");
      }
      order.add(next);
      for (Node[] hop : hops) {
        if (hop[0] == next) {
          incoming.put(hop[1], incoming.get(hop[1]) - 1);
        }
      }
    }
    return order;
  }

  private void wire() {
    for (Node[] hop : hops) {
      Node from = hop[0];
      Node to = hop[1];
      if (from.kind == Kind.SINK) {
        throw new IllegalArgumentException("a sink has no output hop: " + from.name);
      }
      if (to.kind == Kind.SOURCE) {
        throw new IllegalArgumentException("a source has no input hop: " + to.name);
      }
      QueueRowSet rowSet = QueueRowSet.unbounded();
      rowSet.setThreadNameFromToCopy(from.name, 0, to.name, 0);
      if (from.kind == Kind.SOURCE) {
        from.outputs.add(rowSet);
      } else {
        from.step.addRowSetToOutputRowSets(rowSet);
      }
      if (to.kind == Kind.SINK) {
        to.inputs.add(rowSet);
      } else {
        to.step.addRowSetToInputRowSets(rowSet);
      }
    }
  }

  private static void emit(Node source) {
    for (RowSet output : source.outputs) {
      output.setRowMeta(source.sourceMeta);
      for (Object[] row : source.sourceRows) {
        output.putRow(source.sourceMeta, row.clone());
      }
      output.setDone();
    }
  }

  private static void collect(Node sink) {
    for (RowSet input : sink.inputs) {
      Object[] row = input.getRowImmediate();
      while (row != null) {
        sink.collected.add(row);
        if (sink.collectedMeta == null) {
          sink.collectedMeta = input.getRowMeta();
        }
        row = input.getRowImmediate();
      }
    }
  }

  private enum Kind { SOURCE, STEP, SINK }

  private static final class Node {
    final String name;
    final Kind kind;
    StepMeta stepMeta;
    StepDataInterface data;
    StepInterface step;
    RowMetaInterface sourceMeta;
    List<Object[]> sourceRows;
    final List<RowSet> outputs = new ArrayList<RowSet>();
    final List<RowSet> inputs = new ArrayList<RowSet>();
    final List<Object[]> collected = new ArrayList<Object[]>();
    RowMetaInterface collectedMeta;

    Node(String name, Kind kind) {
      this.name = name;
      this.kind = kind;
    }
  }
}
