package com.dossier.attachment.ocr;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.dossier.handbook.FieldType;

/**
 * Issue 19's measurement, a plain main (not a test: it takes a minute and its figures
 * depend on the machine): {@code SCANS} generated scans (default 40) with noise, rotation
 * and JPEG artefacts, each printing six of seven entered values; the seventh is absent
 * (another value of its type, or for a credit code the same code with another check
 * character). Prints time per page, recall of the printed values and the share of absent
 * values reported found. Run: {@code mvn -q test-compile} then
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) com.dossier.attachment.ocr.OcrBenchmark}
 * (bench/ocr.sh does this).
 */
public final class OcrBenchmark {

	private static final String[] COMPANIES = { "北京建工机械设备有限公司", "上海浦东新区建设集团有限公司", "广州市城市建设开发有限公司", "深圳华南工程咨询有限公司",
			"杭州西湖设计研究院有限公司", "成都天府建筑安装工程有限公司" };

	private static final String[] PEOPLE = { "张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强" };

	private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private OcrBenchmark() {
	}

	record Value(String label, FieldType type, String entered, String printed) {
	}

	public static void main(String[] args) {
		int scans = Integer.parseInt(System.getProperty("SCANS", System.getenv().getOrDefault("SCANS", "40")));
		TesseractCli tesseract = new TesseractCli(List.of("tesseract"), "chi_sim");
		if (!tesseract.available()) {
			throw new IllegalStateException("tesseract with chi_sim is not installed");
		}
		Random random = new Random(19);
		int printed = 0;
		int found = 0;
		int absent = 0;
		int falsePositives = 0;
		long totalMillis = 0;
		long worstMillis = 0;
		List<String> misses = new ArrayList<>();
		List<List<Value>> allValues = new ArrayList<>();
		List<String> allLines = new ArrayList<>();
		List<String> allTexts = new ArrayList<>();
		for (int i = 0; i < scans; i++) {
			List<Value> values = values(random);
			int missing = random.nextInt(values.size());
			List<String> lines = new ArrayList<>(List.of("证明材料（生成的扫描件 " + (i + 1) + "）"));
			for (int v = 0; v < values.size(); v++) {
				Value value = values.get(v);
				lines.add(value.label() + "：" + (v == missing ? decoy(value, random) : value.printed()));
			}
			TestScans.Spoil spoil = new TestScans.Spoil(0.001 + random.nextDouble() * 0.004,
					(random.nextDouble() - 0.5) * 3, 0.55f + random.nextFloat() * 0.35f);
			byte[] scan = TestScans.jpeg(lines, spoil, i);
			long started = System.nanoTime();
			String text = tesseract.read(scan, Duration.ofSeconds(30));
			long millis = (System.nanoTime() - started) / 1_000_000;
			allValues.add(values);
			allLines.add(String.join("\n", lines));
			allTexts.add(text);
			totalMillis += millis;
			worstMillis = Math.max(worstMillis, millis);
			for (int v = 0; v < values.size(); v++) {
				Value value = values.get(v);
				boolean hit = ValueMatch.found(value.type(), value.entered(), text);
				if (v == missing) {
					absent++;
					falsePositives += hit ? 1 : 0;
				}
				else {
					printed++;
					found += hit ? 1 : 0;
					if (!hit) {
						misses.add(value.label() + " " + value.entered() + " in " + text.replaceAll("\\s+", " "));
					}
				}
			}
		}
		System.out.printf("scans %d: A5 JPEGs at %d dpi, chi_sim, one page each%n", scans, TestScans.DPI);
		System.out.printf("time per page: mean %d ms, worst %d ms%n", totalMillis / scans, worstMillis);
		System.out.printf("recall: %d of %d printed values found (%.1f %%)%n", found, printed, 100.0 * found / printed);
		System.out.printf("false positives: %d of %d absent values reported found (%.1f %%)%n", falsePositives, absent,
				100.0 * falsePositives / absent);
		// every other scan's values that this scan does not print: thousands of absent
		// values of every type
		int crossAbsent = 0;
		int crossFound = 0;
		for (int i = 0; i < scans; i++) {
			for (int j = 0; j < scans; j++) {
				for (Value value : j == i ? List.<Value>of() : allValues.get(j)) {
					if (!allLines.get(i).contains(value.entered()) && !allLines.get(i).contains(value.printed())) {
						crossAbsent++;
						crossFound += ValueMatch.found(value.type(), value.entered(), allTexts.get(i)) ? 1 : 0;
					}
				}
			}
		}
		System.out.printf("false positives, other scans' values: %d of %d reported found (%.2f %%)%n", crossFound,
				crossAbsent, 100.0 * crossFound / crossAbsent);
		misses.forEach(m -> System.out.println("missed: " + m));
	}

	private static List<Value> values(Random r) {
		String company = COMPANIES[r.nextInt(COMPANIES.length)];
		String code = creditCode(r);
		String id = idNumber(r);
		String model = "QTZ" + (40 + r.nextInt(200));
		LocalDate date = LocalDate.of(2015 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28));
		String[] dates = { date.toString(),
				date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日",
				date.getYear() + "." + date.getMonthValue() + "." + date.getDayOfMonth() };
		long cents = 10_000 + r.nextInt(90_000_000);
		String wan = java.math.BigDecimal.valueOf(cents, 2).toPlainString();
		String printedAmount = String.format("%,.2f万元", cents / 100.0);
		return List
			.of(new Value("单位名称", FieldType.TEXT, company, company),
					new Value("统一社会信用代码", FieldType.CREDIT_CODE, code, code),
					new Value("姓名", FieldType.TEXT, PEOPLE[r.nextInt(PEOPLE.length)], null),
					new Value("身份证号", FieldType.ID_NUMBER, id, id), new Value("型号", FieldType.TEXT, model, model),
					new Value("日期", FieldType.DATE, date.toString(), dates[r.nextInt(dates.length)]),
					new Value("金额", FieldType.MONEY, wan, printedAmount))
			.stream()
			.map(v -> v.printed() == null ? new Value(v.label(), v.type(), v.entered(), v.entered()) : v)
			.toList();
	}

	/**
	 * What is printed instead of an absent value: close enough to tempt a loose matcher.
	 */
	private static String decoy(Value value, Random r) {
		return switch (value.type()) {
			case CREDIT_CODE -> value.entered().substring(0, 17)
					+ CODE_ALPHABET.replace(value.entered().substring(17), "").charAt(r.nextInt(30));
			case ID_NUMBER -> idNumber(r);
			case DATE -> LocalDate.parse(value.entered()).plusDays(1 + r.nextInt(20)).toString();
			case MONEY -> String.format("%,.2f万元", Double.parseDouble(value.entered()) + 1 + r.nextInt(500));
			default -> value.entered().startsWith("QTZ") ? "QTZ" + (250 + r.nextInt(500))
					: COMPANIES[r.nextInt(COMPANIES.length)].equals(value.entered()) ? "某某设备租赁有限公司" : "某某某";
		};
	}

	private static String creditCode(Random r) {
		StringBuilder b = new StringBuilder("9111");
		while (b.length() < 18) {
			b.append(CODE_ALPHABET.charAt(r.nextInt(CODE_ALPHABET.length())));
		}
		return b.toString();
	}

	private static String idNumber(Random r) {
		StringBuilder b = new StringBuilder("1101051");
		while (b.length() < 17) {
			b.append(r.nextInt(10));
		}
		return b.append(r.nextInt(11) == 10 ? "X" : String.valueOf(r.nextInt(10))).toString();
	}

}
