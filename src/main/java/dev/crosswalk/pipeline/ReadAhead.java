package dev.crosswalk.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Pulls an iterator on a thread of its own, up to {@code depth} blocks ahead of the consumer, so that reading and
 * mapping a file's next rows (a sixth of an import's time) overlaps with the database writing the current ones.
 * A failure of the source reaches the consumer where it happened: after every item before it.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    private record Block<T>(List<T> items, Throwable failure, boolean last) {
    }

    private final BlockingQueue<Block<T>> queue;
    private final Thread reader;
    private Iterator<T> current = Collections.emptyIterator();
    private Block<T> block;

    ReadAhead(Iterator<T> source, int blockSize, int depth, String threadName) {
        this.queue = new ArrayBlockingQueue<>(depth);
        this.reader = new Thread(() -> fill(source, blockSize), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    private void fill(Iterator<T> source, int blockSize) {
        List<T> items = new ArrayList<>(blockSize);
        try {
            try {
                while (source.hasNext()) {
                    items.add(source.next());
                    if (items.size() == blockSize) {
                        queue.put(new Block<>(items, null, false));
                        items = new ArrayList<>(blockSize);
                    }
                }
                queue.put(new Block<>(items, null, true));
            } catch (RuntimeException | Error e) {
                queue.put(new Block<>(items, e, true));
            }
        } catch (InterruptedException e) {
            // the consumer stopped early (closed): nothing more to read for
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (block != null && block.last()) {
                if (block.failure() instanceof RuntimeException e) {
                    throw e;
                }
                if (block.failure() instanceof Error e) {
                    throw e;
                }
                return false;
            }
            block = take();
            current = block.items().iterator();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private Block<T> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the file's next rows", e);
        }
    }

    /** Stops the reader (if the consumer stopped early) and waits for it, so the source can be closed. */
    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
