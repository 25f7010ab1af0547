package dev.crosswalk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CrosswalkSettingsTest {

    @Test
    void aNumberOrTrueFalseSettingWithAnotherValueStopsTheLoadNamingIt() {
        IllegalArgumentException word = assertThrows(IllegalArgumentException.class,
                () -> CrosswalkSettings.load(Map.of("crosswalk.import.chunk-size", "abc")));
        assertEquals("The setting crosswalk.import.chunk-size must be a number (its default is 2000), not 'abc'.",
                word.getMessage());
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> CrosswalkSettings.load(Map.of("crosswalk.locks.auto-classify", "ture")));
        assertEquals("The setting crosswalk.locks.auto-classify must be true or false (its default is true), not"
                + " 'ture'.", typo.getMessage());
        IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class,
                () -> CrosswalkSettings.load(Map.of("crosswalk.import.chunk-size", "1.5")).chunkSize());
        assertEquals("The setting crosswalk.import.chunk-size must be a whole number, not '1.5'.",
                fraction.getMessage());
        assertEquals("0.5", CrosswalkSettings.load(Map.of("crosswalk.web.session-minutes", "0.5"))
                .get("crosswalk.web.session-minutes"), "a fraction where the default is whole is still a number");
        assertFalse(CrosswalkSettings.load(Map.of("crosswalk.locks.auto-classify", "FALSE")).autoClassifyLocks());
    }

    @Test
    void defaultsComeFromApplicationPropertiesAndOverridesWin() {
        CrosswalkSettings settings = CrosswalkSettings.load(Map.of("crosswalk.import.chunk-size", "77"));

        assertEquals(77, settings.chunkSize());
        assertEquals("authoritative", settings.consentRole("kajabi", "?"));
        assertEquals("informational", settings.consentRole("paypal", "?"));
        assertEquals(false, settings.autoHonourOptOuts());
        assertEquals(Path.of(".").toAbsolutePath().normalize(), settings.home());
    }

    @Test
    void anEnvironmentVariableOfAColumnAliasStandsForItsSetting() {
        assertEquals("crosswalk.source.zoho.column.city",
                CrosswalkSettings.aliasKey("CROSSWALK_SOURCE_ZOHO_COLUMN_CITY"));
        assertEquals("crosswalk.source.ticket-tailor.column.postal-code",
                CrosswalkSettings.aliasKey("CROSSWALK_SOURCE_TICKET_TAILOR_COLUMN_POSTAL_CODE"));
        assertEquals("crosswalk.source.manual.column.address-line2",
                CrosswalkSettings.aliasKey("CROSSWALK_SOURCE_MANUAL_COLUMN_ADDRESS_LINE2"));
        assertEquals(null, CrosswalkSettings.aliasKey("CROSSWALK_DB_URL"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrosswalkSettings.aliasKey("CROSSWALK_SOURCE_ZOHO_COLUM_CITY"));
        assertEquals("The environment variable CROSSWALK_SOURCE_ZOHO_COLUM_CITY is not"
                + " CROSSWALK_SOURCE_<SOURCE>_COLUMN_<FIELD> (e.g. CROSSWALK_SOURCE_ZOHO_COLUMN_CITY).", e.getMessage());
    }

    @Test
    void databaseCredentialsNeverReachCamelsLoggedOverrides() {
        CrosswalkSettings settings = CrosswalkSettings.load(Map.of("crosswalk.db.url",
                "jdbc:postgresql://db.example.org/x?password=s3cret", "crosswalk.db.password", "s3cret"));

        Properties camel = settings.crosswalkProperties();

        assertFalse(camel.toString().contains("s3cret"));
        assertEquals("s3cret", settings.dbPassword());
    }

    @Test
    void applicationPropertiesIsTheOneSourceOfDefaults() {
        CrosswalkSettings settings = CrosswalkSettings.load(Map.of("crosswalk.db.pool-size", " ",
                "crosswalk.ticket-tailor.opt-in-yes-values", ""));

        // a blank override leaves the file's value, not a second default in Java
        assertEquals(5, settings.dbPoolSize());
        assertEquals(List.of("Yes", "Y", "True", "1"), settings.ticketTailorOptInYesValues());
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> settings.get("crosswalk.no-such-setting"));
        assertEquals("the setting crosswalk.no-such-setting is missing from application.properties, which holds "
                + "every setting's default", missing.getMessage());
    }
}
