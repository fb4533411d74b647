package com.dossier.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.HandbookService;
import com.dossier.registry.ImportRequest;
import com.dossier.registry.ImportRequest.Basic;
import com.dossier.registry.ImportRequest.EnterpriseImport;
import com.dossier.registry.ImportRequest.Licence;
import com.dossier.registry.ImportRequest.Person;
import com.dossier.registry.ImportRequest.Qualification;
import com.dossier.registry.ImportRequest.SectionRecord;
import com.dossier.registry.ImportService;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.IdNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo enterprises' management-system data (企业基本信息 with qualifications, 企业人员信息,
 * 安全生产许可证信息), loaded through the same import a management system calls. demo-ent2 also
 * gets a level-A key person who repeats one of its own drafts, so its section page shows
 * the duplicate hint.
 */
@Component
@Order(DemoData.ORDER + 20)
@ConditionalOnProperty(name = "dossier.demo-data", havingValue = "true")
class DemoRegistry implements ApplicationRunner {

	static final String SOURCE = "上海市建设市场管理信息平台";

	private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);

	private static final List<String> TYPES = List.of("一级注册建造师", "二级注册建造师", "注册监理工程师", "一级注册造价工程师", "注册安全工程师");

	private static final List<String> NAMES = List.of("张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞", "徐强",
			"孙丽", "马超", "朱琳", "胡斌", "郭婷", "何勇", "高燕", "林峰", "罗倩", "郑凯", "梁雪", "谢涛", "宋佳", "唐浩");

	private final ImportService imports;

	private final EnterpriseService enterprises;

	private final HandbookService handbook;

	private final AdministrationTime time;

	DemoRegistry(ImportService imports, EnterpriseService enterprises, HandbookService handbook,
			AdministrationTime time) {
		this.imports = imports;
		this.enterprises = enterprises;
		this.handbook = handbook;
		this.time = time;
	}

	@Override
	public void run(ApplicationArguments args) {
		var local = enterprises.findByCreditCode(DemoData.LOCAL_CREDIT_CODE);
		var foreign = enterprises.findByCreditCode(DemoData.FOREIGN_CREDIT_CODE);
		if (local.isEmpty() || foreign.isEmpty() || imports.hasImported(local.get().id())) {
			return;
		}
		LocalDate today = time.today();
		var result = imports.run(new ImportRequest(SOURCE, List.of(local(local.get(), today), foreign(foreign.get()))),
				ImportService.Channel.DEMO);
		log.info("Demo management-system data: {} items imported from {}", result.created(), SOURCE);
	}

	private static EnterpriseImport local(Enterprise e, LocalDate today) {
		Basic basic = new Basic(e.legalRepresentative(), e.registeredCapital(), e.establishedOn().toString(),
				e.address(), "房屋建筑工程施工总承包；市政公用工程施工总承包；建筑装修装饰工程专业承包",
				List.of(new Qualification("建筑工程施工总承包", "二级", "D231000001", "2029-12-31", null),
						new Qualification("市政公用工程施工总承包", "三级", "D331000002", "2027-06-30", null)));
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < NAMES.size(); i++) {
			people.add(person("SFJS-" + (i + 1), NAMES.get(i), i, TYPES.get(i % TYPES.size()),
					LocalDate.of(2027, 1, 31).plusMonths(i).toString()));
		}
		List<Licence> licences = List.of(
				new Licence("AXZ-2023-0001", "（沪）JZ安许证字[2023]010001", "建筑施工", "上海市住房和城乡建设管理委员会",
						today.minusYears(3).plusDays(45).toString(), today.plusDays(45).toString(), "有效", null),
				new Licence("AXZ-2017-0001", "（沪）JZ安许证字[2017]010001", "建筑施工", "上海市住房和城乡建设管理委员会", "2017-03-01",
						"2020-02-29", "已过期", null));
		return new EnterpriseImport(e.creditCode(), null, basic, people, licences, null);
	}

	private EnterpriseImport foreign(Enterprise e) {
		Basic basic = new Basic(e.legalRepresentative(), e.registeredCapital(), e.establishedOn().toString(),
				e.address(), "建筑行业（建筑工程）设计；工程咨询",
				List.of(new Qualification("工程设计建筑行业（建筑工程）", "乙级", "A231000003", "2028-09-30", null)));
		List<Person> people = List.of(person("HWSJ-1", "Emily Chen", 40, "一级注册建筑师", "2028-03-31"),
				person("HWSJ-2", "周明", 41, "一级注册结构工程师", "2027-11-30"),
				person("HWSJ-3", "许静", 42, "二级注册建筑师", "2026-12-31"));
		List<Licence> licences = List.of();
		return new EnterpriseImport(e.creditCode(), null, basic, people, licences, duplicateOfADraft(e));
	}

	/** A level-A key person with the ID number of one of the enterprise's own drafts. */
	private List<SectionRecord> duplicateOfADraft(Enterprise e) {
		return handbook.page(e.id(), "key-personnel", 0, 20)
			.items()
			.stream()
			.filter(r -> r.level().name().equals("D") && r.data().get("idNumber") != null)
			.findFirst()
			.map(r -> List.of(new SectionRecord("key-personnel", "HWSJ-KP-1",
					Map.<String, Object>of("name", r.data().get("name"), "idType", r.data().get("idType"), "idNumber",
							r.data().get("idNumber"), "position", r.data().get("position")),
					null)))
			.orElse(null);
	}

	private static Person person(String sourceId, String name, int n, String type, String validUntil) {
		String first = "31010419850315" + String.format("%03d", 100 + n);
		return new Person(sourceId, name, "ID_CARD", first + IdNumber.checkCharacter(first), type, "沪" + (1310000 + n),
				n % 2 == 0 ? "建筑工程" : "市政公用工程", validUntil, null);
	}

}
