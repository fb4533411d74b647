package com.dossier.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded fuzz run of the IMAGE inspector and the JPEG cleaner on mutations of real files from several producers
 * (ImageMagick baseline, progressive grey, CMYK and ICC; libjpeg's cjpeg with restart markers; poppler's pdftoppm; a
 * phone-style EXIF-only header with thumbnail, XMP and comment; Java's ImageIO; and attack files). The property:
 * the only outcomes are acceptance or one of our refusal codes — never another exception, never more than a bounded
 * allocation, never longer than a few seconds — and what is accepted is stored cleaned with the same facts. Database
 * free; fixed seed ({@link FuzzBudget}).
 */
@AddLifecycleHook(value = FuzzBudget.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class JpegFuzzTests {

	static final Set<String> REFUSALS = Set.of("image.not_jpeg", "image.too_large", "image.corrupt",
			"image.too_many_pixels", "image.dimensions_too_large", "image.dpi_missing", "image.dpi_out_of_range",
			"image.truncated");

	/** Far above what a 300 KB file needs to be judged (a decode of at most 0.6 MP), far below a heap. */
	static final long MAX_ALLOCATED_BYTES = 96L * 1024 * 1024;

	static final long TIMEOUT_SECONDS = 5;

	static final Map<String, byte[]> SEEDS = seeds();

	private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "jpeg-fuzz");
		t.setDaemon(true);
		return t;
	});

	private final ImageInspector inspector = new ImageInspector();

	@Property(shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
	void theInspectorOnlyAcceptsOrRefuses(@ForAll("mutants") byte[] input) {
		Inspection<ImageFacts> result = guarded(input, () -> inspector.inspect(input));

		Statistics.label("verdict").collect(result.isAccepted() ? "accepted" : result.refusalCode());
		if (result.isAccepted()) {
			assertThat(result.facts().width()).isPositive();
			assertThat(result.facts().height()).isPositive();
			assertThat(ImagePolicy.dimensionsAllowed(result.facts().width(), result.facts().height())).isTrue();
		}
		else {
			assertThat(REFUSALS).contains(result.refusalCode());
		}
	}

	@Property(shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
	void whatIsAcceptedIsStoredCleanedWithTheSameFacts(@ForAll("mutants") byte[] input) {
		Inspection<ImageFacts> upload = guarded(input, () -> inspector.inspect(input));
		ImageInspector.Stored stored = guarded(input, () -> inspector.inspectForStorage(input));

		assertThat(stored.inspection().isAccepted()).as(describe(input)).isEqualTo(upload.isAccepted());
		if (upload.isAccepted()) {
			assertThat(sameFacts(stored.inspection().facts(), upload.facts())).as(describe(input)).isTrue();
			assertThat(stored.inspection().warnings()).isEqualTo(upload.warnings());
			assertThat(guarded(input, () -> JpegCleaner.clean(stored.content()))).isEqualTo(stored.content());
			assertOnlyImageSegments(stored.content());
		}
		else {
			assertThat(stored.inspection().refusal()).isEqualTo(upload.refusal());
		}
	}

	@Property(shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
	void theCleanerCleansOrRefusesAnyInput(@ForAll("mutants") byte[] input) {
		Object result = guarded(input, () -> {
			try {
				return JpegCleaner.clean(input);
			}
			catch (AttachmentRefusedException e) {
				return e;
			}
		});

		if (result instanceof AttachmentRefusedException e) {
			assertThat(e.code()).isEqualTo("image.corrupt");
		}
		else {
			assertThat(JpegStructure.walk((byte[]) result).whole()).as(describe(input)).isTrue();
		}
	}

	@Provide
	Arbitrary<byte[]> mutants() {
		return net.jqwik.api.Combinators
			.combine(Arbitraries.of(new ArrayList<>(SEEDS.keySet())), JpegMutation.any().list().ofMinSize(1).ofMaxSize(6))
			.as((seed, mutations) -> {
				byte[] b = SEEDS.get(seed);
				for (JpegMutation m : mutations) {
					b = m.apply(b);
				}
				return b;
			});
	}

	/** Runs one try on the worker thread: within the timeout and the allocation bound, or the try fails. */
	static <T> T guarded(byte[] input, Callable<T> task) {
		Future<T> future = WORKER.submit(() -> {
			com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
				.getThreadMXBean();
			long before = threads.getCurrentThreadAllocatedBytes();
			T result = task.call();
			long allocated = threads.getCurrentThreadAllocatedBytes() - before;
			assertThat(allocated).as("bytes allocated for " + describe(input)).isLessThan(MAX_ALLOCATED_BYTES);
			return result;
		});
		try {
			return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException e) {
			future.cancel(true);
			throw new AssertionError("No verdict within " + TIMEOUT_SECONDS + " s for " + describe(input), e);
		}
		catch (ExecutionException e) {
			throw new AssertionError("Not a refusal for " + describe(input), e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static boolean sameFacts(ImageFacts a, ImageFacts b) {
		return a.width() == b.width() && a.height() == b.height() && a.dpiX() == b.dpiX() && a.dpiY() == b.dpiY()
				&& a.dpiSource().equals(b.dpiSource()) && a.progressive() == b.progressive()
				&& a.colour().equals(b.colour()) && a.widthMm() == b.widthMm() && a.heightMm() == b.heightMm();
	}

	/** Only JFIF, EXIF, ICC and Adobe among the application segments, no comment, nothing after EOI. */
	static void assertOnlyImageSegments(byte[] jpeg) {
		JpegStructure.Walk walk = JpegStructure.walk(jpeg);
		assertThat(walk.whole()).isTrue();
		List<JpegStructure.Segment> segments = walk.segments();
		assertThat(segments.get(segments.size() - 1).end()).isEqualTo(jpeg.length);
		for (JpegStructure.Segment s : segments) {
			assertThat(s.marker()).isNotEqualTo(0xFE);
			if (s.marker() >= 0xE0 && s.marker() <= 0xEF) {
				assertThat(s.marker()).isIn(0xE0, 0xE1, 0xE2, 0xEE);
			}
		}
	}

	/** The input as Base64, short enough for a report: paste it into {@link JpegFuzzRegressionTests}. */
	static String describe(byte[] input) {
		return input.length + " bytes: " + Base64.getEncoder().encodeToString(input);
	}

	private static Map<String, byte[]> seeds() {
		Map<String, byte[]> seeds = new LinkedHashMap<>();
		for (String name : new String[] { "im-baseline.jpg", "im-progressive-gray.jpg", "im-cmyk.jpg", "im-icc.jpg",
				"cjpeg-restart.jpg", "pdftoppm.jpg", "phone-exif.jpg" }) {
			try (InputStream in = JpegFuzzTests.class.getResourceAsStream("/fuzz/jpeg/" + name)) {
				seeds.put(name, in.readAllBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		byte[] imageIo = TestImages.jpeg(160, 220, 96);
		seeds.put("imageio", imageIo);
		seeds.put("imageio-progressive", TestImages.jpeg(160, 220, JpegEncoder.Units.PER_CM, 38, true));
		seeds.put("imageio-exif-only", TestImages.withExif(TestImages.jpeg(160, 220, JpegEncoder.Units.NONE, 1,
				false), 96, 2, 3, true));
		seeds.put("script-comment-trailer", TestImages.concat(JpegCleanerTests.withSegment(imageIo, 0xFE,
				JpegCleanerTests.SCRIPT), JpegCleanerTests.SCRIPT));
		return seeds;
	}
}
