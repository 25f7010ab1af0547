-- Consent is a function of the evidence (docs/values.md "Consent"): each observation says whether the source dated
-- the change itself (an unsubscribe or opt-in time, an order's time) or only listed the person at its export, and
-- whether it counts as evidence at all (an informational source's observation is recorded only).
alter table consent_events
    add column dated boolean not null default false,
    add column authoritative boolean not null default true,
    -- the source's system (kajabi-subscribed and kajabi-unsubscribed are kajabi): its own list saying "not
    -- subscribed" after its opt-in is an unsubscribe
    add column system text;
-- observations recorded before: an informational one says so in its reason; the sources that date their rows
update consent_events set authoritative = false where reason = 'informational source: recorded only';
update consent_events set dated = true where source like 'mailchimp%' or source like 'ticket-tailor%';
update consent_events set system = regexp_replace(source, '-(subscribed|unsubscribed|member)$', '');
create index consent_events_evidence on consent_events (contact_id, subscribed, observed_at desc) where authoritative;
