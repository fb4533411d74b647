package com.dossier.handbook;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dossier.shared.CreditCode;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.IdNumber;

/**
 * Plausible values for any section, made from its definition (field types and keys), so that demo data follows a
 * new section without code. Sample {@code n} of a section always passes the section's rules.
 */
final class DemoSamples {

	private static final List<String> NAMES = List.of("王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏");

	private static final List<String> POSITIONS = List.of("董事长", "总经理", "总工程师", "财务总监", "经营副总", "项目经理");

	private static final List<String> EQUIPMENT = List.of("塔式起重机", "施工升降机", "全站仪", "混凝土输送泵", "液压挖掘机",
			"电子水准仪", "钢筋弯曲机", "混凝土搅拌机", "汽车起重机", "回旋钻机", "压路机", "经纬仪");

	private static final List<String> PLACES = List.of("上海", "江苏徐州", "湖南长沙", "德国", "日本", "浙江杭州");

	private DemoSamples() {
	}

	static Map<String, String> sample(SectionDefinition section, int n) {
		Map<String, Object> input = new LinkedHashMap<>();
		for (FieldDef f : section.fields()) {
			if (!f.isFixed()) {
				input.put(f.key(), value(f, n));
			}
		}
		// Net value below original value, whatever the amounts: the one cross-field rule of the demo sections.
		if (input.containsKey("netValue") && input.get("originalValue") instanceof String original) {
			input.put("netValue", String.valueOf(Integer.parseInt(original) / 2));
		}
		return FieldRules.check(section, input, LocalDate.now(AdministrationTime.DEFAULT_ZONE));
	}

	private static String value(FieldDef f, int n) {
		return switch (f.type()) {
			case ENUM, ID_TYPE -> f.type() == FieldType.ID_TYPE ? SectionDefinitions.RESIDENT_CARD
					: f.options().get(n % f.options().size()).value();
			case BOOLEAN -> n % 2 == 0 ? "false" : "true";
			case DATE -> LocalDate.of(2012, 1, 10).plusDays(37L * n).toString();
			case YEAR -> String.valueOf(LocalDate.now().getYear() - 1 - n % 5);
			case YEAR_MONTH -> YearMonth.now().minusMonths(1 + n % 12).toString();
			case MONEY -> String.valueOf(20 + (n * 37) % 400);
			case DECIMAL -> f.max() != null && f.max().intValue() <= 100 ? String.valueOf(51 + n % 49)
					: String.valueOf(10 + (n * 13) % 900) + ".5";
			case INTEGER -> String.valueOf(Math.max(f.min() == null ? 1 : f.min().intValue(), 1) + n % 5);
			case ID_NUMBER -> idNumber(n);
			case CREDIT_CODE -> creditCode(n);
			case MOBILE -> "139" + String.format("%08d", 16000000 + n);
			case PHONE -> "021-" + (62000000 + n);
			case POSTCODE -> "200" + String.format("%03d", n % 1000);
			case EMAIL -> "office" + n + "@example.com";
			case URL -> "https://www.example.com";
			case TEXT -> f.labelKey().endsWith("equipment.name") ? EQUIPMENT.get(n % EQUIPMENT.size()) : text(f.key(), n);
		};
	}

	private static String text(String key, int n) {
		return switch (key) {
			case "name" -> NAMES.get(n % NAMES.size());
			case "position" -> POSITIONS.get(n % POSITIONS.size());
			case "model" -> "XM-" + (100 + n);
			case "origin", "location" -> PLACES.get(n % PLACES.size());
			case "address" -> "上海市浦东新区世纪大道 " + (100 + n) + " 号";
			case "title" -> n % 2 == 0 ? "高级工程师" : "工程师";
			case "major" -> n % 2 == 0 ? "土木工程" : "建筑学";
			case "remark", "registration" -> "";
			default -> "示例" + (n + 1);
		};
	}

	static String idNumber(int n) {
		String first17 = "310101" + LocalDate.of(1965, 3, 1).plusDays(97L * n).toString().replace("-", "")
				+ String.format("%03d", n % 1000);
		return first17 + IdNumber.checkCharacter(first17);
	}

	static String creditCode(int n) {
		String first17 = "91310115MA1H" + String.format("%05d", n % 100000);
		return "0123456789ABCDEFGHJKLMNPQRTUWXY".chars()
			.mapToObj(c -> first17 + (char) c)
			.filter(CreditCode::isValid)
			.findFirst()
			.orElseThrow();
	}
}
