package com.dossier.attachment.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.dossier.attachment.TestImages;
import com.dossier.attachment.TestPdfs;
import com.dossier.attachment.conversion.Paper;
import com.dossier.attachment.conversion.Size;
import com.dossier.attachment.image.ImageFacts;
import com.dossier.attachment.image.ImageInspector;
import com.dossier.attachment.inspection.Inspection;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/v1/images/conform over real HTTP: multipart in, a conforming JPEG or 422
 * problem+json out.
 */
@HttpTest
class ImageConformApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void returnsAConformingJpegWithItsMeasurementsForAPng() throws Exception {
		String user = data.operator().username();
		byte[] png = TestImages.png(TestImages.page(1200, 900, BufferedImage.TYPE_INT_RGB, false));

		HttpResponse<byte[]> response = post(user, "zh-CN", "扫描件.png", png, "CARD");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline;")
			.contains("UTF-8''%E6%89%AB%E6%8F%8F%E4%BB%B6.jpg");
		assertThat(response.headers().firstValue("X-Image-Size-Mm")).hasValue("72x54");
		assertThat(response.headers().firstValue("X-Image-Paper")).hasValue("CARD");
		Inspection<ImageFacts> inspection = new ImageInspector().inspect(response.body());
		assertThat(inspection.isAccepted()).isTrue();
		assertThat(response.headers().firstValue("X-Image-Dpi")).hasValue(Integer.toString(inspection.facts().dpiX()));
	}

	@Test
	void refusesWhatCannotBeConvertedWithA422InTheUsersLanguage() throws Exception {
		String user = data.operator().username();

		HttpResponse<byte[]> zh = post(user, "zh-CN", "report.jpg", TestPdfs.text("x"), null);
		HttpResponse<byte[]> en = post(user, "en", "bomb.jpg",
				TestImages.claimingSize(TestImages.jpeg(64, 64, 96), 60_000, 60_000), null);

		assertThat(zh.statusCode()).isEqualTo(422);
		assertThat(zh.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		String zhBody = new String(zh.body(), StandardCharsets.UTF_8);
		assertThat(zhBody).contains("\"code\":\"image.unreadable\"").contains("检测为 PDF");
		assertThat(en.statusCode()).isEqualTo(422);
		assertThat(new String(en.body(), StandardCharsets.UTF_8)).contains("\"code\":\"image.too_many_pixels\"")
			.contains("60,000×60,000 pixels");
	}

	@Test
	void takesWhatScannersProduceUpTo30MbAndRefusesMoreWithBothSizesInKb() throws Exception {
		String user = data.operator().username();

		HttpResponse<byte[]> converted = post(user, "zh-CN", "扫描件.png", TestImages.a4ScanPng(), null);
		HttpResponse<byte[]> tooLarge = post(user, "en", "scan.png", new byte[30 * 1024 * 1024 + 10 * 1024], null);

		assertThat(converted.statusCode()).isEqualTo(200);
		assertThat(converted.headers().firstValue("X-Image-Size-Mm")).hasValue("210x297");
		assertThat(new ImageInspector().inspect(converted.body()).isAccepted()).isTrue();
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(new String(tooLarge.body(), StandardCharsets.UTF_8)).contains("\"code\":\"attachment.too_large\"")
			.contains("The file is 30,730 KB, above the upload limit of 30,720 KB");
	}

	@Test
	void isForEnterpriseOperatorsOnly() throws Exception {
		byte[] png = TestImages.png(TestImages.page(100, 100, BufferedImage.TYPE_INT_RGB, false));

		// Without credentials a POST has no CSRF token either, which the security chain
		// refuses first.
		assertThat(post(null, "zh-CN", "a.png", png, null).statusCode()).isIn(401, 403);
		assertThat(post("nobody-" + UUID.randomUUID(), "zh-CN", "a.png", png, null).statusCode()).isEqualTo(401);
		assertThat(post(data.account(Role.CLERK), "zh-CN", "a.png", png, null).statusCode()).isEqualTo(403);
	}

	@Test
	void answers400ForAMissingFileOrAnUnknownPaper() throws Exception {
		String user = data.operator().username();
		byte[] png = TestImages.png(TestImages.page(100, 100, BufferedImage.TYPE_INT_RGB, false));

		assertThat(post(user, "zh-CN", null, png, null).statusCode()).isEqualTo(400);
		assertThat(post(user, "zh-CN", "a.png", png, "LETTER").statusCode()).isEqualTo(400);
	}

	/**
	 * A multipart POST; {@code fileName} null sends no file part, {@code user} null no
	 * credentials.
	 */
	private HttpResponse<byte[]> post(String user, String language, String fileName, byte[] content, String paper)
			throws IOException, InterruptedException {
		String boundary = "----dossier" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (paper != null) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"paper\"\r\n\r\n" + paper + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		if (fileName != null) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(content);
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		else {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/images/conform"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (user != null) {
			String credentials = user + ":" + TestData.PASSWORD;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
