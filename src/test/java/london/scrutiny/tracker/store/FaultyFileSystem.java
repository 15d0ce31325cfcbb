package london.scrutiny.tracker.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that can fill up or turn read-only on demand, beneath the embedded store: an H2
 * file system ({@code faulty:} before the store file's path) whose channel fails writes
 * with the operating system's own messages while a switch is set. The store, the server
 * and the application above run unchanged, so the tests exercise the code path a real
 * full or read-only disk takes (an IOException from the store's file channel during a
 * commit), with no root privileges, small file systems or quotas.
 */
public class FaultyFileSystem extends FilePathWrapper {

	private static volatile String failure;

	private static volatile boolean readOnly;

	/** Makes {@code faulty:} paths available to H2; harmless when repeated. */
	public static void register() {
		FilePath.register(new FaultyFileSystem());
	}

	/** Every write from now on fails as on a full disk. */
	public static void fill() {
		failure = "No space left on device";
	}

	/**
	 * The disk is remounted read-only: writes fail, and files report they cannot be
	 * written.
	 */
	public static void makeReadOnly() {
		failure = "Read-only file system";
		readOnly = true;
	}

	/** Space is back; the disk is writable again. */
	public static void heal() {
		failure = null;
		readOnly = false;
	}

	@Override
	public String getScheme() {
		return "faulty";
	}

	@Override
	public boolean canWrite() {
		return !readOnly && super.canWrite();
	}

	@Override
	public FileChannel open(String mode) throws IOException {
		return new FaultyChannel(super.open(mode));
	}

	private static void failIfFaulty() throws IOException {
		String message = failure;
		if (message != null) {
			throw new IOException(message);
		}
	}

	/** The real file's channel, whose writes fail while the disk is faulty. */
	private static final class FaultyChannel extends FileBase {

		private final FileChannel base;

		FaultyChannel(FileChannel base) {
			this.base = base;
		}

		@Override
		public int read(ByteBuffer dst) throws IOException {
			return this.base.read(dst);
		}

		@Override
		public synchronized int read(ByteBuffer dst, long position) throws IOException {
			return this.base.read(dst, position);
		}

		@Override
		public int write(ByteBuffer src) throws IOException {
			failIfFaulty();
			return this.base.write(src);
		}

		@Override
		public synchronized int write(ByteBuffer src, long position) throws IOException {
			failIfFaulty();
			return this.base.write(src, position);
		}

		@Override
		public long position() throws IOException {
			return this.base.position();
		}

		@Override
		public FileChannel position(long newPosition) throws IOException {
			this.base.position(newPosition);
			return this;
		}

		@Override
		public long size() throws IOException {
			return this.base.size();
		}

		@Override
		public FileChannel truncate(long size) throws IOException {
			failIfFaulty();
			this.base.truncate(size);
			return this;
		}

		@Override
		public void force(boolean metaData) throws IOException {
			failIfFaulty();
			this.base.force(metaData);
		}

		@Override
		public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
			return this.base.tryLock(position, size, shared);
		}

		@Override
		protected void implCloseChannel() throws IOException {
			this.base.close();
		}

	}

}
