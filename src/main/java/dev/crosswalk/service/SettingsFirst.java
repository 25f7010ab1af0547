package dev.crosswalk.service;

import org.apache.camel.component.properties.PropertiesComponent;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;

/**
 * Settings resolve one way: the routes' placeholders take the values the runtime was handed (its override
 * properties, already resolved from application.properties, the environment and -D by CrosswalkSettings), and the
 * process environment and system properties only fill what those do not set. By default Camel lets an environment
 * variable ({@code CROSSWALK_HOME} for {@code crosswalk.home}) or a system property win over them, so a runtime
 * built with another home (the latency probe of {@code bench}, a test) watched the environment's inboxes.
 */
final class SettingsFirst extends MainListenerSupport {

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        PropertiesComponent properties = (PropertiesComponent) main.getCamelContext().getPropertiesComponent();
        properties.setEnvironmentVariableMode(PropertiesComponent.ENVIRONMENT_VARIABLES_MODE_FALLBACK);
        properties.setSystemPropertiesMode(PropertiesComponent.SYSTEM_PROPERTIES_MODE_FALLBACK);
    }
}
