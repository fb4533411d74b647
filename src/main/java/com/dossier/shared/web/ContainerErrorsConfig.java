package com.dossier.shared.web;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Requests that Tomcat refuses before the application sees them ({@code %2f} or
 * {@code %00} in the path, oversized headers) are answered by the container's error
 * report, which Spring Security's headers never reach. Ours adds the same protections: no
 * sniffing, no framing, no script. Applied after Boot's own customizer, whose error
 * report valve it replaces.
 */
@Component
class ContainerErrorsConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				// the host adds a report of this class at start unless one is there:
				// without this, Tomcat's default
				host.setErrorReportValveClass(HeadedErrorReport.class.getName());
			}
			var pipeline = context.getParent().getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new HeadedErrorReport());
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** Public, as Tomcat may create it by its class name. */
	public static final class HeadedErrorReport extends ErrorReportValve {

		public HeadedErrorReport() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			// Tomcat asks for a report after every request whose response is still
			// buffered, pages among them: only the container's own errors get these
			// headers (as the report itself, which writes nothing below 400 or after
			// a body).
			if (!response.isCommitted() && response.getStatus() >= 400 && response.getContentWritten() == 0) {
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("X-Frame-Options", "DENY");
				response.setHeader("Content-Security-Policy", POLICY);
				response.setHeader("Referrer-Policy", "no-referrer");
				response.setHeader("Cache-Control", "no-store");
			}
			super.report(request, response, throwable);
		}

	}

}
