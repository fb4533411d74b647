package com.dossier.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The embedded default as someone trying it meets it: the real server with the demo data
 * of DESIGN §10. Only the tests of the demo itself use it (one context of their own);
 * every other test makes its own data ({@link HttpTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "dossier.demo-data=true")
@Import({ TestData.class, TestAttachments.class })
public @interface DemoTest {

}
