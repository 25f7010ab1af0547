select lock_level, field_group from import_lock_rules where allowed
