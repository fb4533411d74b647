package com.dossier.attachment.ocr;

import org.junit.jupiter.api.Test;

import static com.dossier.handbook.FieldType.CREDIT_CODE;
import static com.dossier.handbook.FieldType.DATE;
import static com.dossier.handbook.FieldType.ID_NUMBER;
import static com.dossier.handbook.FieldType.INTEGER;
import static com.dossier.handbook.FieldType.MONEY;
import static com.dossier.handbook.FieldType.TEXT;
import static com.dossier.handbook.FieldType.YEAR;
import static com.dossier.handbook.FieldType.YEAR_MONTH;
import static org.assertj.core.api.Assertions.assertThat;

/** How each field type's value is found in what Tesseract read. */
class ValueMatchTests {

	static final String CODE = "91110000MA01ABCD1X";

	@Test
	void aCreditCodeIsFoundThroughTheLettersOcrTakesForDigits() {
		// GB 32100 has no O, I, Z, S or V: read in the text, they can only be 0, 1, 2, 5
		assertThat(ValueMatch.found(CREDIT_CODE, CODE, "统一社会信用代码 : 91110000MAO1ABCD1X")).isTrue();
		assertThat(ValueMatch.found(CREDIT_CODE, CODE, "代码：9lll0000MA0lABCD1X")).isFalse();
		assertThat(ValueMatch.found(CREDIT_CODE, CODE, "代码 9111 0000 MA01 ABCD 1X 盖章")).isTrue();
		assertThat(ValueMatch.found(CREDIT_CODE, CODE, "代码：９１１１００００ＭＡ０１ＡＢＣＤ１Ｘ")).isTrue();
		assertThat(ValueMatch.found(CREDIT_CODE, CODE.toLowerCase(), "代码 " + CODE)).isTrue();
	}

	@Test
	void oneMisreadCharacterInsideALongCodeIsTolerated() {
		assertThat(ValueMatch.found(CREDIT_CODE, CODE, "代码 91110000MA01A8CD1X")).isTrue();
		assertThat(ValueMatch.found(CREDIT_CODE, CODE, "代码 91110000MA01A8CD7X")).isFalse();
	}

	@Test
	void aCodeDifferingAtEitherEndIsAnotherEntitysNotASlip() {
		// the last character is the check character: another company's code differs there
		assertThat(ValueMatch.found(CREDIT_CODE, CODE, "代码 91110000MA01ABCD1Y")).isFalse();
		assertThat(ValueMatch.found(CREDIT_CODE, CODE, "代码 81110000MA01ABCD1X")).isFalse();
		assertThat(ValueMatch.found(ID_NUMBER, "110105199001011234", "身份证 110105199001011235")).isFalse();
	}

	@Test
	void aCodeRunningOnIntoMoreCodeCharactersIsNotFound() {
		assertThat(ValueMatch.found(TEXT, "QTZ80", "型号：QTZ800")).isFalse();
		assertThat(ValueMatch.found(TEXT, "QTZ80", "型号：AQTZ80")).isFalse();
		assertThat(ValueMatch.found(TEXT, "QTZ80", "型号:QTZ8O ” 1台")).isTrue();
		assertThat(ValueMatch.found(TEXT, "QTZ80", "型号 QTZ80 1 台")).isTrue();
		assertThat(ValueMatch.found(TEXT, "QTZ80", "型号 QTZ63")).isFalse();
		// a short code gets no slip at all
		assertThat(ValueMatch.found(TEXT, "QTZ80", "型号 QTX80")).isFalse();
	}

	@Test
	void anIdNumberIsDigitsAndX() {
		assertThat(ValueMatch.found(ID_NUMBER, "11010519900101123X", "身份证号 ; 1101O519900lO1123x")).isTrue();
		assertThat(ValueMatch.found(ID_NUMBER, "110105199001011234", "号码 1101 0519 9001 0112 34")).isTrue();
	}

	@Test
	void namesIgnoreTheSpacesOcrPutsBetweenCharacters() {
		assertThat(ValueMatch.found(TEXT, "北京建工（集团）有限公司", "北 京 建 工 (集团) 有限 公司")).isTrue();
		assertThat(ValueMatch.found(TEXT, "塔式起重机", "设备名称 : 塔式起重机")).isTrue();
		assertThat(ValueMatch.found(TEXT, "张三丰", "姓名 张三")).isFalse();
	}

	@Test
	void datesInEveryPrintedForm() {
		for (String printed : new String[] { "2024-05-01", "2024年5月1日", "2024.5.1", "2024/05/01",
				"2024 年 05 月 01 日" }) {
			assertThat(ValueMatch.found(DATE, "2024-05-01", "日期：" + printed)).as(printed).isTrue();
		}
		assertThat(ValueMatch.found(DATE, "2024-05-01", "日期：2024年5月11日")).isFalse();
		assertThat(ValueMatch.found(DATE, "2024-05-01", "日期：2024年15月1日")).isFalse();
		assertThat(ValueMatch.found(YEAR_MONTH, "2024-05", "缴费年月 2024年5月")).isTrue();
		assertThat(ValueMatch.found(YEAR, "2023", "2023年度审计报告")).isTrue();
		assertThat(ValueMatch.found(YEAR, "2023", "编号 120235")).isFalse();
	}

	@Test
	void amountsIn万元OrIn元ToThePrecisionPrinted() {
		assertThat(ValueMatch.found(MONEY, "1234.5", "金额：1,234.50万元")).isTrue();
		assertThat(ValueMatch.found(MONEY, "1234.5", "金额：12,345,000.00元")).isTrue();
		assertThat(ValueMatch.found(MONEY, "1234.5", "金额：1234.5")).isTrue();
		assertThat(ValueMatch.found(MONEY, "1234.5", "金额：1,234.56万元")).isFalse();
		assertThat(ValueMatch.found(MONEY, "1234.5", "金额：21234.5")).isFalse();
		assertThat(ValueMatch.found(INTEGER, "2", "数量 20000")).isFalse();
		// a point or comma read as a colon or semicolon (measured in
		// bench/OCR-RESULTS.md)
		assertThat(ValueMatch.found(MONEY, "74192.83", "金额: 74,192:83万元")).isTrue();
		assertThat(ValueMatch.found(MONEY, "771192.89", "金额 : 771;192.89万元")).isTrue();
		assertThat(ValueMatch.found(MONEY, "160737.87", "金额 :.160,737.87万元")).isTrue();
		assertThat(ValueMatch.found(DATE, "2024-09-05", "日期 : 2024:9.5 金额")).isTrue();
		assertThat(ValueMatch.found(TEXT, "上海浦东新区建设集团有限公司", "单位名称 : 上海浦东新区建设集团有| 限公司")).isTrue();
	}

	@Test
	void nothingIsFoundInNoText() {
		assertThat(ValueMatch.found(TEXT, "QTZ80", "")).isFalse();
		assertThat(ValueMatch.found(TEXT, "", "QTZ80")).isFalse();
		assertThat(ValueMatch.found(CREDIT_CODE, CODE, null)).isFalse();
	}

}
