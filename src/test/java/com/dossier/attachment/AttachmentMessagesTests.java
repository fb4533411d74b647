package com.dossier.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import com.dossier.attachment.conversion.Paper;
import com.dossier.attachment.image.ImageInspector;
import com.dossier.attachment.inspection.Notice;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both languages have every key, and refusals read as the issue asks: the rule and the
 * measured value.
 */
public class AttachmentMessagesTests {

	public static MessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/attachment");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Test
	void bothBundlesHaveTheSameKeys() throws IOException {
		assertThat(load("messages/attachment_en.properties").keySet())
			.isEqualTo(load("messages/attachment.properties").keySet());
	}

	@Test
	void everyRefusalAndWarningCodeHasAMessage() throws IOException {
		Properties zh = load("messages/attachment.properties");
		for (String code : new String[] { "image.not_jpeg", "image.too_large", "image.corrupt", "image.too_many_pixels",
				"image.dpi_missing", "image.dpi_out_of_range", "image.unreadable", "image.cannot_conform",
				"image.dimensions_too_large", "image.truncated", "pdf.not_pdf", "pdf.too_large", "pdf.encrypted",
				"pdf.active_content", "pdf.corrupt", "pdf.too_many_pages", "pdf.too_complex", "attachment.busy" }) {
			assertThat(zh).containsKey("error." + code);
		}
		for (String code : new String[] { "image.larger_than_a3", "image.smaller_than_card", "pdf.not_machine_checked",
				"pdf.enterprise_name_missing", "pdf.balance_sheet_missing" }) {
			assertThat(zh).containsKey("warning." + code);
		}
		for (Paper paper : Paper.values()) {
			assertThat(zh).containsKey(paper.messageKey());
		}
	}

	@Test
	void refusalsNameTheRuleAndTheMeasuredValueInBothLanguages() {
		Notice refusal = new ImageInspector().inspect(TestImages.jpeg(600, 800, 150)).refusal();
		MessageSource messages = messages();

		assertThat(messages.getMessage("error." + refusal.code(), refusal.argArray(), Locale.SIMPLIFIED_CHINESE))
			.startsWith("分辨率为 150 dpi，要求 72–100 dpi");
		assertThat(messages.getMessage("error." + refusal.code(), refusal.argArray(), Locale.ENGLISH))
			.startsWith("The resolution is 150 dpi; 72–100 dpi is required");
		assertThat(messages.getMessage("error.image.too_large", new Object[] { "412.3", 422_195L },
				Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("图片大小为 412.3 KB（422,195 字节），要求小于 300 KB（307,200 字节）；可使用“图片自动调整”压缩");
	}

	@Test
	void translatesAMeasuredValueThatIsItselfAMessage() {
		Notice refusal = Notice.of("pdf.encrypted",
				new org.springframework.context.support.DefaultMessageSourceResolvable(
						new String[] { "pdf.encryption.open_password" }, "x"));

		assertThat(messages().getMessage("error.pdf.encrypted", refusal.argArray(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("PDF 已加密（需要密码才能打开），要求上传未加密的 PDF");
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AttachmentMessagesTests.class.getClassLoader().getResourceAsStream(path)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
