package dev.crosswalk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.support.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What COPY stores is the text given: quotes, separators, line breaks, an empty string and a null each kept. */
class CopyTest {

    @Test
    void everyValueComesBackAsGiven() throws Exception {
        List<String> values = List.of("plain", "\"", "\"\"", "a \"quoted\" word", "{\"k\":\"v\",\"n\":\"\"}",
                "comma, and\nline\r\nbreaks", "\\N", "", "ends with \"", "\" starts");
        try (Connection c = DriverManager.getConnection(TestDatabase.freshDatabaseUrl(), "postgres", "");
                Statement st = c.createStatement()) {
            st.execute("create temporary table copied (n int, v text)");
            Copy copy = new Copy("copied (n, v)");
            for (int i = 0; i < values.size(); i++) {
                copy.row(i, values.get(i));
            }
            copy.row(values.size(), null);
            copy.flush(c);
            try (ResultSet rs = st.executeQuery("select v from copied order by n")) {
                for (String value : values) {
                    rs.next();
                    assertEquals(value, rs.getString(1));
                }
                rs.next();
                assertNull(rs.getString(1));
            }
        }
    }

    @Test
    void rowsOfManyBlocksArriveWholeAndTheCopyIsReusedAfterAFlush() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.freshDatabaseUrl(), "postgres", "");
                Statement st = c.createStatement()) {
            st.execute("create temporary table copied (n int, v text, amount numeric)");
            Copy copy = new Copy("copied (n, v, amount)");
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < 20_000; i++) {
                    int n = round * 20_000 + i;
                    copy.row(n, "Zoë \"東京\" 🎫 " + n, new BigDecimal("1E+3").add(BigDecimal.valueOf(n)));
                }
                copy.flush(c);
                assertEquals(0, copy.rows());
            }
            try (ResultSet rs = st.executeQuery("select count(*), count(distinct v), "
                    + "bool_and(v = 'Zoë \"東京\" 🎫 ' || n), bool_and(amount = 1000 + n) from copied")) {
                rs.next();
                assertEquals(40_000, rs.getInt(1));
                assertEquals(40_000, rs.getInt(2));
                assertEquals(true, rs.getBoolean(3));
                assertEquals(true, rs.getBoolean(4));
            }
        }
    }

    @Test
    void aRowTheTableRefusesFailsTheFlushWithTheServersReasonAndTheConnectionGoesOn() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.freshDatabaseUrl(), "postgres", "");
                Statement st = c.createStatement()) {
            st.execute("create temporary table copied (n int primary key, v text)");
            Copy copy = new Copy("copied (n, v)");
            for (int i = 0; i < 20_000; i++) {
                copy.row(i, "row " + i);
            }
            copy.row(7, "the same key again");

            SQLException refused = assertThrows(SQLException.class, () -> copy.flush(c));

            assertTrue(refused.getMessage().contains("copied_pkey"), refused.getMessage());
            try (ResultSet rs = st.executeQuery("select count(*) from copied")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }
}
