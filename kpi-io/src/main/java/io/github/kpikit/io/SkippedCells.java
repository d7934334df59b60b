package io.github.kpikit.io;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/** The skipped cells of a read, 8 bytes each: a row and a column index in one long. */
final class SkippedCells {

  private final List<String> columns = new ArrayList<>();
  private final Map<String, Integer> columnIndex = new HashMap<>();
  private long[] cells = new long[16];
  private int size;

  void add(long row, String column) {
    Integer c = columnIndex.get(column);
    if (c == null) {
      c = columns.size();
      columns.add(column);
      columnIndex.put(column, c);
    }
    if (size == cells.length) {
      cells = Arrays.copyOf(cells, size * 2);
    }
    cells[size++] = (row << 16) | c;
  }

  /** An unmodifiable view of the cells added so far. */
  List<SkippedCell> list() {
    long[] snapshot = Arrays.copyOf(cells, size);
    List<String> names = List.copyOf(columns);
    return new View(snapshot, names);
  }

  private static final class View extends AbstractList<SkippedCell> implements RandomAccess {
    private final long[] cells;
    private final List<String> columns;

    View(long[] cells, List<String> columns) {
      this.cells = cells;
      this.columns = columns;
    }

    @Override
    public SkippedCell get(int index) {
      long cell = cells[index];
      return new SkippedCell(cell >>> 16, columns.get((int) (cell & 0xFFFF)));
    }

    @Override
    public int size() {
      return cells.length;
    }
  }
}
