package com.dossier.attachment.web;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.dossier.account.AccountService;
import com.dossier.account.NewAccount;
import com.dossier.attachment.TestImages;
import com.dossier.attachment.storage.BlobId;
import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseData;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.handbook.RecordReadiness;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record's attachments as its life allows them, over the API: another enterprise and
 * the clerk (only once filed) may not write, pending and verified records refuse changes,
 * a revision starts with its record's files, and readiness names the kinds still missing.
 */
@HttpTest
class RecordAttachmentsTests {

	static final byte[] GOOD_SCAN = AttachmentApiTests.GOOD_SCAN;

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	RecordLifecycle lifecycle;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	AccountService accounts;

	@Autowired
	MessageSource messages;

	@Test
	void anotherEnterpriseGets404AClerkReadsOnlyFiledRecordsAndNeitherMayWrite() {
		TestData.Operator owner = data.operator();
		HandbookRecord record = fixtures().equipment(owner);
		long id = fixtures().uploaded(owner, record);
		AttachmentClient other = new AttachmentClient(port, data.operator().username());
		AttachmentClient clerk = new AttachmentClient(port, data.account(Role.CLERK));
		AttachmentClient admin = new AttachmentClient(port, data.account(Role.ADMIN));

		assertThat(other.content(id, false).statusCode()).isEqualTo(404);
		assertThat(other.delete(id).statusCode()).isEqualTo(404);
		assertThat(other.upload(record.id(), "invoice", "a.jpg", GOOD_SCAN).statusCode()).isEqualTo(404);
		assertThat(clerk.content(id, false).statusCode()).as("a draft's file").isEqualTo(404);
		fixtures().file(owner, record);
		HttpResponse<byte[]> read = clerk.content(id, false);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).isEqualTo(GOOD_SCAN);
		assertThat(admin.content(id, false).statusCode()).isEqualTo(403);
		assertThat(clerk.delete(id).statusCode()).isEqualTo(403);
		assertThat(clerk.upload(record.id(), "invoice", "a.jpg", GOOD_SCAN).statusCode()).isEqualTo(403);
	}

	@Test
	void pendingAndLockedRecordsRefuseAttachingAndDeleting() {
		TestData.Operator owner = data.operator();
		HandbookRecord pending = fixtures().equipment(owner);
		long id = fixtures().uploaded(owner, pending);
		lifecycle.markPending(owner.enterpriseId(), List.of(pending.id()));
		HandbookRecord verified = fixtures().equipment(owner);
		fixtures().uploaded(owner, verified);
		lifecycle.markPending(owner.enterpriseId(), List.of(verified.id()));
		lifecycle.verify(verified.id());
		AttachmentClient api = new AttachmentClient(port, owner.username());

		assertProblem(api.upload(pending.id(), "invoice", "a.jpg", GOOD_SCAN), 409, "record.pending");
		assertProblem(api.delete(id), 409, "record.pending");
		assertProblem(api.upload(verified.id(), "invoice", "a.jpg", GOOD_SCAN), 409, "record.locked");
	}

	@Test
	void aRevisionStartsWithTheFilesOfItsRecordAndReplacesThemOnceVerified() {
		TestData.Operator owner = data.operator();
		HandbookRecord record = fixtures().equipment(owner);
		long old = fixtures().uploaded(owner, record);
		lifecycle.markPending(owner.enterpriseId(), List.of(record.id()));
		lifecycle.verify(record.id());
		AttachmentClient api = new AttachmentClient(port, owner.username());

		JsonNode draft = AttachmentClient.json(api.postJson("/api/v1/records/" + record.id() + "/revision", "{}"));
		long draftId = draft.get("id").asLong();
		assertThat(draft.get("attachments")).hasSize(1);
		assertThat(draft.get("attachments").get(0).get("sha256").asString()).isEqualTo(BlobId.of(GOOD_SCAN).sha256());
		long inherited = draft.get("attachments").get(0).get("id").asLong();
		assertThat(inherited).isNotEqualTo(old);
		byte[] newer = TestImages.jpeg(700, 1000, 96);
		HttpResponse<String> added = api.upload(draftId, "invoice", "新发票.jpg", newer);
		assertThat(added.statusCode()).isEqualTo(201);
		assertThat(api.delete(inherited).statusCode()).isEqualTo(204);
		assertThat(AttachmentClient.json(api.get("/api/v1/records/" + record.id())).get("attachments")).hasSize(1)
			.allSatisfy(a -> assertThat(a.get("id").asLong()).isEqualTo(old));

		lifecycle.markPending(owner.enterpriseId(), List.of(draftId));
		lifecycle.verify(draftId);

		JsonNode inForce = AttachmentClient.json(api.get("/api/v1/records/" + record.id())).get("attachments");
		assertThat(inForce).hasSize(1);
		assertThat(inForce.get(0).get("fileName").asString()).isEqualTo("新发票.jpg");
		assertThat(inForce.get(0).get("sha256").asString()).isEqualTo(BlobId.of(newer).sha256());
		assertThat(api.content(old, false).statusCode()).isEqualTo(404);
	}

	@Test
	void readinessListsRequiredKindsAndTheTranslationsOfAForeignLanguageProof() {
		TestData.Operator owner = data.operator();
		HandbookRecord record = fixtures().equipment(owner);
		assertThat(missing(record)).containsExactly("发票等证明文件");
		fixtures().uploaded(owner, record);
		assertThat(missing(record)).isEmpty();

		TestData.Operator foreign = foreignOperator();
		HandbookRecord inChinese = handbook.create(foreign.enterpriseId(), "foreign-bank-credit",
				Map.of("shareholderName", "Acme Ltd", "foreignLanguage", "false"));
		HandbookRecord inEnglish = handbook.create(foreign.enterpriseId(), "foreign-bank-credit",
				Map.of("shareholderName", "Acme Ltd", "foreignLanguage", "true"));
		assertThat(missing(inChinese)).containsExactly("证明文件");
		assertThat(missing(inEnglish)).containsExactly("证明文件", "翻译件", "翻译公司营业执照复印件");
		AttachmentClient api = new AttachmentClient(port, foreign.username());
		for (String kind : List.of("proof", "translation")) {
			assertThat(api.upload(inEnglish.id(), kind, kind + ".jpg", GOOD_SCAN).statusCode()).isEqualTo(201);
		}
		assertThat(missing(inEnglish)).containsExactly("翻译公司营业执照复印件");
	}

	private List<String> missing(HandbookRecord record) {
		return lifecycle.missing(handbook.get(record.enterpriseId(), record.id()))
			.stream()
			.map(RecordReadiness.Missing::args)
			.map(args -> messages.getMessage((MessageSourceResolvable) args[0], Locale.SIMPLIFIED_CHINESE))
			.toList();
	}

	private TestData.Operator foreignOperator() {
		String code = TestData.creditCode();
		long id = enterprises.create(new EnterpriseData(code, "外资附件企业" + TestData.unique(), Enterprise.Region.LOCAL,
				true, "上海市测试路 9 号", "Test Person", new BigDecimal("100"), LocalDate.of(2012, 1, 1)));
		String username = "foreign-" + TestData.unique();
		accounts.create(new NewAccount(username, null, Role.ENTERPRISE, code, TestData.PASSWORD));
		return new TestData.Operator(username, id, code);
	}

	private static void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(code + ": " + response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(AttachmentClient.json(response).get("code").asString()).isEqualTo(code);
	}

	private RecordFixtures fixtures() {
		return new RecordFixtures(port, handbook);
	}

}
