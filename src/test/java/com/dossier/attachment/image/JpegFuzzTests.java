package com.dossier.attachment.image;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.dossier.attachment.TestImages;
import com.dossier.attachment.inspection.AttachmentRefusedException;
import com.dossier.attachment.inspection.Inspection;
import com.dossier.support.FuzzRandom;
import com.dossier.support.Mutant;
import com.dossier.support.Mutations;
import org.junit.jupiter.api.Test;

import static com.dossier.attachment.image.FuzzBudget.guarded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded fuzz run of the IMAGE inspector and the JPEG cleaner on mutations of real
 * files from several producers (ImageMagick baseline, progressive grey, CMYK and ICC;
 * libjpeg's cjpeg with restart markers; poppler's pdftoppm; a phone-style EXIF-only
 * header with thumbnail, XMP and comment; Java's ImageIO; and attack files). The
 * property: the only outcomes are acceptance or one of our refusal codes — never another
 * exception, never more than a bounded allocation, never longer than a few seconds — and
 * what is accepted is stored cleaned with the same facts. Database free; fixed seed, the
 * same mutants for each of the three checks ({@link FuzzBudget}).
 */
class JpegFuzzTests {

	static final Set<String> REFUSALS = Set.of("image.not_jpeg", "image.too_large", "image.corrupt",
			"image.too_many_pixels", "image.dimensions_too_large", "image.dpi_missing", "image.dpi_out_of_range",
			"image.truncated");

	static final Map<String, byte[]> SEEDS = seeds();

	private final ImageInspector inspector = new ImageInspector();

	@Test
	void theInspectorOnlyAcceptsOrRefuses() {
		FuzzBudget.run().check("IMAGE inspector", JpegFuzzTests::mutant, mutant -> {
			byte[] input = mutant.bytes();
			Inspection<ImageFacts> result = guarded(input, () -> inspector.inspect(input));
			if (!result.isAccepted()) {
				assertThat(REFUSALS).contains(result.refusalCode());
				return result.refusalCode();
			}
			assertThat(result.facts().width()).isPositive();
			assertThat(result.facts().height()).isPositive();
			assertThat(ImagePolicy.dimensionsAllowed(result.facts().width(), result.facts().height())).isTrue();
			return "accepted";
		});
	}

	@Test
	void whatIsAcceptedIsStoredCleanedWithTheSameFacts() {
		FuzzBudget.run().check("IMAGE inspector for storage", JpegFuzzTests::mutant, mutant -> {
			byte[] input = mutant.bytes();
			Inspection<ImageFacts> upload = guarded(input, () -> inspector.inspect(input));
			ImageInspector.Stored stored = guarded(input, () -> inspector.inspectForStorage(input));

			assertThat(stored.inspection().isAccepted()).as(describe(input)).isEqualTo(upload.isAccepted());
			if (!upload.isAccepted()) {
				assertThat(stored.inspection().refusal()).isEqualTo(upload.refusal());
				return upload.refusalCode();
			}
			assertThat(sameFacts(stored.inspection().facts(), upload.facts())).as(describe(input)).isTrue();
			assertThat(stored.inspection().warnings()).isEqualTo(upload.warnings());
			assertThat(guarded(input, () -> JpegCleaner.clean(stored.content()))).isEqualTo(stored.content());
			assertOnlyImageSegments(stored.content());
			return "accepted";
		});
	}

	@Test
	void theCleanerCleansOrRefusesAnyInput() {
		FuzzBudget.run().check("JPEG cleaner", JpegFuzzTests::mutant, mutant -> {
			byte[] input = mutant.bytes();
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
				return e.code();
			}
			assertThat(JpegStructure.walk((byte[]) result).whole()).as(describe(input)).isTrue();
			return "cleaned";
		});
	}

	/** One to six mutations of one of the seeds. */
	static Mutant mutant(FuzzRandom random) {
		String seed = random.pick(List.copyOf(SEEDS.keySet()));
		List<JpegMutation> mutations = random.list(1, 6, () -> JpegMutation.any(random));
		byte[] bytes = SEEDS.get(seed);
		for (JpegMutation m : mutations) {
			bytes = m.apply(bytes);
		}
		return new Mutant(seed, mutations, bytes);
	}

	static boolean sameFacts(ImageFacts a, ImageFacts b) {
		return a.width() == b.width() && a.height() == b.height() && a.dpiX() == b.dpiX() && a.dpiY() == b.dpiY()
				&& a.dpiSource().equals(b.dpiSource()) && a.progressive() == b.progressive()
				&& a.colour().equals(b.colour()) && a.widthMm() == b.widthMm() && a.heightMm() == b.heightMm();
	}

	/**
	 * Only JFIF, EXIF, ICC and Adobe among the application segments, no comment, nothing
	 * after EOI.
	 */
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

	/**
	 * The input as Base64, short enough for a report: paste it into
	 * {@link JpegFuzzRegressionTests}.
	 */
	static String describe(byte[] input) {
		return input.length + " bytes: " + Base64.getEncoder().encodeToString(input);
	}

	private static Map<String, byte[]> seeds() {
		Map<String, byte[]> seeds = new LinkedHashMap<>(
				Mutations.seeds("fuzz/jpeg", "im-baseline.jpg", "im-progressive-gray.jpg", "im-cmyk.jpg", "im-icc.jpg",
						"cjpeg-restart.jpg", "pdftoppm.jpg", "phone-exif.jpg"));
		byte[] imageIo = TestImages.jpeg(160, 220, 96);
		seeds.put("imageio", imageIo);
		seeds.put("imageio-progressive", TestImages.jpeg(160, 220, JpegEncoder.Units.PER_CM, 38, true));
		seeds.put("imageio-exif-only",
				TestImages.withExif(TestImages.jpeg(160, 220, JpegEncoder.Units.NONE, 1, false), 96, 2, 3, true));
		seeds.put("script-comment-trailer", TestImages
			.concat(JpegCleanerTests.withSegment(imageIo, 0xFE, JpegCleanerTests.SCRIPT), JpegCleanerTests.SCRIPT));
		return seeds;
	}

}
