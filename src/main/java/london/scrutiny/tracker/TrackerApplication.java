package london.scrutiny.tracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The accountability tracker: a GraphQL API over the Police and Crime Committee's asks
 * and the answers to them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TrackerApplication {

	public static void main(String[] args) {
		SpringApplication.run(TrackerApplication.class, args);
	}

}
