package london.scrutiny.tracker.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import london.scrutiny.tracker.support.RequestDeadline;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The full-text index, on this instance's disk: derived from the store, never the source
 * of any fact, and saved with the number of the last audit entry it holds, so a restart
 * resumes it from the trail. Writers add and replace records by key; readers search a
 * point-in-time view that is swapped in after each batch of changes, so a search never
 * waits for a write and never sees half of one.
 */
@Component
class SearchIndex implements DisposableBean {

	/** English: lower case, stop words out, possessives and endings stemmed. */
	static final Analyzer ANALYZER = new EnglishAnalyzer();

	static final String KEY = "key";

	static final String KIND = "kind";

	static final String ID = "id";

	static final String REPORT = "report";

	static final String DATE = "date";

	/** Best first; equal scores in a fixed order, so paging is stable. */
	private static final Sort RANKED = new Sort(SortField.FIELD_SCORE, new SortField(KEY, SortField.Type.STRING));

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/** Open once the index has first been built from the store. */
	private final CountDownLatch built = new CountDownLatch(1);

	/**
	 * The version of how records are indexed ({@link #document}): an index kept on disk
	 * in another version is built again.
	 */
	static final String FORMAT = "1";

	private static final String FORMAT_KEY = "format";

	private static final String SEQ_KEY = "seq";

	private static final String MARK_KEY = "mark";

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/** What the index held when last committed to disk, if it can be reused. */
	private final Committed committed;

	/**
	 * An index in {@code directory} (kept across restarts, so a start resumes it from the
	 * audit trail instead of building it again), or in memory when the directory is
	 * blank.
	 */
	SearchIndex(@Value("${tracker.search.index-dir:${tracker.data-dir}/search-index}") String directory) {
		try {
			Directory store = directory.isBlank() ? new ByteBuffersDirectory() : open(Path.of(directory));
			IndexWriter opened;
			try {
				opened = new IndexWriter(store, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
			}
			catch (IOException | IllegalArgumentException ex) {
				// Cut short, damaged or from another Lucene: derived data, so start anew.
				log.warn("The search index in {} cannot be opened ({}); building it again", directory, ex.toString());
				for (String file : store.listAll()) {
					if (!IndexWriter.WRITE_LOCK_NAME.equals(file)) {
						store.deleteFile(file);
					}
				}
				opened = new IndexWriter(store, config(IndexWriterConfig.OpenMode.CREATE));
			}
			this.writer = opened;
			this.committed = committed(this.writer);
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the search index", ex);
		}
	}

	private static Directory open(Path directory) throws IOException {
		Files.createDirectories(directory);
		return FSDirectory.open(directory);
	}

	private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
		return new IndexWriterConfig(ANALYZER).setRAMBufferSizeMB(64).setOpenMode(mode);
	}

	private static Committed committed(IndexWriter writer) {
		Map<String, String> data = new HashMap<>();
		Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
		if (live != null) {
			live.forEach((e) -> data.put(e.getKey(), e.getValue()));
		}
		if (!FORMAT.equals(data.get(FORMAT_KEY)) || data.get(SEQ_KEY) == null) {
			return null;
		}
		return new Committed(Long.parseLong(data.get(SEQ_KEY)), data.getOrDefault(MARK_KEY, ""));
	}

	/**
	 * The last audit entry the index held when it was last saved, and that entry's mark
	 * (to tell the same trail from another store's), or null when there is nothing to
	 * resume.
	 */
	Committed committed() {
		return this.committed;
	}

	/**
	 * Saves the index, noting that it holds every change up to the audit entry
	 * {@code seq} (whose mark is given).
	 */
	void commit(long seq, String mark) {
		io(() -> {
			this.writer
				.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, SEQ_KEY, Long.toString(seq), MARK_KEY, mark).entrySet());
			this.writer.commit();
		});
	}

	/** A saved index: it holds every change up to the audit entry {@code seq}. */
	record Committed(long seq, String mark) {
	}

	/** Replaces everything with what {@code source} gives, then shows it to readers. */
	int rebuild(Consumer<Consumer<Searchable>> source) {
		int[] count = { 0 };
		io(() -> {
			this.writer.deleteAll();
			source.accept((record) -> {
				io(() -> this.writer.addDocument(document(record)));
				count[0]++;
			});
		});
		refresh();
		return count[0];
	}

	/** Lets searches in: the index holds the store. */
	void ready() {
		this.built.countDown();
	}

	boolean isReady() {
		return this.built.getCount() == 0;
	}

	/**
	 * Waits while the index is first built (a search in the first seconds after
	 * start-up), no longer than the request may run.
	 */
	void awaitReady() {
		try {
			while (!this.built.await(50, TimeUnit.MILLISECONDS)) {
				RequestDeadline.check();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the search index was being built", ex);
		}
	}

	void put(Searchable record) {
		io(() -> this.writer.updateDocument(new Term(KEY, record.key()), document(record)));
	}

	void remove(String key) {
		io(() -> this.writer.deleteDocuments(new Term(KEY, key)));
	}

	/** Lets readers see every change made so far. */
	void refresh() {
		io(this.searchers::maybeRefreshBlocking);
	}

	/**
	 * The hits from {@code offset}, at most {@code count} of them, best first, and how
	 * many match in all.
	 */
	Found search(Query query, long offset, int count) {
		awaitReady();
		IndexSearcher searcher = acquire();
		try {
			int total = searcher.count(query);
			List<Hit> hits = new ArrayList<>();
			if (offset < total) {
				int wanted = (int) Math.min(total, offset + count);
				TopDocs top = searcher.search(query, wanted, RANKED, true);
				for (int i = (int) offset; i < top.scoreDocs.length; i++) {
					ScoreDoc found = top.scoreDocs[i];
					Document stored = searcher.storedFields().document(found.doc);
					hits.add(new Hit(SearchKind.valueOf(stored.get(KIND)), stored.get(ID), found.score));
				}
			}
			return new Found(hits, total);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(searcher);
		}
	}

	/** How many records the index holds, as readers see it. */
	int size() {
		awaitReady();
		IndexSearcher searcher = acquire();
		try {
			return searcher.getIndexReader().numDocs();
		}
		finally {
			release(searcher);
		}
	}

	private IndexSearcher acquire() {
		try {
			return this.searchers.acquire();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void release(IndexSearcher searcher) {
		io(() -> this.searchers.release(searcher));
	}

	private static Document document(Searchable record) {
		Document document = new Document();
		document.add(new StringField(KEY, record.key(), Field.Store.NO));
		document.add(new SortedDocValuesField(KEY, new BytesRef(record.key())));
		document.add(new StringField(KIND, record.kind().name(), Field.Store.YES));
		document.add(new StringField(ID, record.id(), Field.Store.YES));
		record.reportIds().forEach((report) -> document.add(new StringField(REPORT, report, Field.Store.NO)));
		if (record.date() != null) {
			document.add(new LongPoint(DATE, record.date().toEpochDay()));
		}
		// Texts are indexed, not stored: highlights are made from the record as read
		// from the store, so the index holds no second copy of a letter.
		record.fields().forEach((name, text) -> document.add(new TextField(name, text, Field.Store.NO)));
		return document;
	}

	@Override
	public void destroy() throws IOException {
		this.searchers.close();
		this.writer.close();
	}

	private static void io(IoAction action) {
		try {
			action.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search index failed", ex);
		}
	}

	private interface IoAction {

		void run() throws IOException;

	}

	/** A record found, and how well it matched (higher is better, within one search). */
	record Hit(SearchKind kind, String id, float score) {
	}

	/** A page of hits and the number of records matching in all. */
	record Found(List<Hit> hits, long total) {
	}

}
