-- Complaints that go to the right person (issue 12, point 4) and deadlines watched again (point 5).

-- The member of staff a complaint is about (an attitude or delivery-time complaint about the order's advisor, or a
-- person staff named): it is never theirs to own or to handle.
alter table complaint add column subject_id uuid references account (id);
alter table complaint add constraint complaint_not_owned_by_its_subject check (subject_id is null or owner_id <> subject_id);

-- The resolve clock restarts when the customer rejects the remedy (the shop gets its full limit again, and the
-- resolve alarms watch it anew): when it last started, and how much waiting had been counted by then.
alter table complaint add column resolve_since timestamptz;
alter table complaint add column resolve_paused_base bigint not null default 0;

-- A step's facts as typed fields (channel, team, why its owner was chosen, the person it names, priorities, the
-- alarm raised, the remedy, the customer's rating), JSON; the note is only ever what a person wrote.
alter table complaint_step add column facts text;

-- Steps of the filing written before the facts existed kept "CHANNEL · TEAM · owner" in the note: moved to the
-- facts so that the trail reads in words. The trail stays append-only; only this migration rewrites those rows.
alter table complaint_step disable trigger complaint_step_append_only;
update complaint_step
   set facts = json_build_object('channel', split_part(note, ' · ', 1), 'team', split_part(note, ' · ', 2),
                                 'person', substr(note, length(split_part(note, ' · ', 1)) + length(split_part(note, ' · ', 2)) + 7))::text,
       note  = null
 where action = 'FILED' and note ~ '^(APP|PHONE|WECHAT|WEB|ON_SITE) · (TECHNICAL_SUPPORT|CUSTOMER_RELATIONS|ORDER_ADVISOR) · ';
update complaint_step
   set facts = json_build_object('alarm', note)::text, note = null
 where action = 'ESCALATED' and note ~ '^COMPLAINT_[A-Z_]+$';
alter table complaint_step enable trigger complaint_step_append_only;

-- A follow-up call not made within its 7 days is raised to the managers, once.
alter table follow_up_call add column overdue_escalated_at timestamptz;
create index follow_up_call_overdue_idx on follow_up_call (due_at) where status = 'OPEN' and overdue_escalated_at is null;
