package com.dossier.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;

import com.dossier.account.AccountService;
import com.dossier.account.NewAccount;
import com.dossier.enterprise.Contact;
import com.dossier.enterprise.Enterprise.Region;
import com.dossier.enterprise.EnterpriseData;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.portal.NoticeService;
import com.dossier.shared.DemoPassword;
import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Permission;
import com.dossier.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo enterprises and accounts of DESIGN §10, created once (on an empty database)
 * when {@code dossier.demo-data=true}. demo-ent starts without a contact person, so the
 * first sign-in meets the gate. Other features add their demo records after this runner
 * ({@link #ORDER}).
 */
@Component
@Order(DemoData.ORDER)
@ConditionalOnProperty(name = "dossier.demo-data", havingValue = "true")
public class DemoData implements ApplicationRunner {

	public static final int ORDER = 0;

	public static final String PASSWORD = DemoPassword.VALUE;

	public static final String LOCAL_CREDIT_CODE = "91310000MA1FL0001R";

	public static final String FOREIGN_CREDIT_CODE = "91310115MA1H000037";

	/** The operator of the local enterprise, which has no contact person yet. */
	public static final String LOCAL_OPERATOR = "demo-ent";

	/**
	 * The operator of the foreign-invested enterprise, in whose name its demo scans and
	 * applications are made.
	 */
	public static final String FOREIGN_OPERATOR = "demo-ent2";

	/**
	 * A 办事员 of the local enterprise who may edit and print but neither file nor manage
	 * users (DESIGN §11): the difference a role makes.
	 */
	public static final String LOCAL_CLERK_OPERATOR = "demo-ent-op";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final EnterpriseService enterprises;

	private final AccountService accounts;

	private final NoticeService notices;

	DemoData(EnterpriseService enterprises, AccountService accounts, NoticeService notices) {
		this.enterprises = enterprises;
		this.accounts = accounts;
		this.notices = notices;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (enterprises.findByCreditCode(LOCAL_CREDIT_CODE).isPresent()) {
			addOperator();
			return;
		}
		enterprises.create(new EnterpriseData(LOCAL_CREDIT_CODE, "上海示范建设工程有限公司", Region.LOCAL, false,
				"上海市浦东新区世纪大道 100 号", "王建国", new BigDecimal("5000"), LocalDate.of(2008, 3, 18)));
		long foreign = enterprises.create(new EnterpriseData(FOREIGN_CREDIT_CODE, "沪外示范设计有限公司", Region.LOCAL, true,
				"上海市徐汇区漕溪北路 88 号", "John Smith", new BigDecimal("1200.5"), LocalDate.of(2015, 6, 1)));
		enterprises.changeContact(foreign, null, new Contact("陈晓", "021-64001234", "13916012345"));
		account(LOCAL_OPERATOR, "示范建设操作员", Role.ENTERPRISE, LOCAL_CREDIT_CODE);
		account(FOREIGN_OPERATOR, "沪外设计操作员", Role.ENTERPRISE, FOREIGN_CREDIT_CODE);
		account("demo-clerk", "窗口校对员", Role.CLERK, null);
		account("demo-admin", "系统管理员", Role.ADMIN, null);
		account("demo-reviewer", "资质审核员", Role.REVIEWER, null);
		addOperator();
		notices.publish("NOTICE", "关于开展建设工程企业诚信手册信息自助变更的通知",
				"各有关企业：\n请通过网上政务大厅“诚信手册（企业）—信息自助变更”维护企业信息，上传证明文件扫描件，并携带原件到窗口进行校对。");
		notices.publish("NOTICE", "网上政务大厅系统维护公告", "本系统将于周六 22:00 至 24:00 进行例行维护，期间暂停服务。");
		notices.publish("HOT", "原件校对常见问题解答", "扫描件要求：分辨率 72dpi~100dpi，比例 1:1，类型 JPG、JPEG，大小小于 300KB。");
		notices.publish("APPROVAL", "2026年第45批建设工程企业资质审批公示", "公示期为 7 个工作日，如有异议请书面反映。");
		log.info("Demo data created: accounts demo-ent, demo-ent-op, demo-ent2, demo-clerk, demo-admin, demo-reviewer");
	}

	/** Also into a demo database made before there were enterprise roles. */
	private void addOperator() {
		if (!accounts.exists(LOCAL_CLERK_OPERATOR)) {
			accounts.create(new NewAccount(LOCAL_CLERK_OPERATOR, "李办事", Role.ENTERPRISE, LOCAL_CREDIT_CODE, PASSWORD,
					EnterpriseRole.OPERATOR, EnumSet.of(Permission.EDIT, Permission.PRINT)));
		}
	}

	private void account(String username, String name, Role role, String creditCode) {
		accounts.create(new NewAccount(username, name, role, creditCode, PASSWORD));
	}

}
