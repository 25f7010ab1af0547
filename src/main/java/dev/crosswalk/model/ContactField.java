package dev.crosswalk.model;

/** The plain-text contact fields an import can set, each with its column and the lock group that guards it. */
public enum ContactField {
    FIRST_NAME("first_name", FieldGroup.NAME),
    LAST_NAME("last_name", FieldGroup.NAME),
    PHONE("phone", FieldGroup.ADDRESS),
    ADDRESS_LINE1("address_line1", FieldGroup.ADDRESS),
    ADDRESS_LINE2("address_line2", FieldGroup.ADDRESS),
    CITY("city", FieldGroup.ADDRESS),
    REGION("region", FieldGroup.ADDRESS),
    POSTAL_CODE("postal_code", FieldGroup.ADDRESS),
    COUNTRY("country", FieldGroup.ADDRESS);

    private final String column;
    private final FieldGroup group;

    ContactField(String column, FieldGroup group) {
        this.column = column;
        this.group = group;
    }

    public String column() {
        return column;
    }

    public FieldGroup group() {
        return group;
    }

    /** The field stored in {@code column}; null when no contact field is (email_subscribed, a lock column, ...). */
    public static ContactField ofColumn(String column) {
        for (ContactField field : values()) {
            if (field.column.equals(column)) {
                return field;
            }
        }
        return null;
    }
}
