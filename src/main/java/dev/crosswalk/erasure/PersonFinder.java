package dev.crosswalk.erasure;

import dev.crosswalk.db.Sql;
import dev.crosswalk.model.Identity;
import dev.crosswalk.value.Emails;
import dev.crosswalk.value.InvalidValueException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the person an erasure or an access request names: by contact id, or by an email any of their contacts
 * holds or held. Contacts merged with each other (and not unmerged) are one person; an email that reaches two
 * persons is ambiguous.
 */
public final class PersonFinder {

    /** Who was found, or why nobody is: {@code person} is null exactly when {@code refusal} says why. */
    public record Found(Person person, String refusal) {
    }

    public Found find(Connection c, String target) throws SQLException {
        String t = target.strip();
        if (t.matches("\\d{1,18}")) {
            return byId(c, Long.parseLong(t));
        }
        String email;
        try {
            email = Emails.normalise(t);
        } catch (InvalidValueException e) {
            email = null;
        }
        if (email == null) {
            return new Found(null, "'" + target + "' is neither a contact id nor an email address.");
        }
        List<Long> reached = longs(c, "erasure/email-owners", email);
        if (reached.isEmpty()) {
            return new Found(null, "No contact has or had the email " + t + ".");
        }
        List<List<Long>> persons = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (long id : reached) {
            if (seen.add(id)) {
                List<Long> family = family(c, List.of(id));
                seen.addAll(family);
                persons.add(family);
            }
        }
        if (persons.size() > 1) {
            return new Found(null, "The email " + t + " reaches " + persons.size() + " different people: contacts "
                    + persons.stream().map(p -> p.get(0).toString()).toList()
                    + ". Nothing was erased; name the contact id to erase.");
        }
        return person(c, persons.get(0));
    }

    private Found byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("erasure/contact"))) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Found(null, "There is no contact " + id + ".");
                }
                if (rs.getTimestamp(2) != null) {
                    return new Found(null, "Contact " + id + " was already erased on request ("
                            + rs.getTimestamp(2).toInstant().toString().substring(0, 10) + ").");
                }
            }
        }
        return person(c, family(c, List.of(id)));
    }

    private Found person(Connection c, List<Long> contacts) throws SQLException {
        Set<String> emails = new LinkedHashSet<>();
        Set<Identity> identities = new LinkedHashSet<>();
        Set<String> texts = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("erasure/values"))) {
            ps.setArray(1, c.createArrayOf("bigint", contacts.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case "email" -> emails.add(rs.getString(2));
                        case "identity" -> identities.add(new Identity(rs.getString(2), rs.getString(3)));
                        default -> texts.add(rs.getString(2));
                    }
                }
            }
        }
        return new Found(new Person(contacts, emails, identities, texts), null);
    }

    private static List<Long> family(Connection c, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("erasure/family"))) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            return longs(ps);
        }
    }

    private static List<Long> longs(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load(sql))) {
            ps.setString(1, parameter);
            return longs(ps);
        }
    }

    private static List<Long> longs(PreparedStatement ps) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
