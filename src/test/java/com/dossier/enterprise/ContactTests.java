package com.dossier.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@HttpTest
class ContactTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOperatorWithoutContactSeesOnlyTheContactPageUntilConfirmed() {
		var op = data.operatorWithoutContact();
		WebClient browser = new WebClient(port);
		assertThat(WebClient.location(browser.login(op.username(), TestData.PASSWORD))).isEqualTo("/handbook");
		assertThat(WebClient.location(browser.get("/handbook"))).isEqualTo("/contact");
		assertThat(WebClient.location(browser.get("/handbook/basic-info"))).isEqualTo("/contact");
		String page = browser.get("/contact").body();
		assertThat(page).contains("请完善以下信息", "负责资质申报工作联系人", "负责资质申报工作联系电话", "负责资质申报工作联系手机", "确认");

		var bad = browser.postForm("/contact",
				Map.of("name", "李四", "phone", "021-60123456", "mobile", "1234", "version", version(op)));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("请输入 11 位手机号码");
		assertThat(enterprises.get(op.enterpriseId()).contact()).isNull();

		browser.get("/contact");
		var good = browser.postForm("/contact",
				Map.of("name", "李四", "phone", "021-60123456", "mobile", "13912345678", "version", version(op)));
		assertThat(WebClient.location(good)).isEqualTo("/handbook");
		assertThat(browser.get("/handbook").body()).contains("联系人信息已保存", "李四");
		assertThat(enterprises.contactHistory(op.enterpriseId())).singleElement()
			.satisfies(c -> assertThat(c.after()).isEqualTo(new Contact("李四", "021-60123456", "13912345678")));
	}

	@Test
	void everyChangeIsKeptWithWhoWhenAndOldAndNewValues() {
		var op = data.operator();
		WebClient browser = new WebClient(port);
		browser.login(op.username(), TestData.PASSWORD);
		browser.get("/contact");
		browser.postForm("/contact",
				Map.of("name", "王五", "phone", "021-1234567", "mobile", "13700000000", "version", version(op)));
		var history = enterprises.contactHistory(op.enterpriseId());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).actor()).isEqualTo(op.username());
		assertThat(history.get(0).before().name()).isEqualTo("测试联系人");
		assertThat(history.get(0).after().name()).isEqualTo("王五");
		assertThat(browser.get("/contact").body()).contains("变更记录", "王五", "测试联系人");
		assertThat(
				jdbc.sql("select count(*) from audit_event where action = 'enterprise.contact_changed' and actor = ?")
					.param(op.username())
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void aStaleFormIsRefusedAndNothingIsLost() {
		var op = data.operator();
		WebClient browser = new WebClient(port);
		browser.login(op.username(), TestData.PASSWORD);
		browser.get("/contact");
		String stale = version(op);
		enterprises.changeContact(op.enterpriseId(), null, new Contact("同事", "021-7654321", "13600000000"));
		var response = browser.postForm("/contact",
				Map.of("name", "我", "phone", "021-1111111", "mobile", "13500000000", "version", stale));
		assertThat(response.body()).contains("已被他人修改");
		assertThat(enterprises.get(op.enterpriseId()).contact().name()).isEqualTo("同事");
	}

	@Test
	void theApiReadsAndReplacesTheContact() {
		var op = data.operator();
		WebClient api = new WebClient(port).basic(op.username(), TestData.PASSWORD);
		var invalid = api.json("PUT", "/api/v1/enterprise/contact",
				"{\"name\":\"\",\"phone\":\"x\",\"mobile\":\"123\"}");
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("\"code\":\"validation.failed\"", "\"field\":\"name\"",
				"\"field\":\"phone\"", "\"field\":\"mobile\"", "validation.mobile");
		assertThat(enterprises.get(op.enterpriseId()).contact().name()).isEqualTo("测试联系人");

		var malformed = api.json("PUT", "/api/v1/enterprise/contact", "{not json");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("request.malformed");

		var ok = api.json("PUT", "/api/v1/enterprise/contact",
				"{\"name\":\"赵六\",\"phone\":\"021-60000001\",\"mobile\":\"13800000001\"}");
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(api.json("GET", "/api/v1/enterprise", null).body()).contains("赵六", op.creditCode());
	}

	@Test
	void englishMessagesForEnglishClients() {
		var op = data.operator();
		var invalid = new WebClient(port).language("en")
			.basic(op.username(), TestData.PASSWORD)
			.json("PUT", "/api/v1/enterprise/contact", "{\"name\":\"a\",\"phone\":\"021-60000001\",\"mobile\":\"1\"}");
		assertThat(invalid.body()).contains("Enter an 11-digit mobile number");
	}

	@Test
	void aBrowserSessionNeedsTheCsrfToken() {
		var op = data.operator();
		WebClient browser = new WebClient(port);
		browser.login(op.username(), TestData.PASSWORD);
		var response = browser.postFormWithoutCsrf("/contact",
				Map.of("name", "x", "phone", "021-1234567", "mobile", "13500000000", "version", version(op)));
		assertThat(response.statusCode()).isEqualTo(403);
		var api = browser.json("PUT", "/api/v1/enterprise/contact",
				"{\"name\":\"x\",\"phone\":\"021-1234567\",\"mobile\":\"13500000000\"}");
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(api.body()).contains("\"code\":\"csrf\"");
		assertThat(enterprises.get(op.enterpriseId()).contact().name()).isEqualTo("测试联系人");
	}

	private String version(TestData.Operator op) {
		return Integer.toString(enterprises.get(op.enterpriseId()).version());
	}

}
