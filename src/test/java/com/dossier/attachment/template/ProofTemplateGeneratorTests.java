package com.dossier.attachment.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.dossier.attachment.AttachmentMessagesTests;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProofTemplateGeneratorTests {

	private final ProofTemplateGenerator generator = new ProofTemplateGenerator(AttachmentMessagesTests.messages());

	@Test
	void theEnterpriseProofHasTheGuideTitleTheProjectColumnsAndASealLine() throws IOException {
		try (XWPFDocument docx = open(generator.docx(ProofTemplate.ENTERPRISE, Locale.SIMPLIFIED_CHINESE))) {
			List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();

			assertThat(paragraphs.get(0)).isEqualTo("外国服务者（企业）在中国境外完成的业绩证明");
			assertThat(paragraphs).anyMatch(p -> p.startsWith("委托方（盖章）"));
			assertThat(paragraphs).anyMatch(p -> p.startsWith("日期"));
			assertThat(docx.getTables()).hasSize(2);
			assertThat(texts(docx.getTables().get(0), 0)).startsWith("服务者（企业）名称");
			XWPFTable projects = docx.getTables().get(1);
			assertThat(projects.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList())
				.containsExactly("序号", "项目名称", "所在国家或地区", "委托方", "服务内容", "起止时间", "合同金额", "证明人及联系方式");
			assertThat(projects.getRows()).hasSize(1 + ProofTemplateGenerator.BLANK_ROWS);
		}
	}

	@Test
	void theIndividualProofAsksForTheProvidersOwnSignature() throws IOException {
		try (XWPFDocument docx = open(generator.docx(ProofTemplate.INDIVIDUAL, Locale.SIMPLIFIED_CHINESE))) {
			List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();

			assertThat(paragraphs.get(0)).isEqualTo("外国服务者（个人）在中国境外完成的业绩证明");
			assertThat(paragraphs).anyMatch(p -> p.startsWith("服务者本人（签字）"));
			assertThat(texts(docx.getTables().get(0), 0)).contains("护照号码");
		}
	}

	@Test
	void speaksEnglishWhenAskedAndNamesTheFileAfterTheTitle() throws IOException {
		try (XWPFDocument docx = open(generator.docx(ProofTemplate.ENTERPRISE, Locale.ENGLISH))) {
			assertThat(docx.getParagraphs().get(0).getText()).startsWith("Proof of performance outside China");
			assertThat(docx.getTables().get(1).getRow(0).getCell(1).getText()).isEqualTo("Project name");
		}
		assertThat(generator.fileName(ProofTemplate.INDIVIDUAL, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("外国服务者（个人）在中国境外完成的业绩证明.docx");
		assertThat(ProofTemplate.forSection("foreign-performance-enterprise")).isEqualTo(ProofTemplate.ENTERPRISE);
	}

	@Test
	void everyTableHasAGridAsWideAsItsCellsAndThePageHasMarginsAndStyles() throws IOException {
		for (ProofTemplate template : ProofTemplate.values()) {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				try (XWPFDocument docx = open(generator.docx(template, locale))) {
					for (XWPFTable table : docx.getTables()) {
						var grid = table.getCTTbl().getTblGrid();
						assertThat(grid).as("%s %s: w:tblGrid", template, locale).isNotNull();
						List<Integer> widths = Arrays.stream(grid.getGridColArray())
							.map(c -> ((java.math.BigInteger) c.getW()).intValue())
							.toList();
						assertThat(widths).hasSize(table.getRow(0).getTableCells().size());
						assertThat(widths.stream().mapToInt(Integer::intValue).sum()).isEqualTo(DocxLayout.TEXT_WIDTH);
						for (XWPFTableRow row : table.getRows()) {
							assertThat(row.getTableCells()).extracting(XWPFTableCell::getWidth)
								.containsExactlyElementsOf(widths);
						}
					}
					var section = docx.getDocument().getBody().getSectPr();
					assertThat(((java.math.BigInteger) section.getPgMar().getLeft()).intValue())
						.isEqualTo(DocxLayout.MARGIN);
					assertThat(((java.math.BigInteger) section.getPgSz().getW()).intValue())
						.isEqualTo(DocxLayout.PAGE_WIDTH);
					assertThat(docx.getStyles().styleExist(DocxLayout.TITLE)).isTrue();
					assertThat(docx.getStyles().styleExist(DocxLayout.HEADING)).isTrue();
					assertThat(docx.getParagraphs().get(0).getStyle()).isEqualTo(DocxLayout.TITLE);
				}
			}
		}
	}

	private static XWPFDocument open(byte[] docx) throws IOException {
		assertThat(docx).startsWith('P', 'K'); // an OOXML zip
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

	private static List<String> texts(XWPFTable table, int column) {
		return table.getRows().stream().map(r -> r.getCell(column).getText()).toList();
	}

}
