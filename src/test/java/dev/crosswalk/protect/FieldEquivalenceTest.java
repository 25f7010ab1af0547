package dev.crosswalk.protect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.model.ContactField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each field kind compared by what it means: same value in another form, or a different value. */
class FieldEquivalenceTest {

    private final FieldEquivalence rules = new FieldEquivalence("US");

    @ParameterizedTest(name = "{0}: ''{1}'' vs ''{2}'' (country {3}) -> {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            FIRST_NAME    | José                | JOSÉ                 | NULL           | true
            FIRST_NAME    | José                | Jose\u0301           | NULL           | true
            FIRST_NAME    | Mary Ann            | '  mary   ann '      | NULL           | true
            FIRST_NAME    | Ｍａｒｙ             | Mary                 | NULL           | true
            FIRST_NAME    | José                | Jose                 | NULL           | false
            LAST_NAME     | Müller              | MÜLLER               | NULL           | true
            LAST_NAME     | Smith               | Smith-Jones          | NULL           | false
            ADDRESS_LINE1 | 12 Main Street      | '12  MAIN street '   | NULL           | true
            ADDRESS_LINE1 | 12 Main Street      | 12 Main St           | NULL           | false
            CITY          | Denver              | DENVER               | NULL           | true
            CITY          | Denver              | Boulder              | NULL           | false
            PHONE         | 303-555-5696        | +1 303-555-5696      | United States  | true
            PHONE         | 303-555-5696        | (303) 555 5696       | US             | true
            PHONE         | 303-555-5696        | 1 303.555.5696       | USA            | true
            PHONE         | 303-555-5696        | +13035555696         | NULL           | true
            PHONE         | 303-555-5696        | 720-555-5696         | US             | false
            PHONE         | 020 7946 0018       | +44 20 7946 0018     | United Kingdom | true
            PHONE         | 020 7946 0018       | +44 20 7946 0018     | US             | false
            PHONE         | 030 1234567         | +49 30 1234567       | Germany        | true
            PHONE         | 303-555-5696        | 1 303-555-5696       | United Kingdom | true
            PHONE         | 020 7946 0018       | 20 7946 0018         | United Kingdom | true
            POSTAL_CODE   | SW1A 1AA            | sw1a1aa              | GB             | true
            POSTAL_CODE   | 80202               | ' 80202 '            | NULL           | true
            POSTAL_CODE   | 80202               | 80203                | NULL           | false
            COUNTRY       | United States       | USA                  | NULL           | true
            COUNTRY       | United States       | US                   | NULL           | true
            COUNTRY       | us                  | United States of America | NULL       | true
            COUNTRY       | United Kingdom      | UK                   | NULL           | true
            COUNTRY       | Germany             | DEU                  | NULL           | true
            COUNTRY       | United States       | Canada               | NULL           | false
            COUNTRY       | Atlantis            | ATLANTIS             | NULL           | true
            REGION        | CO                  | Colorado             | United States  | true
            REGION        | co                  | COLORADO             | US             | true
            REGION        | CA                  | California           | USA            | true
            REGION        | ON                  | Ontario              | Canada         | true
            REGION        | CO                  | Colorado             | NULL           | false
            REGION        | CO                  | California           | US             | false
            REGION        | Bavaria             | BAVARIA              | Germany        | true
            """)
    void comparesByMeaning(ContactField field, String current, String incoming, String country, boolean same) {
        assertEquals(same, rules.equivalent(field, current, incoming, country));
    }

    @ParameterizedTest(name = "{0}: ''{1}'' vs ''{2}'' -> {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            CITY  | NULL   | Denver | false
            CITY  | Denver | NULL   | false
            CITY  | NULL   | NULL   | true
            PHONE | NULL   | 303-555-5696 | false
            """)
    void aBlankIsNeverEquivalentToAValue(ContactField field, String current, String incoming, boolean same) {
        assertEquals(same, rules.equivalent(field, current, incoming, null));
    }

    @ParameterizedTest(name = "default {0}: ''{1}'' vs ''{2}'' -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            US | 303-555-5696  | +1 303 555 5696  | true
            GB | 020 7946 0018 | +44 20 7946 0018 | true
            GB | 303-555-5696  | +1 303 555 5696  | false
            """)
    void aNumberWithoutCountryCodeTakesTheConfiguredDefault(String region, String current, String incoming,
            boolean same) {
        assertEquals(same, new FieldEquivalence(region).equivalent(ContactField.PHONE, current, incoming, null));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            United States | US
            U.S.A.        | US
            usa           | US
            Deutschland   | DE
            FRA           | FR
            """)
    void countriesByIsoCode(String written, String code) {
        assertEquals(code, FieldEquivalence.countryCode(written));
    }
}
