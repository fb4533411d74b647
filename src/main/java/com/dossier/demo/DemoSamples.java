package com.dossier.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.FieldDef;
import com.dossier.handbook.SectionDefinition;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.CreditCode;
import com.dossier.shared.IdNumber;

/**
 * Values a real contractor or designer would enter, made from a section's definition
 * (field types and keys) so that demo data follows a new section without code. Sample
 * {@code n} of a section passes the section's rules; the people of one enterprise's
 * sections are different people, each in the post the section names.
 */
public final class DemoSamples {

	private static final List<String> NAMES = List.of("王建国", "李秀英", "张卫东", "刘洋", "陈静", "杨志强", "赵磊", "黄敏", "周海涛", "吴晓燕",
			"徐明", "孙丽华", "胡斌", "朱文博", "高峰", "林雪梅", "何俊", "郭佳", "马超", "罗婷");

	/**
	 * The post each one-person section stands for; key personnel take turns at the site
	 * posts.
	 */
	private static final Map<String, Integer> PERSON = Map.of("legal-person", 0, "principal", 1, "technical-lead", 2,
			"finance-lead", 3, "business-lead", 4, "key-personnel", 5);

	private static final List<String> POSTS = List.of("董事长", "总经理", "总工程师", "财务总监", "经营副总经理");

	private static final List<String> SITE_POSTS = List.of("项目经理", "项目技术负责人", "安全员", "施工员", "质量员", "造价员");

	private static final List<String> TITLES = List.of("高级经济师", "高级工程师", "教授级高级工程师", "高级会计师", "经济师");

	private static final List<String> MAJORS = List.of("土木工程", "工程管理", "给排水科学与工程", "建筑电气与智能化", "工程造价", "建筑学");

	/**
	 * Name, model, where it was made, power (kW, blank for instruments) and original
	 * value (万元).
	 */
	private static final List<List<String>> EQUIPMENT = List.of(List.of("塔式起重机", "QTZ80(TC5610)", "湖南长沙", "45.5", "68"),
			List.of("施工升降机", "SC200/200G", "湖北武汉", "33", "38"), List.of("全站仪", "Leica TS06 plus", "瑞士", "", "8.6"),
			List.of("混凝土输送泵", "HBT80.16.110S", "湖南长沙", "110", "75"), List.of("液压挖掘机", "SY215C", "江苏昆山", "114", "92"),
			List.of("电子水准仪", "Trimble DiNi 03", "德国", "", "5.2"), List.of("钢筋弯曲机", "GW40", "河南新乡", "3", "0.6"),
			List.of("混凝土搅拌机", "JS750", "山东青州", "30", "6.5"), List.of("汽车起重机", "QY25K5", "江苏徐州", "206", "105"),
			List.of("旋挖钻机", "SR285", "北京", "298", "260"), List.of("振动压路机", "XS223J", "江苏徐州", "128", "48"),
			List.of("激光经纬仪", "DJD2-E", "江苏苏州", "", "1.2"));

	private static final List<String> PLANTS = List.of("上海市浦东新区川沙路 1580 号", "上海市嘉定区安亭镇墨玉路 185 号", "江苏省昆山市花桥镇绿地大道 231 号",
			"上海市松江区九亭镇涞寅路 500 号");

	private static final List<String> PLANT_AREAS = List.of("1850.5", "3200", "960", "12500");

	private static final List<String> SUBSIDIARIES = List.of("上海示范建设劳务有限公司", "上海示范机电安装有限公司", "上海示范建材贸易有限公司",
			"上海示范装饰工程有限公司");

	private static final List<List<String>> BRANCHES = List.of(List.of("江苏分公司", "江苏省南京市"), List.of("浙江分公司", "浙江省杭州市"),
			List.of("安徽分公司", "安徽省合肥市"), List.of("湖南分公司", "湖南省长沙市"));

	private static final String FOREIGN_SHAREHOLDER = "Smith & Partners Design Ltd.";

	private DemoSamples() {
	}

	/** Sample {@code n} of the section, as a person would type it into the form. */
	public static Map<String, String> sample(SectionDefinition section, int n) {
		LocalDate today = LocalDate.now(AdministrationTime.DEFAULT_ZONE);
		Map<String, String> input = new LinkedHashMap<>();
		for (FieldDef f : section.fields()) {
			if (!f.isFixed()) {
				input.put(f.key(), value(section.code(), f, n, today));
			}
		}
		return input;
	}

	private static String value(String section, FieldDef f, int n, LocalDate today) {
		Integer person = PERSON.get(section);
		return switch (f.type()) {
			case ENUM -> f.options().get(option(section, f, n)).value();
			case ID_TYPE -> "ID_CARD";
			case BOOLEAN -> n % 2 == 0 ? "false" : "true";
			case DATE -> date(section, f, n, today).toString();
			case YEAR -> String.valueOf(today.getYear() - 1 - n % 5);
			case YEAR_MONTH -> YearMonth.from(today).minusMonths(1 + n % 12).toString();
			case MONEY -> money(f.key(), n);
			case DECIMAL -> decimal(section, f.key(), n);
			case INTEGER -> integer(f.key(), n);
			case ID_NUMBER -> idNumber(person == null ? n : person * 31 + n);
			case CREDIT_CODE -> creditCode(n);
			case MOBILE -> "139" + String.format("%08d", 16000000 + n);
			case PHONE -> "021-" + (58880000 + n * 17);
			case POSTCODE -> section.equals("contact-info") && n >= 7 ? "200030" : "200120";
			case EMAIL -> "office" + n + "@example.com";
			case URL -> "https://www.example.com";
			case TEXT -> text(section, f.key(), n, person);
		};
	}

	private static int option(String section, FieldDef f, int n) {
		if (f.key().equals("reportType")) {
			return n % 4 == 3 ? 1 : 0;
		}
		if (f.key().equals("education")) {
			return n % 2 == 0 ? 2 : 1;
		}
		return n % f.options().size();
	}

	private static LocalDate date(String section, FieldDef f, int n, LocalDate today) {
		if (f.key().equals("issueDate")) {
			// An audit report is issued in the spring after the year it covers (the
			// sample's year field).
			LocalDate issued = LocalDate.of(today.getYear() - n % 5, 4, 10 + n % 15);
			return issued.isAfter(today) ? today : issued;
		}
		LocalDate made = LocalDate.of(2014, 3, 1).plusDays(97L * n);
		return made.isAfter(today) ? today.minusDays(30 + n) : made;
	}

	private static String money(String key, int n) {
		BigDecimal original = new BigDecimal(EQUIPMENT.get(n % EQUIPMENT.size()).get(4));
		return switch (key) {
			case "originalValue" -> original.toPlainString();
			// Worth less with age: what is left after straight-line depreciation, at
			// least a tenth.
			case "netValue" -> original.multiply(BigDecimal.valueOf(Math.max(10, 85 - 6L * (n % 12))))
				.divide(BigDecimal.valueOf(100), 1, RoundingMode.DOWN)
				.stripTrailingZeros()
				.toPlainString();
			case "netAssets" -> String.valueOf(8650 + 420 * (n % 5));
			case "totalRevenue" -> String.valueOf(36800 + 2150 * (n % 5));
			default -> "";
		};
	}

	private static String decimal(String section, String key, int n) {
		return switch (key) {
			case "area" -> PLANT_AREAS.get(n % PLANT_AREAS.size());
			case "powerKw" -> EQUIPMENT.get(n % EQUIPMENT.size()).get(3);
			case "shareholdingRatio" -> n % 2 == 0 ? "100" : String.valueOf(51 + (n * 7) % 30);
			default -> String.valueOf(10 + (n * 13) % 90);
		};
	}

	private static String integer(String key, int n) {
		return switch (key) {
			case "yearsOfExperience" -> String.valueOf(18 + n % 9);
			case "insuredCount" -> String.valueOf(12 + (n * 23) % 75);
			default -> String.valueOf(1 + n % 3);
		};
	}

	private static String text(String section, String key, int n, Integer person) {
		return switch (key) {
			case "name" -> section.equals("equipment") ? EQUIPMENT.get(n % EQUIPMENT.size()).get(0)
					: NAMES.get(((person == null ? 0 : person) + n) % NAMES.size());
			case "position" ->
				person != null && person < POSTS.size() ? POSTS.get(person) : SITE_POSTS.get(n % SITE_POSTS.size());
			case "title" ->
				person != null && person < TITLES.size() ? TITLES.get(person) : n % 3 == 0 ? "高级工程师" : "工程师";
			case "major" -> MAJORS.get(n % MAJORS.size());
			case "registration" -> section.equals("technical-lead") ? "一级注册建造师（建筑工程）" : n % 2 == 0 ? "二级注册建造师" : "";
			case "model" -> EQUIPMENT.get(n % EQUIPMENT.size()).get(1);
			case "origin" -> EQUIPMENT.get(n % EQUIPMENT.size()).get(2);
			case "address" -> section.equals("plant") ? PLANTS.get(n % PLANTS.size())
					: n >= 7 ? "上海市徐汇区漕溪北路 88 号" : "上海市浦东新区世纪大道 100 号";
			case "subsidiaryName" -> SUBSIDIARIES.get(n % SUBSIDIARIES.size());
			case "branchName" -> BRANCHES.get(n % BRANCHES.size()).get(0);
			case "location" -> BRANCHES.get(n % BRANCHES.size()).get(1);
			case "certificateNumber" -> "商外资沪设字〔2015〕" + (1021 + n) + "号";
			case "shareholderName" -> FOREIGN_SHAREHOLDER;
			case "remark" -> "";
			default -> "详见扫描件";
		};
	}

	static String idNumber(int n) {
		// Born 1965–1990: people in post at a contractor today.
		String first17 = "310101" + LocalDate.of(1965, 3, 1).plusDays(97L * (n % 96)).toString().replace("-", "")
				+ String.format("%03d", n % 999 + 1); // 001–999: 000 is no sequence
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
