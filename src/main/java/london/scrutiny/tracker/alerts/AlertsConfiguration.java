package london.scrutiny.tracker.alerts;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Alerts run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AlertsConfiguration {

}
