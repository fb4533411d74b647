package com.dossier.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The one full-application test setup: the real server on a random port, over real HTTP.
 * Every test class that uses it shares one Spring context (and one database), so keep to
 * it rather than varying the configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestData.class, TestAttachments.class, StatementCounter.class })
public @interface HttpTest {

}
