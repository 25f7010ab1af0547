package dev.crosswalk.sample;

import java.util.List;

/** The invented names, places and employers people are made of (Windows-1252-safe, so PayPal files can hold them). */
final class Names {

    /** Formal first name and the spelling other tools use for the same person. */
    static final List<String[]> FIRST = List.of(
            new String[] {"Katherine", "Kate"}, new String[] {"William", "Bill"}, new String[] {"Robert", "Bob"},
            new String[] {"Elizabeth", "Liz"}, new String[] {"Margaret", "Maggie"}, new String[] {"Michael", "Mike"},
            new String[] {"Jennifer", "Jen"}, new String[] {"Alexander", "Alex"}, new String[] {"Susan", "Sue"},
            new String[] {"Thomas", "Tom"}, new String[] {"Patricia", "Pat"}, new String[] {"Daniel", "Dan"},
            new String[] {"Rebecca", "Becky"}, new String[] {"Nicholas", "Nick"}, new String[] {"Deborah", "Deb"},
            new String[] {"Christopher", "Chris"}, new String[] {"Victoria", "Vicky"}, new String[] {"Andrew", "Andy"},
            new String[] {"Josefine", "Josi"}, new String[] {"José", "Jose"}, new String[] {"Zoë", "Zoe"},
            new String[] {"Renée", "Renee"}, new String[] {"Björn", "Bjorn"}, new String[] {"Ana", "Ana"},
            new String[] {"Priya", "Priya"}, new String[] {"Mei", "Mei"}, new String[] {"Olusegun", "Segun"},
            new String[] {"Siobhán", "Siobhan"}, new String[] {"François", "Francois"}, new String[] {"Lena", "Lena"},
            new String[] {"Samuel", "Sam"}, new String[] {"Abigail", "Abby"}, new String[] {"Benjamin", "Ben"},
            new String[] {"Charlotte", "Charlie"}, new String[] {"Frederick", "Fred"}, new String[] {"Harriet", "Hattie"},
            new String[] {"Isabel", "Izzy"}, new String[] {"Jonathan", "Jon"}, new String[] {"Laura", "Laura"},
            new String[] {"Matthew", "Matt"});

    static final List<String> LAST = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
            "Davis", "Rodriguez", "Martinez", "Hernández", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
            "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sánchez", "Clark",
            "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
            "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
            "Roberts", "Müller", "O'Brien", "Østergaard", "Núñez", "Van der Berg", "Di Stefano", "McAllister",
            "Okafor", "Kowalski", "Lindqvist");

    /** City, state, zip prefix, country. */
    static final List<String[]> PLACES = List.of(
            new String[] {"Boulder", "CO", "803", "United States"}, new String[] {"Denver", "CO", "802", "United States"},
            new String[] {"Portland", "OR", "972", "United States"}, new String[] {"Austin", "TX", "787", "United States"},
            new String[] {"Asheville", "NC", "288", "United States"}, new String[] {"Santa Fe", "NM", "875", "United States"},
            new String[] {"Seattle", "WA", "981", "United States"}, new String[] {"Oakland", "CA", "946", "United States"},
            new String[] {"Toronto", "ON", "M5V", "Canada"}, new String[] {"Vancouver", "BC", "V6B", "Canada"},
            new String[] {"London", "", "SW1", "United Kingdom"}, new String[] {"Dublin", "", "D02", "Ireland"},
            new String[] {"Sydney", "NSW", "200", "Australia"}, new String[] {"Berlin", "", "101", "Germany"});

    static final List<String> STREETS = List.of("Pearl St", "Main St", "Mapleton Ave", "Canyon Blvd", "Oak Ln",
            "Spruce St", "Arapahoe Ave", "Hillside Rd", "Cedar Ct", "Walnut St");

    static final List<String> COMPANIES = List.of("northwind", "bluepeak", "riverstone", "lumen", "cedarworks",
            "brightpath", "quietharbor", "sunfield");

    static final List<String> TAGS = List.of("quiz", "Bali 2027 Attendee", "newsletter", "Masterclass", "VIP",
            "Webinar Nov", "Retreat Waitlist", "Podcast");

    static final List<String> PRODUCTS = List.of("Foundations Course", "Deep Practice Membership",
            "Teacher Training 2026", "Mindful Mornings", "Retreat Deposit");

    private Names() {
    }
}
