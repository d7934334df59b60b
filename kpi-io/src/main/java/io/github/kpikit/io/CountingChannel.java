package io.github.kpikit.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * Counts the bytes read through it, for progress: a file's channel, or a stream's, under the
 * decoder of {@link CsvReader}, which reads it in blocks (see {@link CsvReader#FILE_BUFFER_BYTES}).
 */
final class CountingChannel implements ReadableByteChannel {

  private final ReadableByteChannel channel;
  private long count;

  CountingChannel(ReadableByteChannel channel) {
    this.channel = channel;
  }

  long count() {
    return count;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    int n = channel.read(dst);
    if (n > 0) {
      count += n;
    }
    return n;
  }

  @Override
  public boolean isOpen() {
    return channel.isOpen();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
