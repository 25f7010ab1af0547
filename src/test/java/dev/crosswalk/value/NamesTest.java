package dev.crosswalk.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.value.Names.PersonName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest(name = "{0} is ({1}, {2})")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "Ann Lee                | Ann        | Lee",
        "Lee, Ann               | Ann        | Lee",
        "Ann                    | Ann        | NULL",
        "'  Ann   Lee  '        | Ann        | Lee",
        "'Ann\tLee'             | Ann        | Lee",
        "'Ann\u00a0Lee'         | Ann        | Lee",
        "Lee,Ann                | Ann        | Lee",
        "'Lee ,  Ann  Marie'    | Ann Marie  | Lee",
        "Mary Ann Lee           | Mary Ann   | Lee",
        "Ludwig van Beethoven   | Ludwig     | van Beethoven",
        "Maria de la Cruz       | Maria      | de la Cruz",
        "Van Morrison           | Van        | Morrison",
        "Ann Lee Jr.            | Ann        | Lee Jr.",
        "Ann Lee III            | Ann        | Lee III",
        "'Ann Lee, Jr.'         | Ann        | Lee Jr.",
        "'Lee,'                 | NULL       | Lee",
        "', Ann'                | Ann        | NULL",
        "Eric, Harry            | Harry      | Eric",
    })
    void splitsAFullName(String fullName, String first, String last) {
        assertEquals(new PersonName(first, last), Names.split(fullName));
    }

    /** A Mailchimp audience's one Name field, as people type it into a sign-up form. */
    @ParameterizedTest(name = "typed {0} is ({1}, {2})")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "Abigail Allen             | Abigail             | Allen",
        "Mary Ann Lee              | Mary Ann            | Lee",
        "Maria de la Cruz          | Maria               | de la Cruz",
        "Ludwig van Beethoven      | Ludwig              | van Beethoven",
        "Ann Lee Jr.               | Ann                 | Lee Jr.",
        "Cher                      | Cher                | NULL",
        "'  Abigail   Allen '      | Abigail             | Allen",
        "'Allen, Abigail'          | 'Allen, Abigail'    | NULL",
        "'Abigail Allen, MD'       | 'Abigail Allen, MD' | NULL",
        "'Allen,Abigail'           | 'Allen,Abigail'     | NULL",
        "'Example Books, Inc.'     | NULL                | 'Example Books, Inc.'",
    })
    void splitsANameTypedIntoOneFieldAndKeepsItWholeWhenACommaMakesItAmbiguous(String typed, String first,
            String last) {
        assertEquals(new PersonName(first, last), Names.splitTyped(typed));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aBlankTypedNameIsNoName(String typed) {
        assertNull(Names.splitTyped(typed));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "N/A", "-", ",", " , "})
    void readsBlankAsNoName(String text) {
        assertNull(Names.split(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wikimedia Foundation, Inc.", "Muster GmbH", "Freunde des Waldes e.V.", "Acme Ltd",
        "Example Widgets LLC", "Exemple S.A.", "Boulangerie Exemple SARL", "Riverside Community Church",
        "The Example Foundation", "Friends of the Park Association", "The Trust"})
    void keepsAnOrganisationsNameWholeAsTheLastName(String name) {
        assertTrue(Names.isOrganisation(name), name);
        assertEquals(new Names.PersonName(null, name), Names.split(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Charlotte Church", "Lee, Ann", "Ann Trust", "Saul Inchbald", "Ann Company"})
    void aPersonWhoseNameHasSuchAWordIsStillAPerson(String name) {
        assertFalse(Names.isOrganisation(name), name);
    }

    @Test
    void theRestOfTheFullNameAfterTheFirstNameIsTheLastName() {
        assertEquals("Example", Names.lastNameAfter("Pat Example", "Pat"));
        assertEquals("de la Example", Names.lastNameAfter("Quinn  de la Example", "quinn"));
        assertNull(Names.lastNameAfter("Pat", "Pat"));
        assertNull(Names.lastNameAfter("Patricia Example", "Pat"));
        assertNull(Names.lastNameAfter("Sam Example", "Pat"));
        assertNull(Names.lastNameAfter(null, "Pat"));
    }
}
