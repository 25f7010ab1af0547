-- Failed or voided payments stay as figures without their payer.
update transactions set contact_id = null where id = any(?::bigint[])
